//! The analysis record: the output contract shared by the CLI, the web app and the tests.
//!
//! Field names follow `SCHEMA.md` of the shared corpus. Every value carries the byte spans
//! (`evidence`) of the words it came from, so a reader can check it against the text.
//! Collections are `Vec`s in a deterministic order; nothing here is computed, it is data.

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;

/// A byte range of the analyzed text (UTF-8, end exclusive), always on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Whether `other` lies wholly within this span.
    pub fn covers(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers, or `""` when it does not fit `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The language of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}

/// The kind of instrument, from the closed list of the annotation guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgreementType {
    /// Memorandum of understanding, protocole d'accord, mémorandum d'entente.
    Mou,
    /// Cooperation agreement, convention, accord de coopération, contract.
    #[default]
    Agreement,
    /// A partnership announced without a named instrument.
    Partnership,
    /// A treaty.
    Treaty,
    /// A joint declaration, statement of intent or letter of intent.
    Declaration,
    /// Anything else.
    Other,
}

impl AgreementType {
    /// Every type, in the guide's order.
    pub const ALL: [AgreementType; 6] = [
        AgreementType::Mou,
        AgreementType::Agreement,
        AgreementType::Partnership,
        AgreementType::Treaty,
        AgreementType::Declaration,
        AgreementType::Other,
    ];

    /// The label used in records.
    pub fn label(self) -> &'static str {
        match self {
            AgreementType::Mou => "mou",
            AgreementType::Agreement => "agreement",
            AgreementType::Partnership => "partnership",
            AgreementType::Treaty => "treaty",
            AgreementType::Declaration => "declaration",
            AgreementType::Other => "other",
        }
    }

    /// The type for a label, if it is one of the closed list.
    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.label() == label)
    }
}

/// What kind of body a party is, from the closed list of the annotation guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartyKind {
    /// A state itself ("Qatar and Rwanda partnered").
    Country,
    /// Ministry, agency, regulator, national CERT, police.
    Government,
    /// AU, AFRIPOL, INTERPOL, UN bodies and other intergovernmental bodies.
    Intergovernmental,
    /// A company, including state-owned enterprises.
    Company,
    /// A university, institute or research centre.
    Academic,
    /// Anything else.
    #[default]
    Other,
}

impl PartyKind {
    /// Every kind, in the guide's order.
    pub const ALL: [PartyKind; 6] = [
        PartyKind::Country,
        PartyKind::Government,
        PartyKind::Intergovernmental,
        PartyKind::Company,
        PartyKind::Academic,
        PartyKind::Other,
    ];

    /// The label used in records.
    pub fn label(self) -> &'static str {
        match self {
            PartyKind::Country => "country",
            PartyKind::Government => "government",
            PartyKind::Intergovernmental => "intergovernmental",
            PartyKind::Company => "company",
            PartyKind::Academic => "academic",
            PartyKind::Other => "other",
        }
    }

    /// The kind for a label, if it is one of the closed list.
    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.label() == label)
    }
}

/// The scope labels of the annotation guide, in its order: the closed list of
/// [`ScopeItem::label`].
pub const SCOPE_LABELS: [&str; 17] = [
    "threat_intelligence",
    "incident_response",
    "cybercrime",
    "capacity_building",
    "research",
    "policy_strategy",
    "critical_infrastructure",
    "solutions_services",
    "digital_identity",
    "ai",
    "smart_cities",
    "e_government",
    "finance",
    "data_governance",
    "inclusion",
    "digital_economy",
    "knowledge_exchange",
];

/// A party to an agreement: an organisation or a state.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Party {
    /// The fullest proper name the text gives.
    pub name: String,
    /// Every other surface form the text uses for it (acronyms, short forms, other language).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// What kind of body it is.
    pub kind: PartyKind,
    /// ISO 3166-1 alpha-2 code of its home state, when stated or beyond doubt.
    #[serde(default)]
    pub country: Option<String>,
    /// Where the text names it.
    #[serde(default)]
    pub evidence: Vec<Span>,
}

/// A person who signed, or spoke for a party about the agreement.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Signatory {
    /// The person's name as the text gives it.
    pub name: String,
    /// Their role as the text says it, lowercase.
    #[serde(default)]
    pub role: Option<String>,
    /// The `name` of the party they act for.
    #[serde(default)]
    pub party: Option<String>,
    /// Where the text names them (and their role).
    #[serde(default)]
    pub evidence: Vec<Span>,
}

/// One area of cooperation, from the closed list of scope labels.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ScopeItem {
    /// The scope label.
    pub label: String,
    /// The cue words in the text.
    #[serde(default)]
    pub evidence: Vec<Span>,
}

/// What the article says of an earlier signing between the same parties that this one
/// renews, extends or follows ("renewed their memorandum", "the second agreement between
/// them", "first signed in 2014", "reconduit la convention").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Renewal {
    /// The year of the earlier signing, when the text gives it: this signing is later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier_year: Option<i32>,
    /// The words that say so.
    #[serde(default)]
    pub evidence: Vec<Span>,
}

/// One agreement the article is about.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Agreement {
    /// The kind of instrument.
    #[serde(rename = "type")]
    pub kind: AgreementType,
    /// Where the instrument is named.
    #[serde(default)]
    pub type_evidence: Vec<Span>,
    /// The parties, in the order the text introduces them.
    #[serde(default)]
    pub parties: Vec<Party>,
    /// The people who signed or spoke for a party.
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// Date of signing: `YYYY-MM-DD`, `YYYY-MM`, or none.
    #[serde(default)]
    pub signed_on: Option<PartialDate>,
    /// The words that gave the date.
    #[serde(default)]
    pub signed_on_text: Option<String>,
    /// Where those words are.
    #[serde(default)]
    pub signed_on_evidence: Vec<Span>,
    /// The city where it was signed, in the text's spelling.
    #[serde(default)]
    pub location: Option<String>,
    /// Where the place is named.
    #[serde(default)]
    pub location_evidence: Vec<Span>,
    /// The stated term, in months.
    #[serde(default)]
    pub duration_months: Option<u32>,
    /// Where the term is stated.
    #[serde(default)]
    pub duration_evidence: Vec<Span>,
    /// The areas of cooperation.
    #[serde(default)]
    pub scope: Vec<ScopeItem>,
    /// Set when the article says this signing renews, extends or follows an earlier one
    /// between the same parties (left out of the record otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewal: Option<Renewal>,
}

/// A sentence of the summary, with its place in the text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SummarySentence {
    /// The sentence.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The analysis record of one article.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Analysis {
    /// The article's language.
    pub lang: Lang,
    /// The headline, when the text has one.
    #[serde(default)]
    pub title: Option<String>,
    /// Where the headline is.
    #[serde(default)]
    pub title_evidence: Vec<Span>,
    /// The publication date, only when the text itself states it.
    #[serde(default)]
    pub published: Option<PartialDate>,
    /// Where the publication date is stated.
    #[serde(default)]
    pub published_evidence: Vec<Span>,
    /// Whether the article reports a cooperation agreement.
    pub is_agreement: bool,
    /// The agreement(s) the article is about, main one first.
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// Two or three sentences naming the parties and what was agreed.
    #[serde(default)]
    pub summary: Vec<SummarySentence>,
    /// The plain text that was analyzed, when the input was not plain text (HTML, Markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
