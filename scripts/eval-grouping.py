#!/usr/bin/env python3
"""Measures `accord group` against the signing events of the shared corpus.

Runs `accord analyze --jsonl -` on the articles of ../shared/corpus/dev and check (each with
the gold file's reference_date, as score.py does; batch records carry it on as the article's
date), pipes the records to `accord group -`, and compares the groups with the gold `cluster`
field (the signing event every gold file names):

- pairwise precision and recall over the gold agreement articles: a pair of articles is
  predicted together when one group holds an agreement of each, and is truly together when
  their gold clusters are equal;
- the same recall over only the articles where the engine found an agreement, so that
  grouping mistakes can be told from extraction misses;
- checks: no agreement in two groups; articles the engine calls non-agreements never grouped.

Standard library only. Skips with a message (exit 0) when the corpus is absent.

    scripts/eval-grouping.py [--bin target/debug/accord] [--corpus ../shared/corpus]
                             [--sets dev,check] [--show]
"""

import argparse
import itertools
import json
import os
import subprocess
import sys


def load(corpus, sets):
    docs = []
    for name in sets:
        folder = os.path.join(corpus, name)
        for file in sorted(os.listdir(folder)):
            if not file.endswith(".json"):
                continue
            gold = json.load(open(os.path.join(folder, file), encoding="utf-8"))
            txt = os.path.join(folder, file[:-5] + ".txt")
            if not os.path.exists(txt):
                continue
            text = open(txt, encoding="utf-8").read()
            docs.append((gold, text))
    return docs


def pairs(groups_of_ids):
    out = set()
    for ids in groups_of_ids:
        for a, b in itertools.combinations(sorted(set(ids)), 2):
            out.add((a, b))
    return out


def prf(pred, true):
    tp = len(pred & true)
    precision = tp / len(pred) if pred else 1.0
    recall = tp / len(true) if true else 1.0
    return precision, recall, tp


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", default=os.path.join(root, "target", "debug", "accord"))
    parser.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus"))
    parser.add_argument("--sets", default="dev,check")
    parser.add_argument("--show", action="store_true", help="print the wrong pairs")
    args = parser.parse_args()

    sets = args.sets.split(",")
    if not all(os.path.isdir(os.path.join(args.corpus, s)) for s in sets):
        print(f"eval-grouping: {args.corpus} has no {'/'.join(sets)}; skipped")
        return 0
    if not os.path.exists(args.bin):
        print(f"eval-grouping: no binary at {args.bin}; run `cargo build -p accord-cli` first")
        return 2
    docs = load(args.corpus, sets)
    batch = "".join(
        json.dumps({"id": g["id"], "text": t, "reference_date": g.get("reference_date")}) + "\n"
        for g, t in docs
    )
    analyzed = subprocess.run([args.bin, "analyze", "--jsonl", "-"], input=batch.encode(),
                              capture_output=True, check=False)
    records = [json.loads(line) for line in analyzed.stdout.decode().splitlines() if line]
    gold_of = {g["id"]: g for g, _ in docs}
    # Batch records end with the reference_date of their input line: group takes it as the
    # article's date.
    grouped = subprocess.run([args.bin, "group", "-"], input=analyzed.stdout, capture_output=True,
                             check=False)
    if grouped.returncode != 0:
        print(grouped.stderr.decode(), file=sys.stderr)
        print(f"eval-grouping: `accord group` exited with {grouped.returncode}")
        return 1
    groups = [json.loads(line) for line in grouped.stdout.decode().splitlines() if line]

    # Checks.
    seen = {}
    problems = []
    for n, g in enumerate(groups):
        for s in g["sources"]:
            key = (s["id"], s["agreement"])
            if key in seen:
                problems.append(f"agreement {key} is in groups {seen[key]} and {n}")
            seen[key] = n
    engine_agreement = {r["id"] for r in records if r.get("is_agreement") and r.get("agreements")}
    for g in groups:
        for s in g["sources"]:
            if s["id"] not in engine_agreement:
                problems.append(f"{s['id']} is grouped but the engine reports no agreement")

    gold_agreement = [g for g, _ in docs if g.get("is_agreement")]
    gold_ids = {g["id"] for g in gold_agreement}
    true_pairs = pairs(
        [g["id"] for g in gold_agreement if g.get("cluster") == c]
        for c in {g.get("cluster") for g in gold_agreement}
    )
    pred_pairs = pairs(
        [s["id"] for s in g["sources"] if s["id"] in gold_ids] for g in groups
    )
    precision, recall, tp = prf(pred_pairs, true_pairs)
    found = gold_ids & engine_agreement
    true_found = {p for p in true_pairs if p[0] in found and p[1] in found}
    _, recall_found, _ = prf(pred_pairs & true_found, true_found)
    clusters = {g.get("cluster") for g in gold_agreement}
    multi = sum(1 for c in clusters if sum(1 for g in gold_agreement if g.get("cluster") == c) > 1)

    print(f"articles: {len(docs)} ({len(gold_ids)} gold agreements, "
          f"{len(found)} of them found by the engine); gold signing events: {len(clusters)} "
          f"({multi} reported by several articles); groups: {len(groups)}")
    print(f"pairs: gold {len(true_pairs)}, predicted {len(pred_pairs)}, right {tp}")
    print(f"pairwise precision {precision:.3f}  recall {recall:.3f}  "
          f"recall over articles the engine found {recall_found:.3f}")
    print(f"checks: {'ok' if not problems else str(len(problems)) + ' problem(s)'}")
    for p in problems:
        print("  " + p)
    if args.show:
        for a, b in sorted(pred_pairs - true_pairs):
            print(f"  wrong pair: {a} ({gold_of[a].get('cluster')}) + {b} ({gold_of[b].get('cluster')})")
        for a, b in sorted(true_pairs - pred_pairs):
            mark = "" if a in found and b in found else "  [extraction]"
            print(f"  missed pair: {a} + {b} ({gold_of[a].get('cluster')}){mark}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
