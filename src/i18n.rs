//! The interface in English and French: every string the app shows, and human labels for
//! the record's closed lists (agreement types, party kinds, scope areas, months).
//!
//! One [`Texts`] table per language, so a missing translation is a compile error.

use crate::corrections::{Op, Step};
use crate::model::{EditError, Field};

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UiLang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl UiLang {
    /// From a BCP 47 tag such as `navigator.language` (`fr-SN` → French).
    pub fn from_tag(tag: &str) -> UiLang {
        if tag.to_ascii_lowercase().starts_with("fr") {
            UiLang::Fr
        } else {
            UiLang::En
        }
    }

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Fr => "fr",
        }
    }

    /// The other language.
    pub fn other(self) -> UiLang {
        match self {
            UiLang::En => UiLang::Fr,
            UiLang::Fr => UiLang::En,
        }
    }

    /// The strings of this language.
    pub fn t(self) -> &'static Texts {
        match self {
            UiLang::En => &EN,
            UiLang::Fr => &FR,
        }
    }
}

/// Every fixed string of the interface.
#[allow(missing_docs)]
pub struct Texts {
    pub tagline: &'static str,
    pub switch_to: &'static str,
    pub switch_label: &'static str,
    pub input_heading: &'static str,
    pub article_text: &'static str,
    pub article_date: &'static str,
    pub article_date_hint: &'static str,
    pub analyze: &'static str,
    pub open_files: &'static str,
    pub drop_hint: &'static str,
    pub drop_here: &'static str,
    pub results_heading: &'static str,
    pub nothing_yet: &'static str,
    pub no_agreement: &'static str,
    pub no_agreement_reason: &'static str,
    pub agreement: &'static str,
    pub title: &'static str,
    pub kind_of_instrument: &'static str,
    pub parties: &'static str,
    pub kind: &'static str,
    pub country: &'static str,
    pub aliases: &'static str,
    pub signatories: &'static str,
    pub role: &'static str,
    pub signed_on: &'static str,
    pub place: &'static str,
    pub duration: &'static str,
    pub end_date: &'static str,
    pub scope: &'static str,
    pub summary: &'static str,
    pub published: &'static str,
    pub reference_date: &'static str,
    pub none: &'static str,
    pub edit: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub reset: &'static str,
    pub edited: &'static str,
    pub no_evidence: &'static str,
    pub analyzed_text: &'static str,
    pub day_precision: &'static str,
    pub month_precision: &'static str,
    pub months_unit: &'static str,
    pub library: &'static str,
    pub search: &'static str,
    pub any: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub remove: &'static str,
    pub open: &'static str,
    pub select: &'static str,
    pub clear_library: &'static str,
    pub clear_selection: &'static str,
    pub delete_all: &'static str,
    pub library_empty: &'static str,
    pub no_match: &'static str,
    pub export: &'static str,
    pub import_json: &'static str,
    pub dismiss: &'static str,
    pub not_saved: &'static str,
    pub showing: &'static str,
    pub analyzing: &'static str,
    pub offline_ready: &'static str,
    pub engine_had: &'static str,
    pub added: &'static str,
    pub remove_agreement: &'static str,
    pub new_party: &'static str,
    pub add_party: &'static str,
    pub new_signatory: &'static str,
    pub add_signatory: &'static str,
    pub new_scope: &'static str,
    pub add_scope: &'static str,
    pub add_agreement: &'static str,
    pub reports_agreement: &'static str,
    pub undo: &'static str,
    pub history: &'static str,
    pub no_history: &'static str,
    pub time_unknown: &'static str,
    pub selection_as: &'static str,
    pub as_party: &'static str,
    pub as_signatory: &'static str,
    pub as_place: &'static str,
    pub as_date: &'static str,
    pub for_agreement: &'static str,
    pub not_a_date: &'static str,
    pub skipped: &'static str,
    pub tracker: &'static str,
    pub views: &'static str,
    pub view_list: &'static str,
    pub view_timeline: &'static str,
    pub view_network: &'static str,
    pub export_agreements: &'static str,
    pub sources: &'static str,
    pub split_off: &'static str,
    pub select_join: &'static str,
    pub join_selected: &'static str,
    pub disagree: &'static str,
    pub no_groups: &'static str,
    pub grouping_pending: &'static str,
    pub grouping_failed: &'static str,
    pub pasted: &'static str,
    pub timeline_caption: &'static str,
    pub network_caption: &'static str,
    pub as_table: &'static str,
    pub date: &'static str,
    pub agreements_col: &'static str,
    pub partners: &'static str,
    pub show: &'static str,
    pub shown_none: &'static str,
    pub open_article: &'static str,
    pub months: [&'static str; 12],
}

impl Texts {
    /// "Analyzing 3 of 10 files…"
    pub fn progress(&self, done: usize, total: usize, failed: usize) -> String {
        match (self.en(), failed) {
            (true, 0) => format!("Analyzed {done} of {total}"),
            (true, f) => format!("Analyzed {done} of {total} ({f} failed)"),
            (false, 0) => format!("{done} analysés sur {total}"),
            (false, f) => format!("{done} analysés sur {total} ({f} en échec)"),
        }
    }

    fn en(&self) -> bool {
        self.months[0] == "January"
    }

    /// The message for a file the app does not read.
    pub fn unsupported_file(&self, name: &str) -> String {
        if self.en() {
            format!("“{name}” was not analyzed: only .txt, .md and .html/.htm files can be read.")
        } else {
            format!("« {name} » n’a pas été analysé : seuls les fichiers .txt, .md et .html/.htm sont lus.")
        }
    }

    /// An analysis that failed.
    pub fn analysis_failed(&self, name: Option<&str>, reason: &str) -> String {
        match (self.en(), name) {
            (true, Some(n)) => format!("“{n}” could not be analyzed: {reason}."),
            (true, None) => format!("The text could not be analyzed: {reason}."),
            (false, Some(n)) => format!("« {n} » n’a pas pu être analysé : {reason}."),
            (false, None) => format!("Le texte n’a pas pu être analysé : {reason}."),
        }
    }

    /// A failed library write.
    pub fn save_failed(&self, reason: &str) -> String {
        if self.en() {
            format!("Could not save to the library ({reason}). The library is unchanged; free some space or export and remove old articles.")
        } else {
            format!("Enregistrement impossible dans la bibliothèque ({reason}). La bibliothèque est inchangée ; libérez de la place ou exportez puis supprimez d’anciens articles.")
        }
    }

    /// A refused import.
    pub fn import_refused(&self, name: &str, reason: &str) -> String {
        if self.en() {
            format!("Import of “{name}” refused: {reason}. The library is unchanged.")
        } else {
            format!("Import de « {name} » refusé : {reason}. La bibliothèque est inchangée.")
        }
    }

    /// Stored records left out because they could not be read.
    pub fn unreadable_records(&self, n: usize) -> String {
        if self.en() {
            format!("{n} stored article(s) could not be read (damaged, or saved by another version of accord) and were left out; the rest of the library is loaded.")
        } else {
            format!("{n} article(s) enregistré(s) illisible(s) (endommagé(s) ou enregistré(s) par une autre version d’accord) ont été laissé(s) de côté ; le reste de la bibliothèque est chargé.")
        }
    }

    /// A successful import.
    pub fn imported(&self, n: usize) -> String {
        if self.en() {
            format!("Imported {n} article(s).")
        } else {
            format!("{n} article(s) importé(s).")
        }
    }

    /// The question before clearing the library.
    pub fn confirm_clear(&self, n: usize) -> String {
        if self.en() {
            format!("Delete all {n} articles from the library? This cannot be undone.")
        } else {
            format!("Supprimer les {n} articles de la bibliothèque ? C’est irréversible.")
        }
    }

    /// Export button label.
    pub fn export_as(&self, format: &str, selected: usize, total: usize) -> String {
        match (self.en(), selected) {
            (true, 0) => format!("{format} (all {total})"),
            (true, n) => format!("{format} ({n} selected)"),
            (false, 0) => format!("{format} (tous, {total})"),
            (false, n) => format!("{format} ({n} sélectionnés)"),
        }
    }

    /// The button that ticks every article shown.
    pub fn select_shown(&self, n: usize) -> String {
        if self.en() {
            format!("Select the {n} shown")
        } else {
            format!("Sélectionner les {n} affichés")
        }
    }

    /// The button that shows the rest of a long list.
    pub fn show_more(&self, hidden: usize) -> String {
        if self.en() {
            format!("Show {hidden} more")
        } else {
            format!("Afficher les {hidden} autres")
        }
    }

    /// "12 of 40 articles".
    pub fn count(&self, shown: usize, total: usize) -> String {
        if self.en() {
            format!("{shown} of {total} articles")
        } else {
            format!("{shown} sur {total} articles")
        }
    }

    /// Why an edit is refused.
    pub fn edit_error(&self, e: &EditError) -> String {
        let en = self.en();
        match e {
            EditError::Date if en => "Write the date as YYYY-MM-DD or YYYY-MM.".into(),
            EditError::Date => "Écrivez la date sous la forme AAAA-MM-JJ ou AAAA-MM.".into(),
            EditError::Months if en => "Write the duration as a whole number of months.".into(),
            EditError::Months => "Écrivez la durée en nombre entier de mois.".into(),
            EditError::Country if en => {
                "Write the country as a two-letter ISO code, e.g. SN.".into()
            }
            EditError::Country => "Écrivez le pays en code ISO à deux lettres, p. ex. SN.".into(),
            EditError::Type if en => "Choose one of the listed types.".into(),
            EditError::Type => "Choisissez un des types proposés.".into(),
            EditError::Kind if en => "Choose one of the listed kinds.".into(),
            EditError::Kind => "Choisissez une des catégories proposées.".into(),
            EditError::Scope(l) if en => format!("“{l}” is not a scope area."),
            EditError::Scope(l) => format!("« {l} » n’est pas un domaine."),
            EditError::Empty if en => "A name cannot be empty.".into(),
            EditError::Empty => "Un nom ne peut pas être vide.".into(),
            EditError::Missing if en => "This value is no longer in the record.".into(),
            EditError::Missing => "Cette valeur n’est plus dans la fiche.".into(),
            EditError::Unchanged if en => "Nothing to change.".into(),
            EditError::Unchanged => "Rien à modifier.".into(),
            EditError::NotADate => self.not_a_date.into(),
        }
    }

    /// The name of a value, e.g. "Party 2 — Kind (agreement 1)".
    pub fn field_name(&self, f: &Field) -> String {
        let ag = |a: &usize, what: String| {
            format!(
                "{what} ({} {})",
                crate::text::lowercase(self.agreement),
                a + 1
            )
        };
        match f {
            Field::Title => self.title.to_string(),
            Field::Summary => self.summary.to_string(),
            Field::Type(a) => ag(a, self.kind_of_instrument.into()),
            Field::SignedOn(a) => ag(a, self.signed_on.into()),
            Field::Location(a) => ag(a, self.place.into()),
            Field::Duration(a) => ag(a, self.duration.into()),
            Field::Scope(a) => ag(a, self.scope.into()),
            Field::PartyName(a, p) => ag(a, format!("{} {}", self.as_party, p + 1)),
            Field::PartyKind(a, p) => ag(a, format!("{} {} — {}", self.as_party, p + 1, self.kind)),
            Field::PartyCountry(a, p) => {
                ag(a, format!("{} {} — {}", self.as_party, p + 1, self.country))
            }
            Field::SignatoryName(a, s) => ag(a, format!("{} {}", self.as_signatory, s + 1)),
            Field::SignatoryRole(a, s) => ag(
                a,
                format!("{} {} — {}", self.as_signatory, s + 1, self.role),
            ),
        }
    }

    /// One step of an article's history in words.
    pub fn step(&self, s: &Step) -> String {
        let en = self.en();
        let q = |v: &str| {
            if en {
                format!("“{v}”")
            } else {
                format!("« {v} »")
            }
        };
        let val = |v: &Option<String>| v.as_deref().map_or(self.none.to_string(), q);
        let field = |key: &str| {
            Field::from_key(key).map_or_else(|| key.to_string(), |f| self.field_name(&f))
        };
        let n = |a: &usize| a + 1;
        let mut out = match &s.op {
            Op::Set {
                field: k,
                value,
                evidence,
            } => {
                let sel = if evidence.is_empty() {
                    ""
                } else if en {
                    ", from the text"
                } else {
                    ", depuis le texte"
                };
                if en {
                    format!(
                        "{} set to {} (was {}{sel})",
                        field(k),
                        q(value),
                        val(&s.before)
                    )
                } else {
                    format!(
                        "{} : {} (avant : {}{sel})",
                        field(k),
                        q(value),
                        val(&s.before)
                    )
                }
            }
            Op::Reset { field: k } if en => format!("{} reset to the engine’s value", field(k)),
            Op::Reset { field: k } => format!("{} : valeur du moteur rétablie", field(k)),
            Op::AddParty {
                agreement, name, ..
            } if en => format!("Party {} added to agreement {}", q(name), n(agreement)),
            Op::AddParty {
                agreement, name, ..
            } => format!("Partie {} ajoutée à l’accord {}", q(name), n(agreement)),
            Op::RemoveParty { agreement, .. } if en => format!(
                "Party {} removed from agreement {}",
                val(&s.before),
                n(agreement)
            ),
            Op::RemoveParty { agreement, .. } => format!(
                "Partie {} retirée de l’accord {}",
                val(&s.before),
                n(agreement)
            ),
            Op::AddSignatory {
                agreement, name, ..
            } if en => format!("Signatory {} added to agreement {}", q(name), n(agreement)),
            Op::AddSignatory {
                agreement, name, ..
            } => format!("Signataire {} ajouté à l’accord {}", q(name), n(agreement)),
            Op::RemoveSignatory { agreement, .. } if en => format!(
                "Signatory {} removed from agreement {}",
                val(&s.before),
                n(agreement)
            ),
            Op::RemoveSignatory { agreement, .. } => format!(
                "Signataire {} retiré de l’accord {}",
                val(&s.before),
                n(agreement)
            ),
            Op::AddScope { agreement, label } if en => format!(
                "Area {} added to agreement {}",
                q(&self.scope_label(label)),
                n(agreement)
            ),
            Op::AddScope { agreement, label } => format!(
                "Domaine {} ajouté à l’accord {}",
                q(&self.scope_label(label)),
                n(agreement)
            ),
            Op::RemoveScope { agreement, label } if en => format!(
                "Area {} removed from agreement {}",
                q(&self.scope_label(label)),
                n(agreement)
            ),
            Op::RemoveScope { agreement, label } => format!(
                "Domaine {} retiré de l’accord {}",
                q(&self.scope_label(label)),
                n(agreement)
            ),
            Op::AddAgreement { kind } if en => {
                format!("Agreement added ({})", self.agreement_type(kind.label()))
            }
            Op::AddAgreement { kind } => {
                format!("Accord ajouté ({})", self.agreement_type(kind.label()))
            }
            Op::RemoveAgreement { index } if en => format!("Agreement {} removed", n(index)),
            Op::RemoveAgreement { index } => format!("Accord {} supprimé", n(index)),
            Op::SetIsAgreement { value: true } if en => "Marked as reporting an agreement".into(),
            Op::SetIsAgreement { value: true } => "Marqué comme rapportant un accord".into(),
            Op::SetIsAgreement { value: false } if en => "Marked as reporting no agreement".into(),
            Op::SetIsAgreement { value: false } => "Marqué comme ne rapportant aucun accord".into(),
        };
        if let Some(e) = &s.engine {
            out.push_str(&format!("; {} {}", self.engine_had, q(e)));
        }
        if !s.applied {
            out.push_str(&format!(" — {}", self.skipped));
        }
        out
    }

    /// A correction's time: "2025-03-05 10:00 UTC".
    pub fn when(&self, at: &str) -> String {
        match (at.get(..10), at.get(11..16)) {
            (Some(day), Some(time)) => format!("{day} {time} UTC"),
            _ => self.time_unknown.to_string(),
        }
    }

    /// "3 agreements from 5 articles".
    pub fn tracker_count(&self, groups: usize, articles: usize) -> String {
        if self.en() {
            format!("{groups} agreement(s) from {articles} article(s)")
        } else {
            format!("{groups} accord(s) issus de {articles} article(s)")
        }
    }

    /// "3 agreement(s)".
    pub fn n_agreements(&self, n: usize) -> String {
        if self.en() {
            format!("{n} agreement(s)")
        } else {
            format!("{n} accord(s)")
        }
    }

    /// Which sources give a value: "sources 1, 3".
    pub fn given_by(&self, numbers: &[usize]) -> String {
        let list: Vec<String> = numbers.iter().map(usize::to_string).collect();
        match (self.en(), numbers.len()) {
            (true, 1) => format!("source {}", list.join(", ")),
            (true, _) => format!("sources {}", list.join(", ")),
            (false, 1) => format!("source {}", list.join(", ")),
            (false, _) => format!("sources {}", list.join(", ")),
        }
    }

    /// Parties left out of the network drawing.
    pub fn hidden_parties(&self, n: usize) -> String {
        if self.en() {
            format!("{n} parties with fewer agreements are not drawn; the table lists every party.")
        } else {
            format!("{n} parties ayant moins d’accords ne sont pas dessinées ; le tableau les liste toutes.")
        }
    }

    /// Agreements without a date, left out of the timeline.
    pub fn undated(&self, n: usize) -> String {
        if self.en() {
            format!("{n} agreement(s) without any date are not on the timeline.")
        } else {
            format!("{n} accord(s) sans aucune date ne figurent pas sur la chronologie.")
        }
    }

    /// The name of a field of a grouped agreement (`location`, `party_kind`…).
    pub fn group_field(&self, field: &str) -> &'static str {
        match field {
            "type" => self.kind_of_instrument,
            "signed_on" => self.signed_on,
            "location" => self.place,
            "duration_months" => self.duration,
            "parties" => self.parties,
            "party_kind" => self.kind,
            "party_country" => self.country,
            _ => self.scope,
        }
    }

    /// A human label for an agreement type.
    pub fn agreement_type(&self, label: &str) -> &'static str {
        let en = self.en();
        match label {
            "mou" if en => "Memorandum of understanding",
            "mou" => "Protocole d’accord",
            "agreement" if en => "Cooperation agreement",
            "agreement" => "Accord de coopération",
            "partnership" if en => "Partnership",
            "partnership" => "Partenariat",
            "treaty" if en => "Treaty",
            "treaty" => "Traité",
            "declaration" if en => "Joint declaration",
            "declaration" => "Déclaration commune",
            _ if en => "Other",
            _ => "Autre",
        }
    }

    /// A human label for a party kind.
    pub fn party_kind(&self, label: &str) -> &'static str {
        let en = self.en();
        match label {
            "country" if en => "State",
            "country" => "État",
            "government" if en => "Government body",
            "government" => "Organisme public",
            "intergovernmental" if en => "Intergovernmental body",
            "intergovernmental" => "Organisation intergouvernementale",
            "company" if en => "Company",
            "company" => "Entreprise",
            "academic" if en => "University or institute",
            "academic" => "Université ou institut",
            _ if en => "Other",
            _ => "Autre",
        }
    }

    /// A human label for a scope area.
    pub fn scope_label(&self, label: &str) -> String {
        let en = self.en();
        let s = match label {
            "threat_intelligence" if en => "Threat intelligence sharing",
            "threat_intelligence" => "Partage de renseignement sur les menaces",
            "incident_response" if en => "Incident response (CERT/CSIRT, SOC)",
            "incident_response" => "Réponse aux incidents (CERT/CSIRT, SOC)",
            "cybercrime" if en => "Fighting cybercrime",
            "cybercrime" => "Lutte contre la cybercriminalité",
            "capacity_building" if en => "Training and capacity building",
            "capacity_building" => "Formation et renforcement des capacités",
            "research" if en => "Research and innovation",
            "research" => "Recherche et innovation",
            "policy_strategy" if en => "Policy, strategy and regulation",
            "policy_strategy" => "Politique, stratégie et réglementation",
            "critical_infrastructure" if en => "Critical infrastructure protection",
            "critical_infrastructure" => "Protection des infrastructures critiques",
            "solutions_services" if en => "Security solutions and services",
            "solutions_services" => "Solutions et services de sécurité",
            "digital_identity" if en => "Digital identity and PKI",
            "digital_identity" => "Identité numérique et PKI",
            "ai" if en => "Artificial intelligence",
            "ai" => "Intelligence artificielle",
            "smart_cities" if en => "Smart cities",
            "smart_cities" => "Villes intelligentes",
            "e_government" if en => "E-government",
            "e_government" => "Administration électronique",
            "finance" if en => "Financial sector",
            "finance" => "Secteur financier",
            "data_governance" if en => "Data protection and governance",
            "data_governance" => "Protection et gouvernance des données",
            "inclusion" if en => "Inclusion (women, youth)",
            "inclusion" => "Inclusion (femmes, jeunes)",
            "digital_economy" if en => "Digital economy",
            "digital_economy" => "Économie numérique",
            "knowledge_exchange" if en => "Exchange of expertise",
            "knowledge_exchange" => "Échange d’expertise",
            other => return other.replace('_', " "),
        };
        s.to_string()
    }

    /// A date in words at its precision: "18 November 2024", "November 2024".
    pub fn date_words(&self, d: accord_core::PartialDate) -> String {
        let month = self.months[usize::from(d.month().clamp(1, 12)) - 1];
        match d {
            accord_core::PartialDate::Day(day) => format!("{} {} {}", day.day, month, day.year),
            accord_core::PartialDate::Month { year, .. } => format!("{month} {year}"),
        }
    }
}

/// English.
pub static EN: Texts = Texts {
    tagline: "Cybersecurity cooperation agreements in news articles — analyzed in your browser, offline.",
    switch_to: "Français",
    switch_label: "Interface language: switch to French",
    input_heading: "Article",
    article_text: "Article text",
    article_date: "Article date",
    article_date_hint: "Publication date, used to resolve “on Monday”, “yesterday”. Filled from the article or the file; never guessed.",
    analyze: "Analyze",
    open_files: "Open files",
    drop_hint: "Or drop .txt, .md, .html files (hundreds at once) or text from another page anywhere on this window.",
    drop_here: "Drop to analyze",
    results_heading: "Agreements",
    nothing_yet: "Paste an article and press Analyze, or open files.",
    no_agreement: "No agreement found",
    no_agreement_reason: "The engine found no cooperation agreement between named parties in this text.",
    agreement: "Agreement",
    title: "Title",
    kind_of_instrument: "Type",
    parties: "Parties",
    kind: "Kind",
    country: "Country",
    aliases: "also",
    signatories: "Signatories",
    role: "Role",
    signed_on: "Signed on",
    place: "Place",
    duration: "Duration",
    end_date: "Ends",
    scope: "Scope",
    summary: "Summary",
    published: "Published",
    reference_date: "Reference date",
    none: "not stated",
    edit: "Edit",
    save: "Save",
    cancel: "Cancel",
    reset: "Reset",
    edited: "edited",
    no_evidence: "No evidence in the text for this value.",
    analyzed_text: "Analyzed text",
    day_precision: "exact day",
    month_precision: "month only",
    months_unit: "months",
    library: "Library",
    search: "Search the library",
    any: "Any",
    from: "From",
    to: "To",
    remove: "Remove",
    open: "Open",
    select: "Select for export",
    clear_library: "Clear library…",
    clear_selection: "Clear selection",
    delete_all: "Delete all",
    library_empty: "The library is empty. Every analyzed article is kept here, in this browser only.",
    no_match: "No article matches the search and filters.",
    export: "Export",
    import_json: "Import JSON",
    dismiss: "Dismiss",
    not_saved: "Not saved in the library.",
    showing: "Showing",
    analyzing: "Analyzing…",
    offline_ready: "Works offline",
    tracker: "Agreements across sources",
    views: "View",
    view_list: "List",
    view_timeline: "Timeline",
    view_network: "Network",
    export_agreements: "Export the agreements",
    sources: "Sources",
    split_off: "Take out of this agreement",
    select_join: "Select to join",
    join_selected: "Join the selected agreements",
    disagree: "Sources disagree",
    no_groups: "No agreement to show: analyze articles that report one, or change the filters.",
    grouping_pending: "grouping the articles…",
    grouping_failed: "The agreements could not be grouped",
    pasted: "pasted text",
    timeline_caption: "Agreements by signing date (filled points), else by the article’s date (open points). Select a point to list its agreements.",
    network_caption: "Parties: sized by their agreements, linked when in an agreement together, coloured by kind. Select a party to list its agreements.",
    as_table: "The same as a table",
    date: "Date",
    agreements_col: "Agreements",
    partners: "Partners",
    show: "Show",
    shown_none: "Close",
    open_article: "Open the article",
    engine_had: "engine:",
    added: "added",
    remove_agreement: "Remove this agreement",
    new_party: "New party",
    add_party: "Add party",
    new_signatory: "New signatory",
    add_signatory: "Add signatory",
    new_scope: "Area to add",
    add_scope: "Add area",
    add_agreement: "Add an agreement the engine missed",
    reports_agreement: "This article reports an agreement",
    undo: "Undo last correction",
    history: "History of corrections",
    no_history: "No correction yet.",
    time_unknown: "time not recorded",
    selection_as: "Use the selected words as",
    as_party: "Party",
    as_signatory: "Signatory",
    as_place: "Place",
    as_date: "Signing date",
    for_agreement: "Agreement",
    not_a_date: "The selected words are not a date (e.g. “14 March 2025”).",
    skipped: "no longer applies",
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
};

/// French.
pub static FR: Texts = Texts {
    tagline: "Les accords de coopération en cybersécurité dans la presse — analysés dans votre navigateur, hors ligne.",
    switch_to: "English",
    switch_label: "Langue de l’interface : passer à l’anglais",
    input_heading: "Article",
    article_text: "Texte de l’article",
    article_date: "Date de l’article",
    article_date_hint: "Date de publication, pour situer « lundi », « hier ». Remplie depuis l’article ou le fichier ; jamais devinée.",
    analyze: "Analyser",
    open_files: "Ouvrir des fichiers",
    drop_hint: "Ou déposez des fichiers .txt, .md, .html (des centaines à la fois) ou du texte d’une autre page n’importe où dans cette fenêtre.",
    drop_here: "Déposez pour analyser",
    results_heading: "Accords",
    nothing_yet: "Collez un article et appuyez sur Analyser, ou ouvrez des fichiers.",
    no_agreement: "Aucun accord trouvé",
    no_agreement_reason: "Le moteur n’a trouvé aucun accord de coopération entre parties nommées dans ce texte.",
    agreement: "Accord",
    title: "Titre",
    kind_of_instrument: "Type",
    parties: "Parties",
    kind: "Catégorie",
    country: "Pays",
    aliases: "aussi",
    signatories: "Signataires",
    role: "Fonction",
    signed_on: "Signé le",
    place: "Lieu",
    duration: "Durée",
    end_date: "Fin",
    scope: "Domaines",
    summary: "Résumé",
    published: "Publié le",
    reference_date: "Date de référence",
    none: "non précisé",
    edit: "Modifier",
    save: "Enregistrer",
    cancel: "Annuler",
    reset: "Rétablir",
    edited: "modifié",
    no_evidence: "Aucun passage du texte ne justifie cette valeur.",
    analyzed_text: "Texte analysé",
    day_precision: "jour exact",
    month_precision: "mois seulement",
    months_unit: "mois",
    library: "Bibliothèque",
    search: "Rechercher dans la bibliothèque",
    any: "Tous",
    from: "Du",
    to: "Au",
    remove: "Supprimer",
    open: "Ouvrir",
    select: "Sélectionner pour l’export",
    clear_library: "Vider la bibliothèque…",
    clear_selection: "Vider la sélection",
    delete_all: "Tout supprimer",
    library_empty: "La bibliothèque est vide. Chaque article analysé est conservé ici, dans ce navigateur uniquement.",
    no_match: "Aucun article ne correspond à la recherche et aux filtres.",
    export: "Exporter",
    import_json: "Importer un JSON",
    dismiss: "Fermer",
    not_saved: "Non enregistré dans la bibliothèque.",
    showing: "Affiché",
    analyzing: "Analyse en cours…",
    offline_ready: "Fonctionne hors ligne",
    tracker: "Accords à travers les sources",
    views: "Affichage",
    view_list: "Liste",
    view_timeline: "Chronologie",
    view_network: "Réseau",
    export_agreements: "Exporter les accords",
    sources: "Sources",
    split_off: "Retirer de cet accord",
    select_join: "Sélectionner pour fusionner",
    join_selected: "Fusionner les accords sélectionnés",
    disagree: "Les sources divergent",
    no_groups: "Aucun accord à afficher : analysez des articles qui en rapportent un, ou changez les filtres.",
    grouping_pending: "regroupement des articles…",
    grouping_failed: "Les accords n’ont pas pu être regroupés",
    pasted: "texte collé",
    timeline_caption: "Accords par date de signature (points pleins), sinon par date de l’article (points vides). Sélectionnez un point pour lister ses accords.",
    network_caption: "Parties : taille selon leurs accords, reliées quand elles sont dans un même accord, couleur selon la catégorie. Sélectionnez une partie pour lister ses accords.",
    as_table: "La même chose en tableau",
    date: "Date",
    agreements_col: "Accords",
    partners: "Partenaires",
    show: "Afficher",
    shown_none: "Fermer",
    open_article: "Ouvrir l’article",
    engine_had: "moteur :",
    added: "ajouté",
    remove_agreement: "Supprimer cet accord",
    new_party: "Nouvelle partie",
    add_party: "Ajouter la partie",
    new_signatory: "Nouveau signataire",
    add_signatory: "Ajouter le signataire",
    new_scope: "Domaine à ajouter",
    add_scope: "Ajouter le domaine",
    add_agreement: "Ajouter un accord manqué par le moteur",
    reports_agreement: "Cet article rapporte un accord",
    undo: "Annuler la dernière correction",
    history: "Historique des corrections",
    no_history: "Aucune correction pour l’instant.",
    time_unknown: "heure non enregistrée",
    selection_as: "Utiliser les mots sélectionnés comme",
    as_party: "Partie",
    as_signatory: "Signataire",
    as_place: "Lieu",
    as_date: "Date de signature",
    for_agreement: "Accord",
    not_a_date: "Les mots sélectionnés ne sont pas une date (p. ex. « 14 mars 2025 »).",
    skipped: "ne s’applique plus",
    months: [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_follow_tags_and_label_everything() {
        assert_eq!(UiLang::from_tag("fr-SN"), UiLang::Fr);
        assert_eq!(UiLang::from_tag("en-KE"), UiLang::En);
        assert_eq!(UiLang::from_tag("ar-DZ"), UiLang::En);
        for lang in [UiLang::En, UiLang::Fr] {
            for label in crate::model::SCOPE_LABELS {
                assert!(!lang.t().scope_label(label).contains('_'), "{label}");
            }
        }
        let d: accord_core::PartialDate = "2024-11-18".parse().unwrap();
        assert_eq!(EN.date_words(d), "18 November 2024");
        assert_eq!(FR.date_words(d), "18 novembre 2024");
        assert_eq!(FR.progress(2, 5, 0), "2 analysés sur 5");
    }
}
