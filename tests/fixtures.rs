//! Fixture-driven behaviour tests of the whole pipeline.
//!
//! Every article `tests/fixtures/<id>.txt` has its expected record `tests/fixtures/<id>.json`
//! beside it, in the shape of the gold files of the shared corpus (`corpus/GUIDE.md`):
//!
//! ```json
//! {"id": "<id>", "lang": "en", "reference_date": "2025-03-06", "published": null,
//!  "is_agreement": true,
//!  "agreements": [{"type": "mou",
//!                  "parties": [{"name": "…", "aliases": ["…"], "kind": "government", "country": "RW"}],
//!                  "signatories": [{"name": "…", "role": "…", "party": "…"}],
//!                  "signed_on": "2025-03-04", "location": "Kigali", "duration_months": 36,
//!                  "scope": ["capacity_building"]}],
//!  "notes": "free text: what is ambiguous and why the answer is what it is"}
//! ```
//!
//! The fixtures are articles written for this project about invented or real-world-plausible
//! agreements; none is taken from the shared corpus, which stays the held-out judge.
//!
//! Three checks run over the fixtures, each collecting every problem of every fixture and
//! failing once with a readable report:
//! - [`fixtures_match_their_expected_records`] compares the engine's record field by field
//!   with the expected one, with the matching rules of `shared/eval/score.py` (normalised
//!   names, aliases, the same-entity and same-person rules, scope as a set, agreements paired
//!   by shared parties), plus the party kind and country and the signatory role and party,
//!   which the scorer does not count but the fixtures state;
//! - [`fixture_evidence_lies_in_the_text`] checks that every evidence span lies on
//!   character boundaries inside the text and that a party's span holds its name or an alias;
//! - [`fixture_snapshots_are_current`] writes each record as pretty JSON to
//!   `tests/snapshots/<id>.json`; a difference rewrites the file and fails, and the reviewer
//!   reads `git diff tests/snapshots`. `ACCORD_UPDATE_SNAPSHOTS=1` rewrites without failing.
//!
//! A fourth, [`fixture_files_are_well_formed`], keeps the expected records inside the closed
//! lists of the guide, so a typo in a fixture is reported as such and not as an engine bug.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use accord_core::{analyze, Analysis, Date, Options, PartialDate, Span, SCOPE_LABELS};
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const SNAPSHOTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots");

/// One article and its expected record.
struct Fixture {
    id: String,
    text: String,
    gold: Value,
}

impl Fixture {
    fn options(&self) -> Options {
        let reference_date = self
            .gold
            .get("reference_date")
            .and_then(Value::as_str)
            .map(|s| {
                s.parse::<Date>()
                    .unwrap_or_else(|e| panic!("{}: reference_date: {e}", self.id))
            });
        Options {
            reference_date,
            ..Options::default()
        }
    }

    fn analyze(&self) -> Analysis {
        analyze(&self.text, &self.options())
            .unwrap_or_else(|e| panic!("{}: analyze failed: {e}", self.id))
    }
}

/// Every fixture pair, sorted by id. A `.txt` without its `.json` (or the reverse) is a
/// broken fixture and fails here.
fn load_fixtures() -> Vec<Fixture> {
    let mut stems = BTreeSet::new();
    for entry in fs::read_dir(FIXTURES).expect("tests/fixtures is readable") {
        let path = entry.expect("a directory entry").path();
        if let Some("txt" | "json") = path.extension().and_then(|e| e.to_str()) {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("UTF-8 name");
            stems.insert(stem.to_string());
        }
    }
    assert!(!stems.is_empty(), "no fixtures in {FIXTURES}");
    stems
        .into_iter()
        .map(|id| {
            let dir = Path::new(FIXTURES);
            let text = fs::read_to_string(dir.join(format!("{id}.txt")))
                .unwrap_or_else(|e| panic!("{id}.txt: {e}"));
            let json = fs::read_to_string(dir.join(format!("{id}.json")))
                .unwrap_or_else(|e| panic!("{id}.json: {e}"));
            let gold = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{id}.json: {e}"));
            Fixture { id, text, gold }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// The matching rules of shared/eval/score.py
// ---------------------------------------------------------------------------------------

/// Precomposed Latin letters and the ASCII letter they decompose to under NFKD (generated
/// from Python's `unicodedata` over U+00C0–U+024F and U+1E00–U+1EFF). `œ`, `æ`, `ß` and
/// `ł` have no decomposition, so `norm` turns them into spaces, exactly as score.py does.
const FOLD_FROM: &str = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẛẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
const FOLD_TO: &str = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzsOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwysAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";

fn fold(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    if ('\u{0300}'..='\u{036f}').contains(&c) {
        return None; // a combining mark: dropped
    }
    Some(
        FOLD_FROM
            .chars()
            .zip(FOLD_TO.chars())
            .find(|&(from, _)| from == c)
            .map_or(c, |(_, to)| to),
    )
}

/// score.py's `norm`: accents off, lowercase, `’` as `'`, runs of anything but `[a-z0-9]`
/// as one space, and a leading article (`the`, `l`, `la`, `le`, `les`) dropped.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars().filter_map(fold).flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    for article in ["the ", "l ", "la ", "le ", "les "] {
        if let Some(rest) = out.strip_prefix(article) {
            return rest.to_string();
        }
    }
    out
}

/// Whether `short` is a run of whole words of `long`.
fn contains_words(short: &str, long: &str) -> bool {
    format!(" {long} ").contains(&format!(" {short} "))
}

/// score.py's `same_entity` over normalised names.
fn same_entity(pred: &[String], gold: &[String]) -> bool {
    pred.iter().any(|p| {
        gold.iter().any(|g| {
            let (short, long) = if p.len() <= g.len() { (p, g) } else { (g, p) };
            p == g || (short.split(' ').count() >= 2 && contains_words(short, long))
        })
    })
}

/// score.py's `same_person`.
fn same_person(pred: &str, gold: &str) -> bool {
    let (p, g) = (norm(pred), norm(gold));
    if p.is_empty() || g.is_empty() {
        return false;
    }
    if p == g {
        return true;
    }
    let (pt, gt): (Vec<&str>, Vec<&str>) = (p.split(' ').collect(), g.split(' ').collect());
    if pt.last() == gt.last() && pt[0].chars().next() == gt[0].chars().next() {
        return true;
    }
    let (short, long) = if p.len() <= g.len() {
        (&p, &g)
    } else {
        (&g, &p)
    };
    short.split(' ').count() >= 2 && contains_words(short, long)
}

/// score.py's `match_sets`: greedy one-to-one matching in gold order. Returns the pairs
/// `(pred index, gold index)`, the unmatched predictions and the unmatched gold items.
fn match_sets<P, G>(
    pred: &[P],
    gold: &[G],
    same: impl Fn(&P, &G) -> bool,
) -> (Vec<(usize, usize)>, Vec<usize>, Vec<usize>) {
    let mut used = BTreeSet::new();
    let mut pairs = Vec::new();
    let mut missed = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        match (0..pred.len()).find(|i| !used.contains(i) && same(&pred[*i], g)) {
            Some(pi) => {
                used.insert(pi);
                pairs.push((pi, gi));
            }
            None => missed.push(gi),
        }
    }
    let extra = (0..pred.len()).filter(|i| !used.contains(i)).collect();
    (pairs, extra, missed)
}

// ---------------------------------------------------------------------------------------
// Expected records, read from the JSON of a fixture
// ---------------------------------------------------------------------------------------

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn array_of<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The normalised name and aliases of a gold party (score.py's `names_of`).
fn gold_names(party: &Value) -> Vec<String> {
    std::iter::once(str_of(party, "name").unwrap_or(""))
        .chain(array_of(party, "aliases").iter().filter_map(Value::as_str))
        .map(norm)
        .filter(|n| !n.is_empty())
        .collect()
}

fn pred_names(party: &accord_core::Party) -> Vec<String> {
    std::iter::once(party.name.as_str())
        .chain(party.aliases.iter().map(String::as_str))
        .map(norm)
        .filter(|n| !n.is_empty())
        .collect()
}

/// score.py's `pair_agreements`: each gold agreement takes the free predicted one that
/// shares most parties (any free one, even sharing none; the first on ties).
fn pair_agreements<'a>(
    pred: &'a [accord_core::Agreement],
    gold: &'a [Value],
) -> (
    Vec<(Option<&'a accord_core::Agreement>, &'a Value)>,
    Vec<&'a accord_core::Agreement>,
) {
    let mut free: Vec<usize> = (0..pred.len()).collect();
    let mut pairs = Vec::new();
    for g in gold {
        let gn: Vec<Vec<String>> = array_of(g, "parties").iter().map(gold_names).collect();
        let mut best: Option<(usize, usize)> = None;
        for &i in &free {
            let pn: Vec<Vec<String>> = pred[i].parties.iter().map(pred_names).collect();
            let shared = match_sets(&pn, &gn, |p, g| same_entity(p, g)).0.len();
            if best.is_none_or(|(_, n)| shared > n) {
                best = Some((i, shared));
            }
        }
        match best {
            Some((i, _)) => {
                free.retain(|&f| f != i);
                pairs.push((Some(&pred[i]), g));
            }
            None => pairs.push((None, g)),
        }
    }
    (pairs, free.into_iter().map(|i| &pred[i]).collect())
}

// ---------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------

/// The mismatches of one fixture, in the order found.
struct Report<'a> {
    id: &'a str,
    lines: Vec<String>,
}

impl Report<'_> {
    fn mismatch(&mut self, field: &str, expected: impl std::fmt::Debug, got: impl std::fmt::Debug) {
        self.lines.push(format!(
            "{}: {field}\n      expected {expected:?}\n      got      {got:?}",
            self.id
        ));
    }
}

/// A description shown as it is, without quotes.
struct Raw(String);

impl std::fmt::Debug for Raw {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An optional value shown as the JSON would show it: the string, or `null`.
struct Shown(Option<String>);

impl std::fmt::Debug for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(s) => write!(f, "{s:?}"),
            None => f.write_str("null"),
        }
    }
}

fn date_string(d: Option<PartialDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// A scalar field: both absent is fine, both present and equal is fine, anything else is
/// a mismatch (score.py's `score_value`).
fn compare_value(
    report: &mut Report<'_>,
    field: &str,
    got: Option<String>,
    expected: Option<String>,
    same: impl Fn(&str, &str) -> bool,
) {
    match (&got, &expected) {
        (None, None) => {}
        (Some(g), Some(e)) if same(g, e) => {}
        _ => report.mismatch(field, Shown(expected), Shown(got)),
    }
}

fn compare(fixture: &Fixture, got: &Analysis, report: &mut Report<'_>) {
    let gold = &fixture.gold;
    if let Some(lang) = str_of(gold, "lang") {
        if got.lang.code() != lang {
            report.mismatch("lang", lang, got.lang.code());
        }
    }
    let expected_is = gold
        .get("is_agreement")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if got.is_agreement != expected_is {
        report.mismatch("is_agreement", expected_is, got.is_agreement);
    }
    compare_value(
        report,
        "published",
        date_string(got.published),
        str_of(gold, "published").map(str::to_string),
        |a, b| a == b,
    );

    let (pairs, extra) = pair_agreements(&got.agreements, array_of(gold, "agreements"));
    for ag in extra {
        let names: Vec<&str> = ag.parties.iter().map(|p| p.name.as_str()).collect();
        report.mismatch("agreements (extra)", "nothing", names);
    }
    for (n, (pred, g)) in pairs.into_iter().enumerate() {
        let at = |field: &str| format!("agreements[{n}].{field}");
        let Some(pred) = pred else {
            let names: Vec<&str> = array_of(g, "parties")
                .iter()
                .filter_map(|p| str_of(p, "name"))
                .collect();
            let kind = str_of(g, "type").unwrap_or("?");
            let expected = Raw(format!("a {kind} between {}", names.join(", ")));
            report.mismatch(&format!("agreements[{n}]"), expected, Raw("none".into()));
            continue;
        };
        let got_type = Some(pred.kind.label().to_string());
        compare_parties(report, &at("parties"), pred, g);
        compare_signatories(report, &at("signatories"), pred, g);

        compare_value(
            report,
            &at("type"),
            got_type,
            str_of(g, "type").map(str::to_string),
            |a, b| a == b,
        );
        compare_value(
            report,
            &at("signed_on"),
            date_string(pred.signed_on),
            str_of(g, "signed_on").map(str::to_string),
            |a, b| a == b,
        );
        compare_value(
            report,
            &at("location"),
            pred.location.clone(),
            str_of(g, "location").map(str::to_string),
            |a, b| same_entity(&[norm(a)], &[norm(b)]) || norm(a) == norm(b),
        );
        compare_value(
            report,
            &at("duration_months"),
            pred.duration_months.map(|m| m.to_string()),
            g.get("duration_months")
                .and_then(Value::as_u64)
                .map(|m| m.to_string()),
            |a, b| a == b,
        );
        let got_scope: BTreeSet<&str> = pred.scope.iter().map(|s| s.label.as_str()).collect();
        let want_scope: BTreeSet<&str> = array_of(g, "scope")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        if got_scope != want_scope {
            let extra: Vec<_> = got_scope.difference(&want_scope).collect();
            let missed: Vec<_> = want_scope.difference(&got_scope).collect();
            report.lines.push(format!(
                "{}: {}\n      expected {want_scope:?}\n      got      {got_scope:?}\n      \
                 (extra {extra:?}, missed {missed:?})",
                report.id,
                at("scope"),
            ));
        }
    }
}

fn compare_parties(report: &mut Report<'_>, field: &str, pred: &accord_core::Agreement, g: &Value) {
    let gold = array_of(g, "parties");
    let pn: Vec<Vec<String>> = pred.parties.iter().map(pred_names).collect();
    let gn: Vec<Vec<String>> = gold.iter().map(gold_names).collect();
    let (pairs, extra, missed) = match_sets(&pn, &gn, |p, g| same_entity(p, g));
    for i in extra {
        let p = &pred.parties[i];
        report.mismatch(
            &format!("{field} (extra)"),
            "nothing",
            (&p.name, &p.aliases),
        );
    }
    for i in missed {
        let name = str_of(&gold[i], "name").unwrap_or("");
        let got: Vec<&str> = pred.parties.iter().map(|p| p.name.as_str()).collect();
        report.mismatch(&format!("{field} (missed)"), name, got);
    }
    for (pi, gi) in pairs {
        let (p, gp) = (&pred.parties[pi], &gold[gi]);
        let name = str_of(gp, "name").unwrap_or("");
        if let Some(kind) = str_of(gp, "kind") {
            if p.kind.label() != kind {
                report.mismatch(&format!("{field}[{name}].kind"), kind, p.kind.label());
            }
        }
        let country = str_of(gp, "country");
        if p.country.as_deref() != country {
            report.mismatch(
                &format!("{field}[{name}].country"),
                Shown(country.map(str::to_string)),
                Shown(p.country.clone()),
            );
        }
    }
}

fn compare_signatories(
    report: &mut Report<'_>,
    field: &str,
    pred: &accord_core::Agreement,
    g: &Value,
) {
    let gold = array_of(g, "signatories");
    let pn: Vec<&str> = pred.signatories.iter().map(|s| s.name.as_str()).collect();
    let gn: Vec<&str> = gold
        .iter()
        .map(|s| str_of(s, "name").unwrap_or(""))
        .collect();
    let (pairs, extra, missed) = match_sets(&pn, &gn, |p, g| same_person(p, g));
    for i in extra {
        report.mismatch(&format!("{field} (extra)"), "nothing", pn[i]);
    }
    for i in missed {
        report.mismatch(&format!("{field} (missed)"), gn[i], &pn);
    }
    let gold_parties = array_of(g, "parties");
    for (pi, gi) in pairs {
        let (p, gs) = (&pred.signatories[pi], &gold[gi]);
        let role = str_of(gs, "role");
        // Roles are not scored by score.py and the guide only asks for the role "as the text
        // says it": the expected role is the core words, and a longer role that holds them
        // ("estonian minister of foreign affairs" for "minister of foreign affairs") is fine.
        let role_ok = match (p.role.as_deref(), role) {
            (None, None) => true,
            (Some(got), Some(want)) => contains_words(&norm(want), &norm(got)),
            _ => false,
        };
        if !role_ok {
            let shown = |r: Option<&str>| Shown(r.map(str::to_string));
            report.mismatch(
                &format!("{field}[{}].role", gn[gi]),
                shown(role),
                shown(p.role.as_deref()),
            );
        }
        // The party is right when it names the expected party (by name or alias).
        let want = str_of(gs, "party");
        let names = want
            .and_then(|w| gold_parties.iter().find(|gp| str_of(gp, "name") == Some(w)))
            .map(gold_names)
            .unwrap_or_else(|| want.map(norm).into_iter().collect());
        let ok = match (&p.party, want) {
            (None, None) => true,
            (Some(got), Some(_)) => same_entity(&[norm(got)], &names),
            _ => false,
        };
        if !ok {
            report.mismatch(
                &format!("{field}[{}].party", gn[gi]),
                Shown(want.map(str::to_string)),
                Shown(p.party.clone()),
            );
        }
    }
}

fn fail_with(title: &str, problems: &[String], count: usize) {
    if problems.is_empty() {
        return;
    }
    let mut msg = format!(
        "{title}: {} problem(s) in {count} fixture(s)\n\n",
        problems.len()
    );
    for p in problems {
        let _ = writeln!(msg, "  {p}");
    }
    panic!("{msg}");
}

/// The engine's record of every fixture matches its expected record, but for the known
/// differences listed in `tests/fixtures/known-differences.tsv` (fixture id, field). The
/// list is a ratchet: a difference that is not on it fails (a regression), and an entry
/// that no longer differs fails too until it is removed (the engine got better: keep it).
#[test]
fn fixtures_match_their_expected_records() {
    let fixtures = load_fixtures();
    let known_text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/known-differences.tsv"
    ))
    .unwrap_or_default();
    let known: std::collections::BTreeSet<(String, String)> = known_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(id, field)| (id.trim().to_string(), field.trim().to_string()))
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut problems = Vec::new();
    let mut failing = 0;
    for fixture in &fixtures {
        let got = fixture.analyze();
        let mut report = Report {
            id: &fixture.id,
            lines: Vec::new(),
        };
        compare(fixture, &got, &mut report);
        let mut new_here = false;
        for line in report.lines {
            let field = line
                .lines()
                .next()
                .and_then(|first| first.split_once(": "))
                .map(|(_, f)| f.trim().to_string())
                .unwrap_or_default();
            let key = (fixture.id.clone(), field);
            if known.contains(&key) {
                seen.insert(key);
            } else {
                new_here = true;
                problems.push(line);
            }
        }
        failing += usize::from(new_here);
    }
    for stale in known.difference(&seen) {
        problems.push(format!(
            "{}: {} now matches: remove it from tests/fixtures/known-differences.tsv",
            stale.0, stale.1
        ));
    }
    fail_with(
        &format!(
            "{failing} of {} fixtures differ from their expected records beyond the known differences",
            fixtures.len()
        ),
        &problems,
        failing,
    );
}

// ---------------------------------------------------------------------------------------
// Evidence
// ---------------------------------------------------------------------------------------

/// Every span of a record, each with a label saying where it came from.
fn all_spans(record: &Analysis) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut push = |what: String, spans: &[Span]| {
        out.extend(spans.iter().map(|s| (what.clone(), *s)));
    };
    push("title".into(), &record.title_evidence);
    push("published".into(), &record.published_evidence);
    for (n, ag) in record.agreements.iter().enumerate() {
        push(format!("agreements[{n}].type"), &ag.type_evidence);
        push(format!("agreements[{n}].signed_on"), &ag.signed_on_evidence);
        push(format!("agreements[{n}].location"), &ag.location_evidence);
        push(format!("agreements[{n}].duration"), &ag.duration_evidence);
        if let Some(r) = &ag.renewal {
            push(format!("agreements[{n}].renewal"), &r.evidence);
        }
        for p in &ag.parties {
            push(format!("agreements[{n}].parties[{}]", p.name), &p.evidence);
        }
        for s in &ag.signatories {
            push(
                format!("agreements[{n}].signatories[{}]", s.name),
                &s.evidence,
            );
        }
        for s in &ag.scope {
            push(format!("agreements[{n}].scope[{}]", s.label), &s.evidence);
        }
    }
    for (n, s) in record.summary.iter().enumerate() {
        push(format!("summary[{n}]"), &[Span::new(s.start, s.end)]);
    }
    out
}

/// Problems with the spans of `record` over `input`, one line each.
fn evidence_problems(id: &str, input: &str, record: &Analysis) -> Vec<String> {
    let text = record.text.as_deref().unwrap_or(input);
    let mut problems = Vec::new();
    for (what, span) in all_spans(record) {
        if span.start > span.end || span.end > text.len() {
            problems.push(format!(
                "{id}: {what}: span {span:?} outside the text ({} bytes)",
                text.len()
            ));
        } else if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            problems.push(format!("{id}: {what}: span {span:?} cuts a character"));
        }
    }
    for ag in &record.agreements {
        for p in &ag.parties {
            let names = pred_names(p);
            for span in &p.evidence {
                let Some(frag) = text.get(span.start..span.end).map(norm) else {
                    continue; // reported above
                };
                let holds = !frag.is_empty()
                    && names
                        .iter()
                        .any(|n| n.contains(&frag) || frag.contains(n.as_str()));
                if !holds {
                    problems.push(format!(
                        "{id}: party {:?}: span {span:?} holds {:?}, not its name or an alias",
                        p.name,
                        span.slice(text)
                    ));
                }
            }
        }
    }
    problems
}

/// Every evidence span of every fixture's record lies on character boundaries inside the
/// analyzed text, and a party's spans hold its name or an alias.
#[test]
fn fixture_evidence_lies_in_the_text() {
    let fixtures = load_fixtures();
    let mut problems = Vec::new();
    let mut failing = 0;
    for fixture in &fixtures {
        let found = evidence_problems(&fixture.id, &fixture.text, &fixture.analyze());
        failing += usize::from(!found.is_empty());
        problems.extend(found);
    }
    fail_with("evidence spans do not fit the text", &problems, failing);
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

/// The current record of every fixture is the one in `tests/snapshots/<id>.json`.
#[test]
fn fixture_snapshots_are_current() {
    let update = std::env::var("ACCORD_UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    fs::create_dir_all(SNAPSHOTS).expect("tests/snapshots can be created");
    let fixtures = load_fixtures();
    let mut changed = Vec::new();
    for fixture in &fixtures {
        let record = fixture.analyze();
        let mut json = serde_json::to_string_pretty(&record).expect("records serialize");
        json.push('\n');
        let path = Path::new(SNAPSHOTS).join(format!("{}.json", fixture.id));
        let old = fs::read_to_string(&path).ok();
        if old.as_deref() != Some(json.as_str()) {
            fs::write(&path, &json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            changed.push(match old {
                Some(_) => format!("{} (changed)", fixture.id),
                None => format!("{} (new)", fixture.id),
            });
        }
    }
    let ids: BTreeSet<&str> = fixtures.iter().map(|f| f.id.as_str()).collect();
    let orphans: Vec<String> = fs::read_dir(SNAPSHOTS)
        .expect("tests/snapshots is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.strip_suffix(".json").is_some_and(|id| !ids.contains(id)))
        .collect();
    assert!(
        orphans.is_empty(),
        "snapshots without a fixture, delete them: {orphans:?}"
    );
    if !update && !changed.is_empty() {
        panic!(
            "{} snapshot(s) rewritten: {}\n\nRead `git diff tests/snapshots` and commit the \
             new snapshots if the changes are improvements (or set ACCORD_UPDATE_SNAPSHOTS=1 \
             to rewrite them without failing).",
            changed.len(),
            changed.join(", ")
        );
    }
}

// ---------------------------------------------------------------------------------------
// The fixtures themselves
// ---------------------------------------------------------------------------------------

const TYPES: [&str; 6] = [
    "mou",
    "agreement",
    "partnership",
    "treaty",
    "declaration",
    "other",
];
const KINDS: [&str; 6] = [
    "country",
    "government",
    "intergovernmental",
    "company",
    "academic",
    "other",
];

fn check_fixture(f: &Fixture) -> Vec<String> {
    let mut bad = Vec::new();
    let g = &f.gold;
    let mut err = |msg: String| bad.push(format!("{}: {msg}", f.id));
    if str_of(g, "id") != Some(f.id.as_str()) {
        err(format!("id {:?} is not the file name", str_of(g, "id")));
    }
    if !matches!(str_of(g, "lang"), Some("en" | "fr")) {
        err("lang must be \"en\" or \"fr\"".into());
    }
    for key in ["reference_date", "published"] {
        if let Some(d) = g.get(key).filter(|v| !v.is_null()) {
            if d.as_str()
                .and_then(|s| s.parse::<PartialDate>().ok())
                .is_none()
            {
                err(format!("{key} {d} is not YYYY-MM-DD or YYYY-MM"));
            }
        }
    }
    let is = g.get("is_agreement").and_then(Value::as_bool);
    let ags = array_of(g, "agreements");
    match is {
        None => err("is_agreement must be a boolean".into()),
        Some(false) if !ags.is_empty() => err("is_agreement false with agreements".into()),
        Some(true) if ags.is_empty() => err("is_agreement true without agreements".into()),
        _ => {}
    }
    for (n, ag) in ags.iter().enumerate() {
        if !str_of(ag, "type").is_some_and(|t| TYPES.contains(&t)) {
            err(format!(
                "agreements[{n}].type {:?} is not a type",
                ag.get("type")
            ));
        }
        let parties = array_of(ag, "parties");
        if parties.len() < 2 {
            err(format!("agreements[{n}] has fewer than two parties"));
        }
        let names: Vec<&str> = parties.iter().filter_map(|p| str_of(p, "name")).collect();
        for p in parties {
            let name = str_of(p, "name").unwrap_or("");
            if name.is_empty() {
                err(format!("agreements[{n}]: a party without a name"));
            }
            if !written(name, &f.text)
                && !minister_portfolio(name, &f.text)
                && !plural_head_part(name, &f.text)
            {
                err(format!("party {name:?} is not written so in the text"));
            }
            for alias in array_of(p, "aliases").iter().filter_map(Value::as_str) {
                if !f.text.contains(alias) {
                    err(format!("alias {alias:?} of {name:?} is not in the text"));
                }
            }
            if !str_of(p, "kind").is_some_and(|k| KINDS.contains(&k)) {
                err(format!(
                    "party {name:?}: kind {:?} is not a kind",
                    p.get("kind")
                ));
            }
            match p.get("country") {
                Some(Value::Null) => {}
                Some(Value::String(c))
                    if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => {}
                other => err(format!(
                    "party {name:?}: country {other:?} is not ISO alpha-2 or null"
                )),
            }
        }
        for s in array_of(ag, "signatories") {
            let name = str_of(s, "name").unwrap_or("");
            if !written(name, &f.text) {
                err(format!("signatory {name:?} is not written so in the text"));
            }
            if let Some(role) = str_of(s, "role") {
                if role != role.to_lowercase() {
                    err(format!(
                        "signatory {name:?}: role {role:?} is not lowercase"
                    ));
                }
            }
            if let Some(party) = str_of(s, "party") {
                if !names.contains(&party) {
                    err(format!(
                        "signatory {name:?}: party {party:?} is not a party's name"
                    ));
                }
            }
        }
        if let Some(d) = ag.get("signed_on").filter(|v| !v.is_null()) {
            if d.as_str()
                .and_then(|s| s.parse::<PartialDate>().ok())
                .is_none()
            {
                err(format!("agreements[{n}].signed_on {d} is not a date"));
            }
        }
        if let Some(loc) = str_of(ag, "location") {
            if !f.text.contains(loc) && !capital_named_by_state(loc, &f.text) {
                err(format!("location {loc:?} is not written so in the text"));
            }
        }
        let scope: Vec<&str> = array_of(ag, "scope")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        for label in &scope {
            if !SCOPE_LABELS.contains(label) {
                err(format!("agreements[{n}].scope: {label:?} is not a label"));
            }
        }
        if scope.iter().collect::<BTreeSet<_>>().len() != scope.len() {
            err(format!("agreements[{n}].scope has duplicates"));
        }
    }
    bad
}

/// Whether `loc` is the capital of a state the text names with the word "capital" ("in the
/// Estonian capital", "dans la capitale du Gabon"): a place the text gives without its name.
fn capital_named_by_state(loc: &str, text: &str) -> bool {
    text.contains("capital")
        && accord_core::gazetteer::curated().countries.iter().any(|c| {
            [&c.capital_en, &c.capital_fr]
                .iter()
                .any(|x| x.as_deref() == Some(loc))
                && c.names()
                    .chain(c.demonyms_en.iter().map(String::as_str))
                    .chain(c.demonyms_fr.iter().map(String::as_str))
                    .any(|n| text.contains(n))
        })
}

/// The expected records use the closed lists of the guide and name what the text says.
#[test]
fn fixture_files_are_well_formed() {
    let fixtures = load_fixtures();
    let problems: Vec<String> = fixtures.iter().flat_map(check_fixture).collect();
    let failing = fixtures
        .iter()
        .filter(|f| !check_fixture(f).is_empty())
        .count();
    fail_with("malformed fixtures", &problems, failing);
}

#[test]
fn norm_follows_score_py() {
    assert_eq!(
        norm("The Ministère de l’Économie"),
        "ministere de l economie"
    );
    assert_eq!(norm("L'Agence nationale"), "agence nationale");
    assert_eq!(norm("  CERT-In  "), "cert in");
    assert_eq!(norm("Cœur"), "c ur", "œ has no NFKD decomposition");
    assert_eq!(
        norm("e\u{301}te\u{301}"),
        "ete",
        "combining marks are dropped"
    );
    assert!(same_entity(&[norm("JPCERT/CC")], &[norm("jpcert cc")]));
    assert!(same_entity(
        &[norm("Authority of Zembla")],
        &[norm("Data Protection Authority of Zembla")]
    ));
    assert!(
        !same_entity(&[norm("Zembla")], &[norm("Bank of Zembla")]),
        "one word is not enough"
    );
    assert!(same_person("Dr Amina Osei", "Amina Osei"));
    assert!(
        !same_person("Dr. Amina K. Osei", "Amina Osei"),
        "as score.py: no rule matches"
    );
    assert!(same_person("A. Osei", "Amina Osei"));
    assert!(!same_person("Kofi Osei", "Amina Osei"));
}

/// The expected record of a fixture as the engine would write it (scope labels as items,
/// no evidence), to check the comparison itself.
fn gold_as_record(gold: &Value) -> Analysis {
    let mut v = gold.clone();
    for ag in v["agreements"].as_array_mut().into_iter().flatten() {
        let labels: Vec<Value> = array_of(ag, "scope")
            .iter()
            .map(|l| serde_json::json!({ "label": l }))
            .collect();
        ag["scope"] = Value::Array(labels);
    }
    serde_json::from_value(v).expect("an expected record reads as an Analysis")
}

fn problems_of(fixture: &Fixture, record: &Analysis) -> Vec<String> {
    let mut report = Report {
        id: &fixture.id,
        lines: Vec::new(),
    };
    compare(fixture, record, &mut report);
    report.lines
}

/// The comparison accepts every expected record, and catches a changed one.
#[test]
fn comparison_accepts_the_expected_records() {
    for fixture in load_fixtures() {
        let mut record = gold_as_record(&fixture.gold);
        assert_eq!(problems_of(&fixture, &record), Vec::<String>::new());
        let Some(ag) = record.agreements.first_mut() else {
            continue;
        };
        // Same party under an alias or a longer name, same person without a title: still fine.
        if let Some(alias) = ag.parties[0].aliases.first().cloned() {
            ag.parties[0].name = alias;
            ag.parties[0].aliases.clear();
        }
        // (A one-word name, "Sutrisno", has no surname to match "Dr Sutrisno" by, as in
        // score.py: it keeps its form.)
        for s in &mut ag.signatories {
            if s.name.split_whitespace().count() >= 2 {
                s.name = format!("Dr {}", s.name);
            }
        }
        assert_eq!(
            problems_of(&fixture, &record),
            Vec::<String>::new(),
            "{}",
            fixture.id
        );
        // A lost party, a wrong date and an extra scope label are each reported.
        let ag = &mut record.agreements[0];
        ag.parties.pop();
        ag.signed_on = Some("1999-01".parse().expect("a month"));
        ag.scope.push(accord_core::ScopeItem {
            label: "smart_cities".into(),
            evidence: Vec::new(),
        });
        let found = problems_of(&fixture, &record).join("\n");
        assert!(found.contains("parties (missed)"), "{found}");
        assert!(found.contains("signed_on"), "{found}");
        if !array_of(&fixture.gold["agreements"][0], "scope").contains(&"smart_cities".into()) {
            assert!(found.contains("scope"), "{found}");
        }
    }
}

/// Whether the text writes `name`, a line break or a run of spaces standing for one space
/// (a hard-wrapped text breaks names across lines).
fn written(name: &str, text: &str) -> bool {
    text.contains(name) || {
        let spaced: Vec<&str> = text.split_whitespace().collect();
        spaced.join(" ").contains(name)
    }
}

/// A ministry the text names only through its minister's title ("le ministre de la
/// Transformation numérique" → "ministère de la Transformation numérique", as an analyst
/// writes it): the portfolio must stand in the text after the title.
fn minister_portfolio(name: &str, text: &str) -> bool {
    [("ministère ", "ministre "), ("Ministry ", "Minister ")]
        .iter()
        .any(|(body, title)| {
            name.strip_prefix(body)
                .is_some_and(|portfolio| text.contains(&format!("{title}{portfolio}")))
        })
}

/// A body the text names only as one of a plural head ("les polices du Bénin et du Niger"
/// → "police du Niger", "the central banks of Jordan and Oman" → "central bank of Oman"):
/// the plural head and the name's last word must stand in the text.
fn plural_head_part(name: &str, text: &str) -> bool {
    const HEADS: [(&str, &str); 8] = [
        ("police ", "polices "),
        ("gouvernement ", "gouvernements "),
        ("ministère ", "ministères "),
        ("banque centrale ", "banques centrales "),
        ("government ", "governments "),
        ("ministry ", "ministries "),
        ("central bank ", "central banks "),
        ("police ", "police forces "),
    ];
    let lower_name = name.to_lowercase();
    let lower_text = text.to_lowercase();
    HEADS.iter().any(|(one, many)| {
        lower_name.starts_with(one)
            && lower_text.contains(many)
            && name
                .split_whitespace()
                .last()
                .is_some_and(|w| text.contains(w))
    })
}
