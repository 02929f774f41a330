"""Validate the gold files of a blind set (tests/holdout*/) or any folder of ID.txt + ID.json:
keys, closed lists (type, kind, scope), date shapes, and that every party form, signatory
name and location appears in the article text.
Usage: python3 scripts/check-gold.py tests/holdout5  (does not run accord)."""
import json, re, sys, collections
from pathlib import Path
D = Path(sys.argv[1])
TYPES = {"mou","agreement","partnership","treaty","declaration","other"}
KINDS = {"country","government","intergovernmental","company","academic","other"}
SCOPES = set("threat_intelligence incident_response cybercrime capacity_building research policy_strategy critical_infrastructure solutions_services digital_identity ai smart_cities e_government finance data_governance inclusion digital_economy knowledge_exchange".split())
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
err = 0
stats = collections.Counter()
def bad(f, m):
    global err; err += 1; print("ERR", f, m)
for j in sorted(D.glob("*.json")):
    g = json.loads(j.read_text(encoding="utf-8"))
    t = j.with_suffix(".txt")
    if not t.exists(): bad(j.name, "no txt")
    text = t.read_text(encoding="utf-8")
    if g["id"] != j.stem: bad(j.name, "id")
    if g["lang"] != j.stem[:2]: bad(j.name, "lang")
    if set(g) != {"id","url","lang","reference_date","published","is_agreement","agreements","notes"}: bad(j.name, f"keys {set(g)}")
    if g["url"] is not None: bad(j.name, "url")
    if not g["reference_date"] or not re.match(r"^\d{4}-\d{2}-\d{2}$", g["reference_date"]): bad(j.name, "ref")
    if g["published"] is not None and not DATE.match(g["published"]): bad(j.name, "pub")
    if g["is_agreement"] != bool(g["agreements"]): bad(j.name, "is_agreement")
    if not g["notes"]: bad(j.name, "notes")
    stats["pos" if g["is_agreement"] else "neg", g["lang"]] += 1
    for a in g["agreements"]:
        if set(a) != {"type","parties","signatories","signed_on","location","duration_months","scope"}: bad(j.name, "akeys")
        if a["type"] not in TYPES: bad(j.name, a["type"])
        stats["type:" + a["type"]] += 1
        if a["signed_on"] is not None and not DATE.match(a["signed_on"]): bad(j.name, "signed")
        if a["duration_months"] is not None and not isinstance(a["duration_months"], int): bad(j.name, "dur")
        if a["location"] and a["location"].lower() not in text.lower(): bad(j.name, "location not in text " + a["location"])
        if len(a["parties"]) < 2: bad(j.name, "parties<2")
        names = set()
        for p in a["parties"]:
            if p["kind"] not in KINDS: bad(j.name, p["kind"])
            stats["kind:" + p["kind"]] += 1
            if p["country"] is not None and not re.match(r"^[A-Z]{2}$", p["country"]): bad(j.name, "country")
            for n in [p["name"]] + p["aliases"]:
                if n not in text: bad(j.name, "party form not in text: " + n)
            names.add(p["name"])
        for s in a["signatories"]:
            if s["party"] not in names: bad(j.name, "sig party " + s["party"])
            if s["name"] not in text: bad(j.name, "sig name not in text " + s["name"])
            if s["role"] != s["role"].lower(): bad(j.name, "role case")
        for sc in a["scope"]:
            if sc not in SCOPES: bad(j.name, sc)
            stats["scope:" + sc] += 1
        if len(set(a["scope"])) != len(a["scope"]): bad(j.name, "dup scope")
for k, v in sorted(stats.items(), key=str): print(k, v)
print("errors", err)
sys.exit(1 if err else 0)
