//! From analyzed articles to a tracker: groups the agreements of many analysis records into
//! one entry per signing event, with merged values, the sources behind each value, and the
//! points where the sources disagree.
//!
//! Two agreements are taken as the same signing when they share their parties (matched
//! through names, aliases, acronyms, the other language's form and reference data: states by
//! ISO code, known bodies through `organisations.tsv`), their instrument types are compatible
//! and their dates fall within a short window: signing dates at most [`SIGNING_WINDOW_DAYS`]
//! apart, or article dates at most [`ARTICLE_WINDOW_DAYS`] apart when a signing date is
//! missing. A report with no date at all joins a dated one only when every party of each
//! matches one of the other's (a state and its body count as a match). A renewal (the record's [`crate::facts::Renewal`]) joins another report only
//! when dates tie them, and never one dated no later than the earlier signing it names.
//! Grouping is a union-find over candidate pairs, best pairs first, that never joins
//! two groups holding a conflict (two agreements of the same record, incompatible types or
//! dates, a renewal and a report the dates do not tie to it), so an agreement is in exactly
//! one group. Records that report no agreement are never grouped. The analyst's
//! [`Decision`]s (split, join) are data, applied after the automatic grouping, so that they
//! survive a re-analysis.
//!
//! Each group also carries a crosswalk to other typologies ([`Crosswalk`]): the CAMEO event
//! code, the PLOVER event type and contexts, ICCD areas and GFCE themes of its scope labels
//! (table `core/data/crosswalk.tsv`), and its parties' ISO codes and kinds.
//!
//! Pure: no I/O, no clock; the output order depends only on the input order.
//!
//! ```
//! use accord_core::group::{group, Source};
//! use accord_core::{Agreement, Analysis, Party, PartyKind};
//!
//! let party = |name: &str| Party { name: name.into(), kind: PartyKind::Company, ..Party::default() };
//! let record = |names: &[&str]| Analysis {
//!     is_agreement: true,
//!     agreements: vec![Agreement { parties: names.iter().map(|n| party(n)).collect(), ..Agreement::default() }],
//!     ..Analysis::default()
//! };
//! let sources = vec![
//!     Source::new("a", record(&["Acme Security", "Harbor Digital"])),
//!     Source::new("b", record(&["Harbor Digital", "Acme Security Ltd"])),
//!     Source::new("c", record(&["Blue Fjord", "Harbor Digital"])),
//! ];
//! let grouping = group(&sources, &[]);
//! assert_eq!(grouping.groups.len(), 2);
//! assert_eq!(grouping.groups[0].sources.len(), 2);
//! ```

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::date::{days_in_month, Date, PartialDate};
use crate::facts::{Agreement, AgreementType, Analysis, Party, PartyKind, SCOPE_LABELS};
use crate::gazetteer;
use crate::text::fold;

/// Two signing dates further apart than this many days are two signings.
pub const SIGNING_WINDOW_DAYS: i64 = 7;
/// Without a signing date, article dates further apart than this many days are two signings.
pub const ARTICLE_WINDOW_DAYS: i64 = 31;

/// The CAMEO event code of every group: "Sign formal agreement".
pub const CAMEO_CODE: &str = "057";
/// The CAMEO label of [`CAMEO_CODE`].
pub const CAMEO_LABEL: &str = "Sign formal agreement";
/// The PLOVER event type of every group.
pub const PLOVER_EVENT: &str = "AGREE";

/// One analyzed article given to [`group`]: a library entry, or a line of
/// `accord analyze --jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Source {
    /// The record's id, unique among the sources (a library entry id, a batch line's id).
    pub id: String,
    /// The analysis record (with the analyst's corrections, if any).
    pub analysis: Analysis,
    /// The article's title, when known; else the record's own title is used.
    #[serde(default)]
    pub title: Option<String>,
    /// The outlet that published it, when known.
    #[serde(default)]
    pub outlet: Option<String>,
    /// The file it came from, when known.
    #[serde(default)]
    pub file_name: Option<String>,
    /// The article's date (e.g. the reference date the user gave); else the record's
    /// `published` is used.
    #[serde(default)]
    pub date: Option<PartialDate>,
}

impl Source {
    /// A source with only an id and a record.
    pub fn new(id: impl Into<String>, analysis: Analysis) -> Source {
        Source {
            id: id.into(),
            analysis,
            ..Source::default()
        }
    }

    /// The article's date: the one given, else the one the text states.
    pub fn article_date(&self) -> Option<PartialDate> {
        self.date.or(self.analysis.published)
    }
}

/// One agreement of one source: the record's `id` and the agreement's index in its
/// `agreements`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SourceRef {
    /// The source's id.
    pub id: String,
    /// The index of the agreement in the record's `agreements`.
    #[serde(default)]
    pub agreement: usize,
}

/// What an analyst decision does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecisionKind {
    /// Take the members out of their groups into one group of their own.
    Split,
    /// Merge every group that holds one of the members into one.
    Join,
}

/// An analyst's correction of the automatic grouping, kept as data and applied (in order)
/// after it, so that it survives re-analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// Split or join.
    pub kind: DecisionKind,
    /// The agreements it concerns.
    pub members: Vec<SourceRef>,
}

/// A value and the sources that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supported<T> {
    /// The value.
    pub value: T,
    /// The agreements that give it, in input order.
    pub sources: Vec<SourceRef>,
}

/// A party of a group, with every name the sources use for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupParty {
    /// The name most sources use (the longest among equals).
    pub name: String,
    /// Every other name and alias the sources use.
    pub aliases: Vec<String>,
    /// The kind most sources give.
    pub kind: PartyKind,
    /// The home state most sources give.
    pub country: Option<String>,
    /// The agreements that name it.
    pub sources: Vec<SourceRef>,
}

/// A signatory of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSignatory {
    /// The person's name.
    pub name: String,
    /// The role most sources give.
    pub role: Option<String>,
    /// The merged party they act for.
    pub party: Option<String>,
    /// The agreements that name them.
    pub sources: Vec<SourceRef>,
}

/// One article behind a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSource {
    /// The source's id.
    pub id: String,
    /// The index of the agreement in the record's `agreements`.
    pub agreement: usize,
    /// The article's title.
    pub title: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The file it came from.
    pub file_name: Option<String>,
    /// The article's date.
    pub date: Option<PartialDate>,
}

impl GroupSource {
    /// The reference to the agreement.
    pub fn source_ref(&self) -> SourceRef {
        SourceRef {
            id: self.id.clone(),
            agreement: self.agreement,
        }
    }
}

/// For each merged value, every value the sources give and who gives it (most supported
/// first; the merged value is the first).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Support {
    /// The instrument types.
    #[serde(rename = "type")]
    pub kind: Vec<Supported<AgreementType>>,
    /// The signing dates.
    pub signed_on: Vec<Supported<PartialDate>>,
    /// The places.
    pub location: Vec<Supported<String>>,
    /// The terms, in months.
    pub duration_months: Vec<Supported<u32>>,
    /// The scope labels (all of them are in the group's scope).
    pub scope: Vec<Supported<String>>,
}

/// A point where the sources of a group differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    /// The field: `type`, `signed_on`, `location`, `duration_months`, `parties`,
    /// `party_kind` or `party_country`.
    pub field: String,
    /// The party concerned, for the party fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// The values given, with their sources.
    pub values: Vec<Supported<String>>,
    /// The agreements of the group that give no value (for `parties`: that do not name it).
    pub silent: Vec<SourceRef>,
}

/// The group in other typologies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Crosswalk {
    /// CAMEO event code, always [`CAMEO_CODE`].
    pub cameo_code: String,
    /// CAMEO label, always [`CAMEO_LABEL`].
    pub cameo_label: String,
    /// PLOVER event type, always [`PLOVER_EVENT`].
    pub plover_event: String,
    /// PLOVER contexts: `cyber`, those of the scope labels, and `diplomatic` when a state or
    /// an intergovernmental body is a party.
    pub plover_contexts: Vec<String>,
    /// ICCD typology areas of the scope labels.
    pub iccd_areas: Vec<String>,
    /// GFCE themes of the scope labels.
    pub gfce_themes: Vec<String>,
    /// ISO 3166-1 alpha-2 codes of the parties' states, sorted, once each.
    pub party_countries: Vec<String>,
    /// The parties' kinds, in party order.
    pub party_kinds: Vec<PartyKind>,
}

/// One signing event, merged from the agreements of its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// A name for the group: `<id>#<agreement>` of its first source (stable while that
    /// source stays first).
    pub id: String,
    /// The instrument type most sources give.
    #[serde(rename = "type")]
    pub kind: AgreementType,
    /// The parties.
    pub parties: Vec<GroupParty>,
    /// The signatories.
    pub signatories: Vec<GroupSignatory>,
    /// The signing date most sources give (the most precise among equals).
    pub signed_on: Option<PartialDate>,
    /// The place most sources give.
    pub location: Option<String>,
    /// The term most sources give.
    pub duration_months: Option<u32>,
    /// Every scope label any source gives, in the guide's order.
    pub scope: Vec<String>,
    /// The earliest article date.
    pub first_reported: Option<PartialDate>,
    /// The agreements grouped here, in input order.
    pub sources: Vec<GroupSource>,
    /// Who gives each value.
    pub support: Support,
    /// Where the sources differ.
    pub disagreements: Vec<Disagreement>,
    /// The group in other typologies.
    pub crosswalk: Crosswalk,
}

/// The columns of a group as one table row, the order of [`table_cells`]: the grouped CSV
/// exports of the command line and of the web app.
pub const TABLE_COLUMNS: [&str; 23] = [
    "group",
    "type",
    "parties",
    "party_aliases",
    "party_kinds",
    "party_countries",
    "signatories",
    "signed_on",
    "location",
    "duration_months",
    "scope",
    "first_reported",
    "source_count",
    "sources",
    "source_titles",
    "disagreements",
    "cameo_code",
    "cameo_label",
    "plover_event",
    "plover_contexts",
    "iccd_areas",
    "gfce_themes",
    "crosswalk_countries",
];

/// The cells of a group's table row, in the order of [`TABLE_COLUMNS`], unescaped. Several
/// values in a cell are joined with `"; "` (per party, in order; a party's aliases with
/// `" | "`); a source is `id#agreement`, its title the article's title, else its file name.
pub fn table_cells(g: &Group) -> Vec<String> {
    let join = |items: Vec<String>| items.join("; ");
    let c = &g.crosswalk;
    vec![
        g.id.clone(),
        g.kind.label().to_string(),
        join(g.parties.iter().map(|p| p.name.clone()).collect()),
        join(g.parties.iter().map(|p| p.aliases.join(" | ")).collect()),
        join(
            g.parties
                .iter()
                .map(|p| p.kind.label().to_string())
                .collect(),
        ),
        join(
            g.parties
                .iter()
                .map(|p| p.country.clone().unwrap_or_default())
                .collect(),
        ),
        join(
            g.signatories
                .iter()
                .map(|s| match &s.role {
                    Some(role) => format!("{} ({role})", s.name),
                    None => s.name.clone(),
                })
                .collect(),
        ),
        g.signed_on.map(|d| d.to_string()).unwrap_or_default(),
        g.location.clone().unwrap_or_default(),
        g.duration_months.map(|m| m.to_string()).unwrap_or_default(),
        join(g.scope.clone()),
        g.first_reported.map(|d| d.to_string()).unwrap_or_default(),
        g.sources.len().to_string(),
        join(
            g.sources
                .iter()
                .map(|s| format!("{}#{}", s.id, s.agreement))
                .collect(),
        ),
        join(
            g.sources
                .iter()
                .map(|s| s.title.clone().or(s.file_name.clone()).unwrap_or_default())
                .collect(),
        ),
        join(
            g.disagreements
                .iter()
                .map(|d| disagreement_words(g, d))
                .collect(),
        ),
        c.cameo_code.clone(),
        c.cameo_label.clone(),
        c.plover_event.clone(),
        join(c.plover_contexts.clone()),
        join(c.iccd_areas.clone()),
        join(c.gfce_themes.clone()),
        join(c.party_countries.clone()),
    ]
}

/// A disagreement in words: `location: Dakar / Thiès`, `parties: X named by 1 of 3`.
pub fn disagreement_words(g: &Group, d: &Disagreement) -> String {
    let values: Vec<&str> = d.values.iter().map(|v| v.value.as_str()).collect();
    match &d.party {
        Some(p) if d.field == "parties" => format!(
            "parties: {p} named by {} of {}",
            d.values.iter().map(|v| v.sources.len()).sum::<usize>(),
            g.sources.len()
        ),
        Some(p) => format!("{} of {p}: {}", d.field, values.join(" / ")),
        None => format!("{}: {}", d.field, values.join(" / ")),
    }
}

/// The result of [`group`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Grouping {
    /// The groups, in the input order of their first source.
    pub groups: Vec<Group>,
    /// The ids of the sources that report no agreement (never grouped), in input order.
    pub not_agreements: Vec<String>,
    /// The indices of the decisions that named no known agreement and were skipped.
    pub skipped_decisions: Vec<usize>,
}

impl Grouping {
    /// The group holding `member`, if any.
    pub fn group_of(&self, member: &SourceRef) -> Option<&Group> {
        self.groups.iter().find(|g| {
            g.sources
                .iter()
                .any(|s| s.id == member.id && s.agreement == member.agreement)
        })
    }
}

/// Groups the agreements of `sources` into signing events and applies `decisions`.
///
/// Sources whose record is not an agreement are listed in
/// [`Grouping::not_agreements`]; a source id given twice keeps its first record.
pub fn group(sources: &[Source], decisions: &[Decision]) -> Grouping {
    let mut not_agreements = Vec::new();
    // A source whose id an earlier source has: the sources in id order, equal ids in their
    // order (the sort is stable), each after the first of its id marked.
    let mut repeated = vec![false; sources.len()];
    let mut by_id: Vec<usize> = (0..sources.len()).collect();
    crate::sort::by(&mut by_id, |&a, &b| sources[a].id.cmp(&sources[b].id));
    for w in by_id.windows(2) {
        if sources[w[0]].id == sources[w[1]].id {
            repeated[w[1]] = true;
        }
    }
    let mut items = Vec::new();
    for (s, source) in sources.iter().enumerate() {
        if repeated[s] {
            continue;
        }
        if !source.analysis.is_agreement || source.analysis.agreements.is_empty() {
            not_agreements.push(source.id.clone());
            continue;
        }
        for (a, agreement) in source.analysis.agreements.iter().enumerate() {
            items.push(Item::new(s, a, source, agreement));
        }
    }
    let mut sets = cluster(&items);
    let skipped_decisions = apply_decisions(&mut sets, &items, sources, decisions);
    let groups = sets
        .iter()
        .map(|members| build_group(members, &items, sources))
        .collect();
    Grouping {
        groups,
        not_agreements,
        skipped_decisions,
    }
}

// ---------------------------------------------------------------------------------------
// Comparison keys

/// One agreement of one source, with what the comparisons need.
struct Item {
    source: usize,
    agreement: usize,
    kind: AgreementType,
    parties: Vec<PartyKey>,
    /// The signing date as a day range.
    signed: Option<(i64, i64)>,
    /// The article date as a day range.
    article: Option<(i64, i64)>,
    /// The record says it renews or follows an earlier signing between the parties.
    renewal: bool,
    /// The last day of the year the earlier signing is dated to, when the record gives it.
    earlier_end: Option<i64>,
}

impl Item {
    fn new(s: usize, a: usize, source: &Source, agreement: &Agreement) -> Item {
        Item {
            source: s,
            agreement: a,
            kind: agreement.kind,
            parties: agreement.parties.iter().map(PartyKey::new).collect(),
            signed: agreement.signed_on.map(day_range),
            article: source.article_date().map(day_range),
            renewal: agreement.renewal.is_some(),
            earlier_end: agreement
                .renewal
                .as_ref()
                .and_then(|r| r.earlier_year)
                .map(|year| day_range(PartialDate::Month { year, month: 12 }).1),
        }
    }
}

/// The first and last day a partial date may be.
fn day_range(date: PartialDate) -> (i64, i64) {
    match date {
        PartialDate::Day(d) => (d.to_days(), d.to_days()),
        PartialDate::Month { year, month } => {
            let first = Date {
                year,
                month,
                day: 1,
            };
            let days = i64::from(days_in_month(year, month));
            (first.to_days(), first.to_days() + days - 1)
        }
    }
}

/// Days between two ranges (0 when they overlap).
fn gap(a: (i64, i64), b: (i64, i64)) -> i64 {
    (b.0 - a.1).max(a.0 - b.1).max(0)
}

/// Whether two agreements can be the same signing as far as dates go (unknown dates can).
fn dates_compatible(x: &Item, y: &Item) -> bool {
    if let (Some(a), Some(b)) = (x.signed, y.signed) {
        return gap(a, b) <= SIGNING_WINDOW_DAYS;
    }
    let when = |i: &Item| {
        i.signed
            .map(|r| (r, SIGNING_WINDOW_DAYS))
            .or(i.article.map(|r| (r, ARTICLE_WINDOW_DAYS)))
    };
    match (when(x), when(y)) {
        (Some((a, ta)), Some((b, tb))) => gap(a, b) <= ta.max(tb),
        _ => true,
    }
}

/// Whether both agreements have some date (signing, else article) and those are at most
/// [`SIGNING_WINDOW_DAYS`] apart.
fn dates_close(x: &Item, y: &Item) -> bool {
    match (x.signed.or(x.article), y.signed.or(y.article)) {
        (Some(a), Some(b)) => gap(a, b) <= SIGNING_WINDOW_DAYS && dates_compatible(x, y),
        _ => false,
    }
}

/// Whether both agreements have some date and they agree.
fn dates_confirmed(x: &Item, y: &Item) -> bool {
    (x.signed.is_some() || x.article.is_some())
        && (y.signed.is_some() || y.article.is_some())
        && dates_compatible(x, y)
}

/// Whether two instrument types can name the same signing: news call one memorandum an
/// agreement or a partnership, but a treaty or a declaration is not a contract.
fn types_compatible(a: AgreementType, b: AgreementType) -> bool {
    use AgreementType::*;
    match (a, b) {
        _ if a == b => true,
        (Partnership | Other, _) | (_, Partnership | Other) => true,
        (Mou | Agreement, Mou | Agreement) => true,
        (Mou | Declaration, Mou | Declaration) => true,
        _ => false,
    }
}

/// Words left out of a name's form: articles, prepositions, conjunctions, in both
/// languages.
const STOP_WORDS: &[&str] = &[
    "the", "a", "an", "of", "and", "for", "in", "on", "to", "at", "le", "la", "les", "l", "de",
    "du", "des", "d", "et", "pour", "en", "au", "aux", "sur", "y",
];

/// Words that alone do not tell one body from another.
const GENERIC_WORDS: &[&str] = &[
    "ministry",
    "ministere",
    "ministries",
    "agency",
    "agence",
    "authority",
    "autorite",
    "national",
    "nationale",
    "cyber",
    "cybersecurity",
    "cybersecurite",
    "security",
    "securite",
    "digital",
    "numerique",
    "information",
    "technology",
    "technologies",
    "communication",
    "communications",
    "department",
    "office",
    "centre",
    "center",
    "council",
    "conseil",
    "commission",
    "government",
    "gouvernement",
    "republic",
    "republique",
    "state",
    "etat",
    "group",
    "groupe",
    "company",
    "inc",
    "ltd",
    "limited",
    "plc",
    "sa",
    "spa",
    "llc",
    "corp",
    "corporation",
    "international",
    "team",
    "response",
    "emergency",
    "computer",
    "general",
    "directorate",
    "direction",
    "institute",
    "institut",
    "university",
    "universite",
    "bank",
    "banque",
    "services",
    "service",
    "systems",
    "systemes",
    "solutions",
    "ict",
    "affairs",
    "development",
    "economy",
    "federal",
    "kingdom",
    "royaume",
    "democratic",
    "democratique",
    "people",
    "peoples",
    "united",
    "unies",
    "nations",
    "union",
    "organisation",
    "organization",
    "foundation",
    "fondation",
    "police",
    "forces",
    "force",
    "defence",
    "defense",
];

/// Words dropped before a state name ("République du Kenya", "Federal Republic of …").
const STATE_PREFIXES: &[&str] = &[
    "republic",
    "republique",
    "federal",
    "federale",
    "democratic",
    "democratique",
    "kingdom",
    "royaume",
    "state",
    "etat",
    "islamic",
    "islamique",
    "people",
    "peoples",
    "populaire",
    "united",
    "unie",
    "arab",
    "arabe",
    "socialist",
    "government",
    "gouvernement",
];

/// Region words: like generic words, they do not tell one body from another.
const REGION_WORDS: &[&str] = &[
    "africa",
    "african",
    "africaine",
    "afrique",
    "europe",
    "european",
    "europeen",
    "europeenne",
    "asia",
    "asian",
    "asie",
    "america",
    "american",
    "americas",
    "arab",
    "arabe",
    "global",
    "world",
    "mondial",
    "mondiale",
    "middle",
    "east",
    "west",
    "north",
    "south",
    "regional",
    "region",
    "eu",
    "ue",
    "au",
    "ua",
];

/// Words of state names and demonyms, and the state name word each demonym stands for.
struct StateWords {
    /// Every folded word of a state name or demonym (a sorted set).
    all: Vec<String>,
    /// One-word demonyms and the one-word short name of their state ("ghanaian" → "ghana"),
    /// a sorted map.
    demonyms: Vec<(String, String)>,
}

static STATE_WORDS: LazyLock<StateWords> = LazyLock::new(|| {
    let g = gazetteer::for_matching();
    let split = |s: &str| -> Vec<String> {
        fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut all = Vec::new();
    let mut demonyms = Vec::new();
    for c in &g.countries {
        for name in c
            .names()
            .chain(c.demonyms_en.iter().map(String::as_str))
            .chain(c.demonyms_fr.iter().map(String::as_str))
        {
            all.extend(split(name));
        }
        let short = split(c.name_en());
        if let [short] = short.as_slice() {
            for d in c.demonyms_en.iter().chain(&c.demonyms_fr) {
                if let [d] = split(d).as_slice() {
                    if d != short {
                        demonyms.push((d.clone(), short.clone()));
                    }
                }
            }
        }
    }
    StateWords {
        all: crate::sort::set(all),
        demonyms: crate::sort::map(demonyms),
    }
});

/// Articles, generic head words and region words, in one sorted set.
static PLAIN_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::sort::set(
        STOP_WORDS
            .iter()
            .chain(GENERIC_WORDS)
            .chain(REGION_WORDS)
            .copied(),
    )
});

/// Whether a word can tell one body from another: not an article, a generic head word, a
/// region or a state's name.
fn distinctive(w: &str) -> bool {
    w.len() >= 3
        && !crate::sort::contains(&PLAIN_WORDS, w)
        && !crate::sort::contains(&STATE_WORDS.all, w)
}

/// The folded words of a name: lowercase, no accents, split on anything not a letter or
/// digit; a one-word demonym becomes its state's name ("Ghanaian" → "ghana").
fn words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            crate::sort::get(&STATE_WORDS.demonyms, w)
                .cloned()
                .unwrap_or_else(|| w.to_string())
        })
        .collect()
}

/// The content words of a name (no articles or prepositions).
fn content_words(name: &str) -> Vec<String> {
    words(name)
        .into_iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// The form two names share when they are the same name: content words, sorted, once each.
fn form(name: &str) -> String {
    crate::sort::set(content_words(name)).join(" ")
}

/// The letters of a name written as an acronym ("ANSSI", "CERT-In", "U.N."), lowercase.
fn acronym(name: &str) -> Option<String> {
    let name = name.trim();
    if name.split_whitespace().count() > 1 {
        return None;
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if !(2..=12).contains(&letters.len()) || upper < 2 || upper * 2 < letters.len() {
        return None;
    }
    Some(fold(&letters.iter().collect::<String>()))
}

/// The initials a long name's acronym may have: of its content words, and of all its words.
fn initials(name: &str) -> Vec<String> {
    let all = words(name);
    if all.len() < 2 {
        return Vec::new();
    }
    let content: Vec<&String> = all
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect();
    let first = |ws: &mut dyn Iterator<Item = &String>| -> String {
        ws.filter_map(|w| w.chars().next()).collect()
    };
    let mut out = vec![first(&mut content.iter().copied())];
    let with_all = first(&mut all.iter());
    if with_all != out[0] {
        out.push(with_all);
    }
    out.retain(|i| i.len() >= 2);
    out
}

/// Reference data for matching: every folded form of a state name and of a known body
/// (sorted maps).
struct Reference {
    states: Vec<(String, String)>,
    orgs: Vec<(String, usize)>,
}

static REFERENCE: LazyLock<Reference> = LazyLock::new(|| {
    let g = gazetteer::for_matching();
    let mut states = Vec::new();
    for c in &g.countries {
        for name in c.names() {
            states.push((form(name), c.iso2.clone()));
        }
    }
    let mut forms = Vec::new();
    for (i, org) in g.orgs.iter().enumerate() {
        for name in org.surface_forms() {
            let f = form(name);
            if !f.is_empty() {
                forms.push((f, i));
            }
        }
    }
    crate::sort::all(&mut forms);
    // A form shared by several bodies identifies none of them.
    let mut orgs: Vec<(String, usize)> = Vec::new();
    let mut shared = false;
    for (f, i) in forms {
        match orgs.last() {
            Some((last, j)) if *last == f => shared |= *j != i,
            _ => {
                if shared {
                    orgs.pop();
                }
                shared = false;
                orgs.push((f, i));
            }
        }
    }
    if shared {
        orgs.pop();
    }
    Reference {
        states: crate::sort::map(states),
        orgs,
    }
});

/// The state a name names, if it is one ("Kenya", "République du Kenya", "the UAE").
fn state_of(name: &str) -> Option<String> {
    let reference = &*REFERENCE;
    if let Some(code) = crate::sort::get(&reference.states, &form(name)) {
        return Some(code.clone());
    }
    let rest: Vec<String> = content_words(name)
        .into_iter()
        .skip_while(|w| STATE_PREFIXES.contains(&w.as_str()))
        .collect();
    if rest.is_empty() {
        return None;
    }
    let f = crate::sort::set(rest.iter().map(String::as_str)).join(" ");
    crate::sort::get(&reference.states, &f).cloned()
}

/// A 64-bit FNV-1a hash of a tag and a string: the comparisons work on these, so that a
/// pair of parties costs a few integer comparisons (deterministic across runs).
fn hash(tag: u8, s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in std::iter::once(tag).chain(s.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Whether two sorted lists share a value.
fn intersects(a: &[u64], b: &[u64]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Sorts and dedups a list of hashes.
fn sorted(mut v: Vec<u64>) -> Vec<u64> {
    crate::sort::all(&mut v);
    v.dedup();
    v
}

/// A party, ready to compare: hashes of its name forms, sorted.
#[derive(Debug, Clone)]
struct PartyKey {
    /// Forms of the name and aliases.
    forms: Vec<u64>,
    /// The forms among them with a distinctive word.
    strong_forms: Vec<u64>,
    /// Acronyms among the name and aliases (same hash space as `initials`).
    acronyms: Vec<u64>,
    /// Initials of the long names.
    initials: Vec<u64>,
    /// Distinctive words of every long name.
    distinctive: Vec<u64>,
    /// The ISO code when the party is a state.
    state: Option<String>,
    /// Its home state.
    country: Option<String>,
    /// The known body it is, as an index into the organisations table.
    org: Option<usize>,
}

impl PartyKey {
    fn new(p: &Party) -> PartyKey {
        let names: Vec<&str> = std::iter::once(p.name.as_str())
            .chain(p.aliases.iter().map(String::as_str))
            .filter(|n| !n.trim().is_empty())
            .collect();
        let (mut forms, mut strong, mut acronyms, mut inits, mut words) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut state = None;
        let mut org = None;
        for name in &names {
            let f = form(name);
            if f.is_empty() {
                continue;
            }
            if org.is_none() {
                org = crate::sort::get(&REFERENCE.orgs, &f).copied();
            }
            if state.is_none() && (p.kind == PartyKind::Country || org.is_none()) {
                state = state_of(name);
            }
            if let Some(a) = acronym(name) {
                acronyms.push(hash(b'a', &a));
            } else {
                inits.extend(initials(name).iter().map(|i| hash(b'a', i)));
                words.extend(
                    content_words(name)
                        .iter()
                        .filter(|w| distinctive(w))
                        .map(|w| hash(b't', w)),
                );
            }
            if f.split(' ').any(distinctive) {
                strong.push(hash(b'f', &f));
            }
            forms.push(hash(b'f', &f));
        }
        let mut key = PartyKey {
            forms: sorted(forms),
            strong_forms: sorted(strong),
            acronyms: sorted(acronyms),
            initials: sorted(inits),
            distinctive: sorted(words),
            state,
            country: p.country.as_ref().map(|c| c.to_ascii_uppercase()),
            org,
        };
        // A body named after its state ("Government of Kenya") stays a body unless the
        // record says the state itself is the party.
        if p.kind != PartyKind::Country && key.state.is_some() {
            let whole = names.iter().any(|n| {
                let ws = content_words(n);
                ws.iter().all(|w| !GENERIC_WORDS.contains(&w.as_str()))
            });
            if !whole {
                key.country = key.country.take().or(key.state.take());
            }
        }
        if p.kind == PartyKind::Country && key.state.is_none() {
            key.state = key.country.clone();
        }
        if key.state.is_some() {
            key.country = key.state.clone();
        }
        key
    }

    /// Keys under which the party is indexed for candidate pairs, and keys it looks up.
    fn blocking_keys(&self) -> (Vec<u64>, Vec<u64>) {
        let mut index: Vec<u64> = Vec::new();
        index.extend(&self.forms);
        index.extend(&self.acronyms);
        index.extend(&self.initials);
        index.extend(&self.distinctive);
        if let Some(o) = self.org {
            index.push(hash(b'o', &o.to_string()));
        }
        let mut query = index.clone();
        if let Some(s) = &self.state {
            index.push(hash(b's', s));
            query.push(hash(b's', s));
            query.push(hash(b'b', s));
        } else if let Some(c) = &self.country {
            index.push(hash(b'b', c));
            query.push(hash(b's', c));
        }
        (index, query)
    }
}

/// How well two parties match, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum PartyMatch {
    None,
    /// Two different bodies of the same state (a ministry and its CERT): counts only with
    /// agreeing dates and another party in common.
    Kin,
    /// A state and a body of that state.
    Soft,
    /// The same party.
    Hard,
}

fn match_parties(p: &PartyKey, q: &PartyKey) -> PartyMatch {
    let clash = matches!((&p.country, &q.country), (Some(a), Some(b)) if a != b);
    match (&p.state, &q.state) {
        (Some(a), Some(b)) => {
            return if a == b {
                PartyMatch::Hard
            } else {
                PartyMatch::None
            }
        }
        (Some(_), None) | (None, Some(_)) => {
            return if !clash && p.country.is_some() && q.country.is_some() {
                PartyMatch::Soft
            } else {
                PartyMatch::None
            };
        }
        (None, None) => {}
    }
    let kin = !clash && p.country.is_some() && p.country == q.country;
    if let (Some(a), Some(b)) = (p.org, q.org) {
        return if a == b {
            PartyMatch::Hard
        } else if kin {
            PartyMatch::Kin
        } else {
            PartyMatch::None
        };
    }
    // The same distinctive name: the same body even when a record got its country wrong.
    if intersects(&p.strong_forms, &q.forms) {
        return PartyMatch::Hard;
    }
    if clash {
        return PartyMatch::None;
    }
    if intersects(&p.forms, &q.forms)
        || intersects(&p.acronyms, &q.initials)
        || intersects(&q.acronyms, &p.initials)
        // "Kaspersky" and "Kaspersky Lab", "EPE Proxylan SPA" and "Entreprise publique
        // économique Proxylan SPA": a word that tells the body apart.
        || intersects(&p.distinctive, &q.distinctive)
    {
        return PartyMatch::Hard;
    }
    if kin {
        return PartyMatch::Kin;
    }
    PartyMatch::None
}

/// The one-to-one matching of two party lists, best matches first: (hard, soft, kin)
/// counts.
fn match_lists(p: &[PartyKey], q: &[PartyKey]) -> (usize, usize, usize) {
    let mut pairs = Vec::new();
    for (i, a) in p.iter().enumerate() {
        for (j, b) in q.iter().enumerate() {
            let m = match_parties(a, b);
            if m != PartyMatch::None {
                pairs.push((std::cmp::Reverse(m), i, j));
            }
        }
    }
    crate::sort::all(&mut pairs);
    let (mut used_p, mut used_q) = (vec![false; p.len()], vec![false; q.len()]);
    let (mut hard, mut soft, mut kin) = (0, 0, 0);
    for (std::cmp::Reverse(m), i, j) in pairs {
        if used_p[i] || used_q[j] {
            continue;
        }
        used_p[i] = true;
        used_q[j] = true;
        match m {
            PartyMatch::Hard => hard += 1,
            PartyMatch::Soft => soft += 1,
            _ => kin += 1,
        }
    }
    (hard, soft, kin)
}

/// Whether two agreements must never be in one group.
fn conflict(x: &Item, y: &Item) -> bool {
    x.source == y.source
        || !types_compatible(x.kind, y.kind)
        || !dates_compatible(x, y)
        || renewal_apart(x, y)
}

/// Whether a renewal keeps two agreements apart. A renewal means the parties have signed
/// more than once, so matching parties no longer tell which signing a report is about:
/// a renewal joins another report only when both have dates and they agree (two renewals
/// that give no different earlier years may join undated). And when a record dates the
/// earlier signing to a year, a report dated in that year or before is about an earlier
/// signing, unless the renewal itself is dated that early (a renewal within the year).
fn renewal_apart(x: &Item, y: &Item) -> bool {
    if !x.renewal && !y.renewal {
        return false;
    }
    let same_renewal = x.renewal
        && y.renewal
        && !matches!((x.earlier_end, y.earlier_end), (Some(a), Some(b)) if a != b);
    if !same_renewal && !dates_confirmed(x, y) {
        return true;
    }
    let before = |r: &Item, other: &Item| {
        let Some(end) = r.earlier_end else {
            return false;
        };
        let last = |i: &Item| i.signed.or(i.article).map(|d| d.1);
        last(r).is_none_or(|d| d > end) && last(other).is_some_and(|d| d <= end)
    };
    before(x, y) || before(y, x)
}

/// How strongly two agreements look like the same signing (`None`: they do not).
fn score(x: &Item, y: &Item) -> Option<u32> {
    if conflict(x, y) {
        return None;
    }
    let (hard, soft, kin) = match_lists(&x.parties, &y.parties);
    let dated = dates_confirmed(x, y);
    let signed = x.signed.is_some() && y.signed.is_some();
    let smallest = x.parties.len().min(y.parties.len());
    let no_date = |i: &Item| i.signed.is_none() && i.article.is_none();
    let whole = hard + soft == x.parties.len() && hard + soft == y.parties.len();
    let same = hard >= 2
        || (hard >= 1 && soft >= 1)
        || (hard >= 1 && kin >= 1 && dates_close(x, y))
        || (hard + soft >= 2 && (dated || (whole && (no_date(x) || no_date(y)))))
        || (hard == 1 && smallest == 1 && signed);
    // With no date on either side nothing tells a renewal or a wider pact from the same
    // signing, so every party must be matched on both sides.
    let undated = no_date(x) && no_date(y);
    let same = same && (!undated || whole);
    same.then(|| {
        let mut s = 4 * hard as u32 + 2 * soft as u32;
        if dated {
            s += 1;
        }
        if signed {
            s += 2;
        }
        if x.kind == y.kind {
            s += 1;
        }
        s
    })
}

// ---------------------------------------------------------------------------------------
// Clustering

/// The scored candidate pairs `(score, i, j)`, `i < j`: agreements that share a blocking
/// key and look like the same signing.
fn scored_pairs(items: &[Item]) -> Vec<(u32, usize, usize)> {
    // `(key, item)`, sorted: the items under one key are a run, in item order.
    let mut index: Vec<(u64, usize)> = Vec::new();
    let mut queries: Vec<Vec<u64>> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let mut q = Vec::new();
        for p in &item.parties {
            let (ix, qx) = p.blocking_keys();
            index.extend(ix.into_iter().map(|k| (k, i)));
            q.extend(qx);
        }
        crate::sort::all(&mut q);
        q.dedup();
        queries.push(q);
    }
    crate::sort::all(&mut index);
    index.dedup();
    // `seen[j] == i + 1`: item j was already considered for item i.
    let mut seen = vec![0usize; items.len()];
    let mut scored = Vec::new();
    for (i, q) in queries.iter().enumerate() {
        for k in q {
            // Only later items make new pairs.
            let from = index.partition_point(|&(key, j)| (key, j) <= (*k, i));
            let to = index.partition_point(|&(key, _)| key <= *k);
            for &(_, j) in &index[from..to] {
                if seen[j] == i + 1 {
                    continue;
                }
                seen[j] = i + 1;
                if let Some(s) = score(&items[i], &items[j]) {
                    scored.push((s, i, j));
                }
            }
        }
    }
    scored
}

/// Groups items: union-find over the scored candidate pairs, best first, refusing any
/// merge that would put two conflicting agreements together. Returns the sets, each
/// sorted, in order of their first item.
fn cluster(items: &[Item]) -> Vec<Vec<usize>> {
    let mut scored = scored_pairs(items);
    crate::sort::by(&mut scored, |a, b| {
        b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    let mut owner: Vec<usize> = (0..items.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    for (_, i, j) in scored {
        let (a, b) = (owner[i], owner[j]);
        if a == b {
            continue;
        }
        let clash = members[a]
            .iter()
            .any(|&x| members[b].iter().any(|&y| conflict(&items[x], &items[y])));
        if clash {
            continue;
        }
        let (keep, gone) = if members[a].len() >= members[b].len() {
            (a, b)
        } else {
            (b, a)
        };
        let moved = std::mem::take(&mut members[gone]);
        for &m in &moved {
            owner[m] = keep;
        }
        members[keep].extend(moved);
    }
    let mut sets: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for set in &mut sets {
        crate::sort::all(set);
    }
    crate::sort::by_key(&mut sets, |s| s[0]);
    sets
}

/// Applies the decisions in order; returns the indices of those that named no known
/// agreement.
fn apply_decisions(
    sets: &mut Vec<Vec<usize>>,
    items: &[Item],
    sources: &[Source],
    decisions: &[Decision],
) -> Vec<usize> {
    let find = |r: &SourceRef| {
        items
            .iter()
            .position(|it| it.agreement == r.agreement && sources[it.source].id == r.id)
    };
    let mut skipped = Vec::new();
    for (d, decision) in decisions.iter().enumerate() {
        let members: Vec<usize> = crate::sort::set(decision.members.iter().filter_map(find));
        if members.is_empty() {
            skipped.push(d);
            continue;
        }
        match decision.kind {
            DecisionKind::Split => {
                for set in sets.iter_mut() {
                    set.retain(|i| !crate::sort::contains(&members, i));
                }
                sets.push(members);
            }
            DecisionKind::Join => {
                let mut joined = Vec::new();
                sets.retain(|set| {
                    if set.iter().any(|i| crate::sort::contains(&members, i)) {
                        joined.extend(set.iter().copied());
                        false
                    } else {
                        true
                    }
                });
                sets.push(crate::sort::set(joined));
            }
        }
        sets.retain(|s| !s.is_empty());
        crate::sort::by_key(sets, |s| s[0]);
    }
    skipped
}

// ---------------------------------------------------------------------------------------
// Merging

/// Counts values with their sources, keeping first-seen order among equals.
struct Tally<K, V> {
    entries: Vec<(K, V, Vec<SourceRef>)>,
}

impl<K: PartialEq, V> Tally<K, V> {
    fn new() -> Self {
        Tally {
            entries: Vec::new(),
        }
    }

    fn add(&mut self, key: K, value: V, source: &SourceRef) {
        match self.entries.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, sources)) => {
                if !sources.contains(source) {
                    sources.push(source.clone());
                }
            }
            None => self.entries.push((key, value, vec![source.clone()])),
        }
    }

    /// Most supported first (stable).
    fn ranked(mut self) -> Vec<Supported<V>> {
        crate::sort::by_key(&mut self.entries, |e| std::cmp::Reverse(e.2.len()));
        self.entries
            .into_iter()
            .map(|(_, value, sources)| Supported { value, sources })
            .collect()
    }
}

fn build_group(members: &[usize], items: &[Item], sources: &[Source]) -> Group {
    let refs: Vec<SourceRef> = members
        .iter()
        .map(|&i| SourceRef {
            id: sources[items[i].source].id.clone(),
            agreement: items[i].agreement,
        })
        .collect();
    let agreements: Vec<&Agreement> = members
        .iter()
        .map(|&i| &sources[items[i].source].analysis.agreements[items[i].agreement])
        .collect();

    let mut kinds = Tally::new();
    let mut dates = Tally::new();
    let mut places = Tally::new();
    let mut terms = Tally::new();
    let mut scope = Tally::new();
    for (a, r) in agreements.iter().zip(&refs) {
        kinds.add(a.kind, a.kind, r);
        if let Some(d) = a.signed_on {
            dates.add(d, d, r);
        }
        if let Some(l) = &a.location {
            places.add(form(l), l.clone(), r);
        }
        if let Some(m) = a.duration_months {
            terms.add(m, m, r);
        }
        for s in &a.scope {
            scope.add(s.label.clone(), s.label.clone(), r);
        }
    }
    let mut support = Support {
        kind: kinds.ranked(),
        signed_on: dates.ranked(),
        location: places.ranked(),
        duration_months: terms.ranked(),
        scope: scope.ranked(),
    };
    // Among equally supported dates, the most precise; a month that holds the chosen day
    // counts for it.
    let all_dates = support.signed_on.clone();
    let weight = |s: &Supported<PartialDate>| {
        let within = all_dates
            .iter()
            .filter(|o| o.value != s.value && contains(o.value, s.value))
            .map(|o| o.sources.len())
            .sum::<usize>();
        (s.sources.len() + within, s.value.precision() == "day")
    };
    crate::sort::by_key(&mut support.signed_on, |s| std::cmp::Reverse(weight(s)));
    crate::sort::by_key(&mut support.scope, |s| {
        SCOPE_LABELS.iter().position(|l| *l == s.value)
    });

    let parties = merge_parties(&agreements, &refs);
    let signatories = merge_signatories(&agreements, &refs, &parties);
    let mut disagreements = Vec::new();
    let labels = |v: &[Supported<String>]| v.to_vec();
    let silent_of = |given: &[Vec<SourceRef>]| -> Vec<SourceRef> {
        refs.iter()
            .filter(|r| !given.iter().any(|g| g.contains(r)))
            .cloned()
            .collect()
    };
    let mut note = |field: &str, values: Vec<Supported<String>>| {
        let given: Vec<Vec<SourceRef>> = values.iter().map(|v| v.sources.clone()).collect();
        disagreements.push(Disagreement {
            field: field.to_string(),
            party: None,
            values,
            silent: silent_of(&given),
        });
    };
    if support.kind.len() > 1 {
        note(
            "type",
            support
                .kind
                .iter()
                .map(|s| Supported {
                    value: s.value.label().to_string(),
                    sources: s.sources.clone(),
                })
                .collect(),
        );
    }
    let dates_differ = support.signed_on.iter().enumerate().any(|(i, a)| {
        support.signed_on[i + 1..]
            .iter()
            .any(|b| !contains(a.value, b.value) && !contains(b.value, a.value))
    });
    if dates_differ {
        note(
            "signed_on",
            support
                .signed_on
                .iter()
                .map(|s| Supported {
                    value: s.value.to_string(),
                    sources: s.sources.clone(),
                })
                .collect(),
        );
    }
    if support.location.len() > 1 {
        note("location", labels(&support.location));
    }
    if support.duration_months.len() > 1 {
        note(
            "duration_months",
            support
                .duration_months
                .iter()
                .map(|s| Supported {
                    value: s.value.to_string(),
                    sources: s.sources.clone(),
                })
                .collect(),
        );
    }
    let mut party_notes = Vec::new();
    for p in &parties.merged {
        if refs.len() > 1 && p.sources.len() < refs.len() {
            party_notes.push(Disagreement {
                field: "parties".into(),
                party: Some(p.name.clone()),
                values: vec![Supported {
                    value: p.name.clone(),
                    sources: p.sources.clone(),
                }],
                silent: refs
                    .iter()
                    .filter(|r| !p.sources.contains(r))
                    .cloned()
                    .collect(),
            });
        }
    }
    for (p, (kinds, countries)) in parties.merged.iter().zip(&parties.facets) {
        for (field, values) in [("party_kind", kinds), ("party_country", countries)] {
            if values.len() > 1 {
                party_notes.push(Disagreement {
                    field: field.into(),
                    party: Some(p.name.clone()),
                    values: values.clone(),
                    silent: p
                        .sources
                        .iter()
                        .filter(|r| !values.iter().any(|v| v.sources.contains(r)))
                        .cloned()
                        .collect(),
                });
            }
        }
    }
    disagreements.extend(party_notes);

    let scope_labels: Vec<String> = support.scope.iter().map(|s| s.value.clone()).collect();
    let crosswalk = crosswalk(&scope_labels, &parties.merged);
    let group_sources: Vec<GroupSource> = members
        .iter()
        .map(|&i| {
            let s = &sources[items[i].source];
            GroupSource {
                id: s.id.clone(),
                agreement: items[i].agreement,
                title: s.title.clone().or_else(|| s.analysis.title.clone()),
                outlet: s.outlet.clone(),
                file_name: s.file_name.clone(),
                date: s.article_date(),
            }
        })
        .collect();
    let first_reported = group_sources
        .iter()
        .filter_map(|s| s.date)
        .min_by_key(|d| day_range(*d).0);
    Group {
        id: format!("{}#{}", refs[0].id, refs[0].agreement),
        kind: support
            .kind
            .first()
            .map_or(AgreementType::default(), |s| s.value),
        signed_on: support.signed_on.first().map(|s| s.value),
        location: support.location.first().map(|s| s.value.clone()),
        duration_months: support.duration_months.first().map(|s| s.value),
        scope: scope_labels,
        parties: parties.merged,
        signatories,
        first_reported,
        sources: group_sources,
        support,
        disagreements,
        crosswalk,
    }
}

/// Whether date `outer` contains `inner` (a month holds its days; a date holds itself).
fn contains(outer: PartialDate, inner: PartialDate) -> bool {
    let (o, i) = (day_range(outer), day_range(inner));
    o.0 <= i.0 && i.1 <= o.1
}

/// The kinds and the countries the sources give for one party.
type Facets = (Vec<Supported<String>>, Vec<Supported<String>>);

/// The merged parties of a group, and per party the kinds and countries given.
struct MergedParties {
    merged: Vec<GroupParty>,
    facets: Vec<Facets>,
}

fn merge_parties(agreements: &[&Agreement], refs: &[SourceRef]) -> MergedParties {
    // Every party mention, then union-find on hard matches (never two of one agreement).
    let mut mentions: Vec<(usize, &Party, PartyKey)> = Vec::new();
    for (k, a) in agreements.iter().enumerate() {
        for p in &a.parties {
            mentions.push((k, p, PartyKey::new(p)));
        }
    }
    let mut owner: Vec<usize> = (0..mentions.len()).collect();
    let mut sets: Vec<Vec<usize>> = (0..mentions.len()).map(|i| vec![i]).collect();
    for strength in [PartyMatch::Hard, PartyMatch::Soft] {
        for i in 0..mentions.len() {
            for j in i + 1..mentions.len() {
                let (a, b) = (owner[i], owner[j]);
                if a == b || match_parties(&mentions[i].2, &mentions[j].2) != strength {
                    continue;
                }
                // A state and its body merge only when neither is otherwise matched.
                if strength == PartyMatch::Soft && (sets[a].len() > 1 || sets[b].len() > 1) {
                    continue;
                }
                let clash = sets[a]
                    .iter()
                    .any(|&x| sets[b].iter().any(|&y| mentions[x].0 == mentions[y].0));
                if clash {
                    continue;
                }
                let moved = std::mem::take(&mut sets[b]);
                for &m in &moved {
                    owner[m] = a;
                }
                sets[a].extend(moved);
            }
        }
    }
    let mut sets: Vec<Vec<usize>> = sets.into_iter().filter(|s| !s.is_empty()).collect();
    for s in &mut sets {
        crate::sort::all(s);
    }
    crate::sort::by_key(&mut sets, |s| s[0]);
    let mut merged = Vec::new();
    let mut facets = Vec::new();
    for set in sets {
        let mut names = Tally::new();
        let mut kinds = Tally::new();
        let mut countries = Tally::new();
        let mut aliases: Vec<String> = Vec::new();
        let mut party_sources: Vec<SourceRef> = Vec::new();
        for &m in &set {
            let (k, p, _) = &mentions[m];
            let r = &refs[*k];
            names.add(fold(&p.name), p.name.clone(), r);
            kinds.add(p.kind, p.kind.label().to_string(), r);
            if let Some(c) = &p.country {
                countries.add(c.clone(), c.clone(), r);
            }
            for a in std::iter::once(&p.name).chain(&p.aliases) {
                if !aliases.iter().any(|x| fold(x) == fold(a)) {
                    aliases.push(a.clone());
                }
            }
            if !party_sources.contains(r) {
                party_sources.push(r.clone());
            }
        }
        let mut ranked_names = names.ranked();
        // The most used name, the longest among equals.
        crate::sort::by(&mut ranked_names, |a, b| {
            b.sources
                .len()
                .cmp(&a.sources.len())
                .then(b.value.chars().count().cmp(&a.value.chars().count()))
        });
        let name = ranked_names
            .first()
            .map(|s| s.value.clone())
            .unwrap_or_default();
        aliases.retain(|a| fold(a) != fold(&name));
        let kinds = kinds.ranked();
        let countries = countries.ranked();
        merged.push(GroupParty {
            name,
            aliases,
            kind: kinds
                .first()
                .and_then(|k| PartyKind::from_label(&k.value))
                .unwrap_or_default(),
            country: countries.first().map(|c| c.value.clone()),
            sources: party_sources,
        });
        facets.push((kinds, countries));
    }
    MergedParties { merged, facets }
}

fn merge_signatories(
    agreements: &[&Agreement],
    refs: &[SourceRef],
    parties: &MergedParties,
) -> Vec<GroupSignatory> {
    let mut people: Vec<(String, GroupSignatory, Tally<String, String>)> = Vec::new();
    for (a, r) in agreements.iter().zip(refs) {
        for s in &a.signatories {
            let key = form(&s.name);
            let party = s.party.as_ref().and_then(|name| {
                let f = fold(name);
                parties
                    .merged
                    .iter()
                    .find(|p| fold(&p.name) == f || p.aliases.iter().any(|x| fold(x) == f))
                    .map(|p| p.name.clone())
            });
            let entry = match people.iter_mut().position(|(k, _, _)| *k == key) {
                Some(i) => &mut people[i],
                None => {
                    people.push((
                        key,
                        GroupSignatory {
                            name: s.name.clone(),
                            role: None,
                            party: None,
                            sources: Vec::new(),
                        },
                        Tally::new(),
                    ));
                    let last = people.len() - 1;
                    &mut people[last]
                }
            };
            if let Some(role) = &s.role {
                entry.2.add(crate::lower::lowercase(role), role.clone(), r);
            }
            if entry.1.party.is_none() {
                entry.1.party = party;
            }
            if !entry.1.sources.contains(r) {
                entry.1.sources.push(r.clone());
            }
        }
    }
    people
        .into_iter()
        .map(|(_, mut s, roles)| {
            s.role = roles.ranked().into_iter().next().map(|r| r.value);
            s
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Crosswalk

/// One row of `crosswalk.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrosswalkRow {
    /// The scope label.
    pub label: String,
    /// ICCD typology areas.
    pub iccd_areas: Vec<String>,
    /// GFCE themes.
    pub gfce_themes: Vec<String>,
    /// PLOVER contexts besides `cyber`.
    pub plover_contexts: Vec<String>,
}

/// The GFCE themes, as the GFCE spells them.
pub const GFCE_THEMES: [&str; 5] = [
    "Cyber Security Policy & Strategy",
    "Cyber Incident Management & Critical Information Infrastructure Protection",
    "Cybercrime",
    "Cyber Security Culture & Skills",
    "Cyber Security Standards",
];

/// The areas of the ICCD typology used here.
pub const ICCD_AREAS: [&str; 8] = [
    "information_sharing",
    "incident_response",
    "law_enforcement",
    "capacity_building",
    "research",
    "norms_policy",
    "technical_industrial",
    "digital_development",
];

/// Parses the crosswalk table; the error names the line of the first bad row.
pub fn parse_crosswalk(table: &str) -> Result<Vec<CrosswalkRow>, String> {
    let mut rows = Vec::new();
    for (i, line) in table.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |m: String| format!("crosswalk.tsv line {}: {m}", i + 1);
        let cells: Vec<&str> = line.split('\t').collect();
        let [label, iccd, gfce, plover] = cells.as_slice() else {
            return Err(err(format!("expected 4 columns, found {}", cells.len())));
        };
        let list = |cell: &str| -> Vec<String> {
            if cell == "-" {
                Vec::new()
            } else {
                cell.split('|').map(str::to_string).collect()
            }
        };
        if !SCOPE_LABELS.contains(label) {
            return Err(err(format!("unknown scope label \"{label}\"")));
        }
        if rows.iter().any(|r: &CrosswalkRow| r.label == *label) {
            return Err(err(format!("label \"{label}\" repeats")));
        }
        let row = CrosswalkRow {
            label: label.to_string(),
            iccd_areas: list(iccd),
            gfce_themes: list(gfce),
            plover_contexts: list(plover),
        };
        if let Some(a) = row
            .iccd_areas
            .iter()
            .find(|a| !ICCD_AREAS.contains(&a.as_str()))
        {
            return Err(err(format!("unknown ICCD area \"{a}\"")));
        }
        if let Some(t) = row
            .gfce_themes
            .iter()
            .find(|t| !GFCE_THEMES.contains(&t.as_str()))
        {
            return Err(err(format!("unknown GFCE theme \"{t}\"")));
        }
        rows.push(row);
    }
    if let Some(missing) = SCOPE_LABELS
        .iter()
        .find(|l| !rows.iter().any(|r| r.label == **l))
    {
        return Err(format!("crosswalk.tsv: no row for \"{missing}\""));
    }
    Ok(rows)
}

static CROSSWALK: LazyLock<Vec<CrosswalkRow>> = LazyLock::new(|| {
    match parse_crosswalk(include_str!(concat!(env!("OUT_DIR"), "/crosswalk.tsv"))) {
        Ok(rows) => rows,
        // The table is part of the build and checked by the tests: a bad row is a build
        // defect, not a runtime condition.
        Err(e) => panic!("accord-core: bad embedded crosswalk table: {e}"),
    }
});

/// The embedded crosswalk table, one row per scope label.
pub fn crosswalk_table() -> &'static [CrosswalkRow] {
    &CROSSWALK
}

fn crosswalk(scope: &[String], parties: &[GroupParty]) -> Crosswalk {
    let mut contexts = vec!["cyber".to_string()];
    let mut iccd = Vec::new();
    let mut gfce = Vec::new();
    for label in scope {
        if let Some(row) = crosswalk_table().iter().find(|r| r.label == *label) {
            contexts.extend(row.plover_contexts.iter().cloned());
            iccd.extend(row.iccd_areas.iter().cloned());
            gfce.extend(row.gfce_themes.iter().cloned());
        }
    }
    if parties
        .iter()
        .any(|p| matches!(p.kind, PartyKind::Country | PartyKind::Intergovernmental))
    {
        contexts.push("diplomatic".into());
    }
    let order = |list: &[&str], v: &mut Vec<String>| {
        crate::sort::by_key(v, |x| {
            list.iter().position(|l| l == x).unwrap_or(usize::MAX)
        });
        v.dedup();
    };
    order(&ICCD_AREAS, &mut iccd);
    order(&GFCE_THEMES, &mut gfce);
    let first = contexts.remove(0);
    crate::sort::all(&mut contexts);
    contexts.dedup();
    contexts.retain(|c| *c != first);
    contexts.insert(0, first);
    let countries = crate::sort::set(parties.iter().filter_map(|p| p.country.clone()));
    Crosswalk {
        cameo_code: CAMEO_CODE.into(),
        cameo_label: CAMEO_LABEL.into(),
        plover_event: PLOVER_EVENT.into(),
        plover_contexts: contexts,
        iccd_areas: iccd,
        gfce_themes: gfce,
        party_countries: countries,
        party_kinds: parties.iter().map(|p| p.kind).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{ScopeItem, Signatory};

    fn party(name: &str, aliases: &[&str], kind: PartyKind, country: Option<&str>) -> Party {
        Party {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            kind,
            country: country.map(str::to_string),
            evidence: Vec::new(),
        }
    }

    fn company(name: &str) -> Party {
        party(name, &[], PartyKind::Company, None)
    }

    fn date(s: &str) -> Option<PartialDate> {
        Some(s.parse().unwrap())
    }

    fn agreement(parties: Vec<Party>, signed_on: Option<&str>) -> Agreement {
        Agreement {
            kind: AgreementType::Mou,
            parties,
            signed_on: signed_on.and_then(date),
            ..Agreement::default()
        }
    }

    fn source(id: &str, agreements: Vec<Agreement>, article: Option<&str>) -> Source {
        Source {
            id: id.into(),
            analysis: Analysis {
                is_agreement: !agreements.is_empty(),
                agreements,
                ..Analysis::default()
            },
            date: article.and_then(date),
            ..Source::default()
        }
    }

    fn member(id: &str) -> SourceRef {
        SourceRef {
            id: id.into(),
            agreement: 0,
        }
    }

    /// The groups as sorted lists of source ids.
    fn ids(g: &Grouping) -> Vec<Vec<String>> {
        g.groups
            .iter()
            .map(|g| g.sources.iter().map(|s| s.id.clone()).collect())
            .collect()
    }

    fn together(g: &Grouping, a: &str, b: &str) -> bool {
        g.group_of(&member(a)).map(|x| &x.id) == g.group_of(&member(b)).map(|x| &x.id)
    }

    #[test]
    fn acronyms_match_their_long_form_in_either_language() {
        let sources = vec![
            source(
                "a",
                vec![agreement(
                    vec![
                        party(
                            "Agence nationale de la sécurité des systèmes d'information",
                            &[],
                            PartyKind::Government,
                            Some("SY"),
                        ),
                        company("Harbor Digital"),
                    ],
                    None,
                )],
                None,
            ),
            source(
                "b",
                vec![agreement(
                    vec![
                        company("Harbor Digital Ltd"),
                        party("ANSSI", &[], PartyKind::Government, None),
                    ],
                    None,
                )],
                None,
            ),
            // The other language's name of a known body, from the reference data.
            source(
                "c",
                vec![agreement(
                    vec![
                        party("United Nations", &[], PartyKind::Intergovernmental, None),
                        company("Blue Fjord"),
                    ],
                    None,
                )],
                None,
            ),
            source(
                "d",
                vec![agreement(
                    vec![
                        company("Blue Fjord"),
                        party(
                            "Organisation des Nations unies",
                            &[],
                            PartyKind::Intergovernmental,
                            None,
                        ),
                    ],
                    None,
                )],
                None,
            ),
        ];
        let g = group(&sources, &[]);
        assert_eq!(ids(&g), vec![vec!["a", "b"], vec!["c", "d"]]);
        let anssi = &g.groups[0].parties[0];
        assert_eq!(
            anssi.name,
            "Agence nationale de la sécurité des systèmes d'information"
        );
        assert_eq!(anssi.aliases, vec!["ANSSI"]);
        assert_eq!(anssi.sources.len(), 2);
    }

    #[test]
    fn states_match_by_code_and_demonyms_by_state() {
        let sources = vec![
            source(
                "a",
                vec![agreement(
                    vec![
                        party("Kenya", &[], PartyKind::Country, Some("KE")),
                        party("Ruritania", &[], PartyKind::Other, None),
                    ],
                    Some("2024-05-06"),
                )],
                None,
            ),
            source(
                "b",
                vec![agreement(
                    vec![
                        party("République du Kenya", &[], PartyKind::Country, None),
                        party("Ruritania", &[], PartyKind::Other, None),
                    ],
                    Some("2024-05-06"),
                )],
                None,
            ),
            source(
                "c",
                vec![agreement(
                    vec![
                        party(
                            "Cyber Defence Office of Kenya",
                            &[],
                            PartyKind::Government,
                            Some("KE"),
                        ),
                        company("Acme Security"),
                    ],
                    None,
                )],
                None,
            ),
            source(
                "d",
                vec![agreement(
                    vec![
                        party(
                            "Kenyan Cyber Defence Office",
                            &[],
                            PartyKind::Government,
                            Some("KE"),
                        ),
                        company("Acme Security"),
                    ],
                    None,
                )],
                None,
            ),
        ];
        let g = group(&sources, &[]);
        assert_eq!(ids(&g), vec![vec!["a", "b"], vec!["c", "d"]]);
        assert_eq!(g.groups[0].crosswalk.party_countries, vec!["KE"]);
    }

    #[test]
    fn same_generic_name_in_two_states_is_two_bodies() {
        let ministry = |country| {
            party(
                "Ministry of Communications",
                &[],
                PartyKind::Government,
                Some(country),
            )
        };
        let sources = vec![
            source(
                "a",
                vec![agreement(
                    vec![ministry("GH"), company("Acme Security")],
                    None,
                )],
                None,
            ),
            source(
                "b",
                vec![agreement(
                    vec![ministry("RW"), company("Acme Security")],
                    None,
                )],
                None,
            ),
        ];
        assert_eq!(group(&sources, &[]).groups.len(), 2);
    }

    #[test]
    fn dates_must_fall_within_the_window() {
        let pair = || vec![company("Acme Security"), company("Harbor Digital")];
        let run = |a: (Option<&str>, Option<&str>), b: (Option<&str>, Option<&str>)| {
            let sources = vec![
                source("a", vec![agreement(pair(), a.0)], a.1),
                source("b", vec![agreement(pair(), b.0)], b.1),
            ];
            together(&group(&sources, &[]), "a", "b")
        };
        // Signing dates: a week apart at most.
        assert!(run((Some("2024-05-06"), None), (Some("2024-05-13"), None)));
        assert!(!run((Some("2024-05-06"), None), (Some("2024-05-14"), None)));
        assert!(run((Some("2024-05"), None), (Some("2024-05-30"), None)));
        // No signing date: article dates within about a month.
        assert!(run((None, Some("2024-05-06")), (None, Some("2024-06-05"))));
        assert!(!run((None, Some("2024-05-06")), (None, Some("2024-07-06"))));
        assert!(run((Some("2024-05-06"), None), (None, Some("2024-05-20"))));
        // A renewal years later is another signing.
        assert!(!run((Some("2019-05-06"), None), (None, Some("2024-05-07"))));
        // Unknown dates do not keep reports apart.
        assert!(run((None, None), (Some("2024-05-06"), None)));
    }

    #[test]
    fn undated_reports_need_the_same_parties() {
        let two = || vec![company("Acme Security"), company("Harbor Digital")];
        let mut three = two();
        three.push(company("Blue Fjord"));
        let run = |a: Vec<Party>, b: Vec<Party>, dated: bool| {
            let day = dated.then_some("2024-05-06");
            let sources = vec![
                source("a", vec![agreement(a, None)], day),
                source("b", vec![agreement(b, None)], day),
            ];
            together(&group(&sources, &[]), "a", "b")
        };
        assert!(run(two(), two(), false));
        assert!(!run(two(), three.clone(), false));
        assert!(run(two(), three, true));
    }

    #[test]
    fn an_undated_report_of_the_states_joins_a_dated_report_of_their_bodies() {
        let state = |name: &str, code: &str| party(name, &[], PartyKind::Country, Some(code));
        let body = |name: &str, code: &str| party(name, &[], PartyKind::Government, Some(code));
        let bodies = || {
            vec![
                body("National Cyber Office of Ruritania", "KE"),
                body("Computer Emergency Team of Freedonia", "GH"),
            ]
        };
        let run = |states: Vec<Party>, states_day: Option<&str>| {
            let sources = vec![
                source("a", vec![agreement(bodies(), Some("2024-05-06"))], None),
                source("b", vec![agreement(states, None)], states_day),
            ];
            together(&group(&sources, &[]), "a", "b")
        };
        let both = || vec![state("Kenya", "KE"), state("Ghana", "GH")];
        // Nothing dates the states' report: every party matched, it is the same signing.
        assert!(run(both(), None));
        // A state the bodies do not stand for: another pact.
        assert!(!run(vec![state("Kenya", "KE"), state("Togo", "TG")], None));
        let mut three = both();
        three.push(state("Togo", "TG"));
        assert!(!run(three, None));
        // Dated a year apart: another signing.
        assert!(!run(both(), Some("2025-09-01")));
    }

    #[test]
    fn a_renewal_needs_dates_to_join_and_never_joins_the_signing_it_renews() {
        use crate::facts::Renewal;
        let pair = || vec![company("Acme Security"), company("Harbor Police Agency")];
        // (renewal: earlier year, signing date, article date)
        type Report<'a> = (Option<Option<i32>>, Option<&'a str>, Option<&'a str>);
        let run = |x: Report<'_>, y: Report<'_>| {
            let make = |(renewal, signed, article): Report<'_>, id: &str| {
                let mut a = agreement(pair(), signed);
                a.renewal = renewal.map(|earlier_year| Renewal {
                    earlier_year,
                    evidence: Vec::new(),
                });
                source(id, vec![a], article)
            };
            let sources = vec![make(x, "a"), make(y, "b")];
            together(&group(&sources, &[]), "a", "b")
        };
        let renewal = Some(None);
        let plain = None;
        // Undated: a renewal never joins a report that does not say it is one.
        assert!(run((plain, None, None), (plain, None, None)));
        assert!(!run((renewal, None, None), (plain, None, None)));
        assert!(!run((plain, None, None), (Some(Some(2016)), None, None)));
        // Two undated renewals of the same earlier signing may join; of others, not.
        assert!(run((renewal, None, None), (renewal, None, None)));
        assert!(run(
            (Some(Some(2016)), None, None),
            (Some(Some(2016)), None, None)
        ));
        assert!(!run(
            (Some(Some(2016)), None, None),
            (Some(Some(2019)), None, None)
        ));
        // Dates that agree tie a renewal to a report that does not call it one.
        assert!(run(
            (renewal, Some("2024-05-06"), None),
            (plain, None, Some("2024-05-07"))
        ));
        assert!(!run(
            (renewal, Some("2024-05-06"), None),
            (plain, None, None)
        ));
        // An undated renewal whose earlier signing is dated 2016: a report of 2016 or before
        // is that earlier signing; a later one may be this renewal.
        let renews_2016 = (Some(Some(2016)), None, None);
        assert!(!run(renews_2016, (plain, Some("2016-09-01"), None)));
        assert!(!run(renews_2016, (plain, None, Some("2015-02-01"))));
        assert!(!run(renews_2016, (renewal, None, Some("2016-12-30"))));
        assert!(run(renews_2016, (renewal, None, Some("2021-03-01"))));
        // A renewal within the year of the earlier signing keeps its own date.
        assert!(run(
            (Some(Some(2016)), Some("2016-11-02"), None),
            (plain, None, Some("2016-11-03"))
        ));
    }

    #[test]
    fn types_must_be_compatible() {
        let with = |kind| {
            let mut a = agreement(
                vec![company("Acme Security"), company("Harbor Digital")],
                None,
            );
            a.kind = kind;
            a
        };
        let run = |x, y| {
            let sources = vec![
                source("a", vec![with(x)], None),
                source("b", vec![with(y)], None),
            ];
            together(&group(&sources, &[]), "a", "b")
        };
        assert!(run(AgreementType::Mou, AgreementType::Agreement));
        assert!(run(AgreementType::Partnership, AgreementType::Treaty));
        assert!(!run(AgreementType::Treaty, AgreementType::Mou));
        assert!(!run(AgreementType::Declaration, AgreementType::Agreement));
    }

    #[test]
    fn an_agreement_is_in_exactly_one_group_and_non_agreements_in_none() {
        let pair = || vec![company("Acme Security"), company("Harbor Digital")];
        let mut not_agreement = source("n", vec![agreement(pair(), None)], None);
        not_agreement.analysis.is_agreement = false;
        let sources = vec![
            // Two agreements of one record are two signings, even with the same parties.
            source(
                "a",
                vec![agreement(pair(), None), agreement(pair(), None)],
                None,
            ),
            source("b", vec![agreement(pair(), None)], None),
            source("c", vec![agreement(pair(), None)], None),
            not_agreement,
            source("e", vec![], None),
        ];
        let g = group(&sources, &[]);
        let mut seen = std::collections::BTreeSet::new();
        for grp in &g.groups {
            let mut ids_here = std::collections::BTreeSet::new();
            for s in &grp.sources {
                assert!(seen.insert(s.source_ref()), "{s:?} in two groups");
                assert!(
                    ids_here.insert(s.id.clone()),
                    "two agreements of {} together",
                    s.id
                );
            }
        }
        assert_eq!(seen.len(), 4);
        assert!(!seen.iter().any(|r| r.id == "n" || r.id == "e"));
        assert_eq!(g.not_agreements, vec!["n", "e"]);
        assert_eq!(g.groups.len(), 2);
    }

    #[test]
    fn merged_values_supports_and_disagreements() {
        let mut a = agreement(
            vec![company("Acme Security"), company("Harbor Digital")],
            Some("2024-05-06"),
        );
        a.location = Some("Strelsau".into());
        a.scope = vec![ScopeItem {
            label: "cybercrime".into(),
            evidence: Vec::new(),
        }];
        a.signatories = vec![Signatory {
            name: "Rudolf Rassendyll".into(),
            role: Some("chief executive".into()),
            party: Some("Acme Security".into()),
            evidence: Vec::new(),
        }];
        let mut b = agreement(
            vec![
                company("Harbor Digital"),
                company("Acme Security Group"),
                company("Blue Fjord"),
            ],
            Some("2024-05-08"),
        );
        b.scope = vec![ScopeItem {
            label: "capacity_building".into(),
            evidence: Vec::new(),
        }];
        let mut c = agreement(
            vec![company("Acme Security"), company("Harbor Digital")],
            Some("2024-05"),
        );
        c.location = Some("Strelsau".into());
        c.duration_months = Some(36);
        let sources = vec![
            source("a", vec![a], Some("2024-05-07")),
            source("b", vec![b], Some("2024-05-09")),
            source("c", vec![c], None),
        ];
        let g = group(&sources, &[]);
        assert_eq!(g.groups.len(), 1);
        let grp = &g.groups[0];
        assert_eq!(grp.id, "a#0");
        assert_eq!(grp.signed_on, date("2024-05-06"));
        assert_eq!(grp.location.as_deref(), Some("Strelsau"));
        assert_eq!(grp.duration_months, Some(36));
        assert_eq!(grp.scope, vec!["cybercrime", "capacity_building"]);
        assert_eq!(grp.first_reported, date("2024-05-07"));
        let names: Vec<&str> = grp.parties.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Acme Security", "Harbor Digital", "Blue Fjord"]);
        assert_eq!(grp.parties[0].aliases, vec!["Acme Security Group"]);
        assert_eq!(grp.signatories[0].party.as_deref(), Some("Acme Security"));
        assert_eq!(
            grp.support.location[0].sources,
            vec![member("a"), member("c")]
        );
        let fields: Vec<(&str, Option<&str>)> = grp
            .disagreements
            .iter()
            .map(|d| (d.field.as_str(), d.party.as_deref()))
            .collect();
        // Two signing days disagree; the month of the third holds both and does not.
        assert_eq!(
            fields,
            vec![("signed_on", None), ("parties", Some("Blue Fjord"))]
        );
        assert_eq!(grp.disagreements[1].silent, vec![member("a"), member("c")]);
        let cw = &grp.crosswalk;
        assert_eq!(
            (cw.cameo_code.as_str(), cw.plover_event.as_str()),
            ("057", "AGREE")
        );
        assert_eq!(cw.plover_contexts, vec!["cyber", "crime", "legal"]);
        assert_eq!(
            cw.gfce_themes,
            vec!["Cybercrime", "Cyber Security Culture & Skills"]
        );
        assert_eq!(cw.iccd_areas, vec!["law_enforcement", "capacity_building"]);
    }

    #[test]
    fn split_and_join_decisions_apply_after_grouping() {
        let pair = || vec![company("Acme Security"), company("Harbor Digital")];
        let other = || vec![company("Blue Fjord"), company("Harbor Digital")];
        let sources = vec![
            source("a", vec![agreement(pair(), None)], None),
            source("b", vec![agreement(pair(), None)], None),
            source("c", vec![agreement(pair(), None)], None),
            source("d", vec![agreement(other(), None)], None),
        ];
        assert_eq!(
            ids(&group(&sources, &[])),
            vec![vec!["a", "b", "c"], vec!["d"]]
        );
        let decisions = vec![
            Decision {
                kind: DecisionKind::Split,
                members: vec![member("b")],
            },
            Decision {
                kind: DecisionKind::Join,
                members: vec![member("b"), member("d")],
            },
            Decision {
                kind: DecisionKind::Join,
                members: vec![member("gone")],
            },
        ];
        let g = group(&sources, &decisions);
        assert_eq!(ids(&g), vec![vec!["a", "c"], vec!["b", "d"]]);
        assert_eq!(g.skipped_decisions, vec![2]);
        // Decisions are data: they round-trip through JSON.
        let json = serde_json::to_string(&decisions).unwrap();
        assert!(json.contains(r#"{"kind":"split","members":[{"id":"b","agreement":0}]}"#));
        let back: Vec<Decision> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, decisions);
    }

    #[test]
    fn crosswalk_table_covers_every_label() {
        let rows = crosswalk_table();
        assert_eq!(rows.len(), SCOPE_LABELS.len());
        for theme in GFCE_THEMES {
            assert!(rows
                .iter()
                .any(|r| r.gfce_themes.iter().any(|t| t == theme)));
        }
        assert!(parse_crosswalk("ai\tresearch\tCyber Wellness\t-\n")
            .unwrap_err()
            .contains("line 1: unknown GFCE theme"));
        assert!(parse_crosswalk("ai\tresearch\n")
            .unwrap_err()
            .contains("4 columns"));
    }

    #[test]
    fn name_forms() {
        assert_eq!(acronym("CERT-In").as_deref(), Some("certin"));
        assert_eq!(acronym("U.N.").as_deref(), Some("un"));
        assert_eq!(acronym("Kaspersky"), None);
        assert_eq!(
            initials("National Information Technology Development Agency"),
            vec!["nitda"]
        );
        assert_eq!(form("The Ministry of ICT"), form("ICT Ministry"));
        assert_eq!(state_of("République du Kenya").as_deref(), Some("KE"));
        assert_eq!(state_of("Acme"), None);
    }
}
