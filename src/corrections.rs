//! The analyst's corrections of a record: a log of operations ([`Op`]), each with the time
//! it was made, replayed in order over the record the engine extracted.
//!
//! The log is the article's history: undo drops its last operation, and every value keeps
//! a link to the extracted value it replaced (through the origin of each agreement, party
//! and signatory), so the card can say what the engine had found and which values a person
//! set ([`Marks`]). Replaying is pure and deterministic; an operation that no longer fits
//! the record (an index past the end) is skipped, never "repaired".

use accord_core::sort::Set;

use accord_core::{
    Agreement, AgreementType, Analysis, Party, PartyKind, ScopeItem, Signatory, Span,
    SummarySentence, SCOPE_LABELS,
};
use serde::{Deserialize, Serialize};

use crate::model::{validate, EditError, Field};

/// One correction: what was done and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// When (ISO 8601, from the browser clock); empty for a correction carried over from a
    /// version-1 library, which did not keep the time.
    #[serde(default)]
    pub at: String,
    /// What was done.
    pub op: Op,
}

/// One operation on a record.
///
/// Stored as an object tagged by `action` (`{"action": "set", "field": …, "value": …}`).
/// It is read back by [`Op::from_value`] rather than serde's derive for tagged enums,
/// whose generated code is large in the web app's download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Op {
    /// Sets a value ([`Field`] key) to a text; `evidence` is the selection it came from.
    Set {
        /// The field key, e.g. `a0.location`.
        field: String,
        /// The value.
        value: String,
        /// The words of the text the value was taken from, if it was selected there.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        evidence: Vec<Span>,
    },
    /// Puts a value back to what the engine extracted.
    Reset {
        /// The field key.
        field: String,
    },
    /// Adds a party to an agreement.
    AddParty {
        /// The agreement's index.
        agreement: usize,
        /// The party's name.
        name: String,
        /// Its kind.
        #[serde(default)]
        kind: PartyKind,
        /// Where the text names it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        evidence: Vec<Span>,
    },
    /// Removes a party.
    RemoveParty {
        /// The agreement's index.
        agreement: usize,
        /// The party's index.
        index: usize,
    },
    /// Adds a signatory.
    AddSignatory {
        /// The agreement's index.
        agreement: usize,
        /// The person's name.
        name: String,
        /// Their role.
        #[serde(default)]
        role: Option<String>,
        /// Where the text names them.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        evidence: Vec<Span>,
    },
    /// Removes a signatory.
    RemoveSignatory {
        /// The agreement's index.
        agreement: usize,
        /// The signatory's index.
        index: usize,
    },
    /// Adds a scope label.
    AddScope {
        /// The agreement's index.
        agreement: usize,
        /// A label of [`SCOPE_LABELS`].
        label: String,
    },
    /// Removes a scope label.
    RemoveScope {
        /// The agreement's index.
        agreement: usize,
        /// The label.
        label: String,
    },
    /// Adds an agreement the engine missed.
    AddAgreement {
        /// Its type.
        #[serde(rename = "type")]
        kind: AgreementType,
    },
    /// Removes an agreement the engine invented.
    RemoveAgreement {
        /// Its index.
        index: usize,
    },
    /// Marks the article as reporting an agreement (or not).
    SetIsAgreement {
        /// Whether it does.
        value: bool,
    },
}

impl<'de> Deserialize<'de> for Op {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Op, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        Op::from_value(&v).map_err(serde::de::Error::custom)
    }
}

impl Op {
    /// Reads an operation from its JSON object: the same fields, defaults and errors as
    /// the derived reader of an `action`-tagged enum (unknown fields are ignored).
    pub fn from_value(v: &serde_json::Value) -> Result<Op, String> {
        use serde_json::Value;
        let Value::Object(map) = v else {
            return Err("an operation is not a JSON object".into());
        };
        let missing = |name: &str| format!("missing field `{name}`");
        let text = |name: &str| -> Result<String, String> {
            match map.get(name) {
                Some(Value::String(s)) => Ok(s.clone()),
                Some(other) => Err(format!("`{name}` is not a string: {other}")),
                None => Err(missing(name)),
            }
        };
        let index = |name: &str| -> Result<usize, String> {
            match map.get(name) {
                Some(n) => n
                    .as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or_else(|| format!("`{name}` is not an index: {n}")),
                None => Err(missing(name)),
            }
        };
        // An optional field: absent or null is the default.
        fn opt<T: serde::de::DeserializeOwned + Default>(
            map: &serde_json::Map<String, Value>,
            name: &str,
        ) -> Result<T, String> {
            match map.get(name) {
                None | Some(Value::Null) => Ok(T::default()),
                Some(x) => serde_json::from_value(x.clone()).map_err(|e| format!("`{name}`: {e}")),
            }
        }
        let action = match map.get("action") {
            Some(Value::String(a)) => a.as_str(),
            Some(_) => return Err("`action` is not a string".into()),
            None => return Err(missing("action")),
        };
        Ok(match action {
            "set" => Op::Set {
                field: text("field")?,
                value: text("value")?,
                evidence: opt(map, "evidence")?,
            },
            "reset" => Op::Reset {
                field: text("field")?,
            },
            "add_party" => Op::AddParty {
                agreement: index("agreement")?,
                name: text("name")?,
                kind: opt(map, "kind")?,
                evidence: opt(map, "evidence")?,
            },
            "remove_party" => Op::RemoveParty {
                agreement: index("agreement")?,
                index: index("index")?,
            },
            "add_signatory" => Op::AddSignatory {
                agreement: index("agreement")?,
                name: text("name")?,
                role: opt(map, "role")?,
                evidence: opt(map, "evidence")?,
            },
            "remove_signatory" => Op::RemoveSignatory {
                agreement: index("agreement")?,
                index: index("index")?,
            },
            "add_scope" => Op::AddScope {
                agreement: index("agreement")?,
                label: text("label")?,
            },
            "remove_scope" => Op::RemoveScope {
                agreement: index("agreement")?,
                label: text("label")?,
            },
            "add_agreement" => Op::AddAgreement {
                kind: match map.get("type") {
                    Some(t) => {
                        serde_json::from_value(t.clone()).map_err(|e| format!("`type`: {e}"))?
                    }
                    None => return Err(missing("type")),
                },
            },
            "remove_agreement" => Op::RemoveAgreement {
                index: index("index")?,
            },
            "set_is_agreement" => Op::SetIsAgreement {
                value: match map.get("value") {
                    Some(Value::Bool(b)) => *b,
                    Some(other) => return Err(format!("`value` is not true or false: {other}")),
                    None => return Err(missing("value")),
                },
            },
            other => return Err(format!("unknown action `{other}`")),
        })
    }
}

/// Which values of one item (party, signatory) a person set, and which extracted item it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemMarks {
    /// Its index among the extracted items, `None` when a person added it.
    pub origin: Option<usize>,
    /// The attributes a person set (`name`, `kind`, `country`, `role`).
    pub set: Set<&'static str>,
}

/// Which values of one agreement a person set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgreementMarks {
    /// Its index among the extracted agreements, `None` when a person added it.
    pub origin: Option<usize>,
    /// The values a person set (`type`, `signed_on`, `location`, `duration_months`, `scope`).
    pub set: Set<&'static str>,
    /// One per party of the corrected agreement.
    pub parties: Vec<ItemMarks>,
    /// One per signatory.
    pub signatories: Vec<ItemMarks>,
}

/// Which values of a corrected record a person set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// `is_agreement`.
    pub is_agreement: bool,
    /// The title.
    pub title: bool,
    /// The summary.
    pub summary: bool,
    /// One per agreement of the corrected record.
    pub agreements: Vec<AgreementMarks>,
}

impl Marks {
    /// The marks of an uncorrected record: nothing set, every item its own origin.
    pub fn of(r: &Analysis) -> Marks {
        let items = |n: usize| {
            (0..n)
                .map(|i| ItemMarks {
                    origin: Some(i),
                    set: Set::new(),
                })
                .collect()
        };
        Marks {
            agreements: r
                .agreements
                .iter()
                .enumerate()
                .map(|(i, a)| AgreementMarks {
                    origin: Some(i),
                    set: Set::new(),
                    parties: items(a.parties.len()),
                    signatories: items(a.signatories.len()),
                })
                .collect(),
            ..Marks::default()
        }
    }

    /// Whether a person set `field` (or added the item it belongs to).
    pub fn is_set(&self, field: &Field) -> bool {
        let ag = |a: &usize| self.agreements.get(*a);
        let item = |m: Option<&ItemMarks>, attr: &str| {
            m.is_some_and(|m| m.origin.is_none() || m.set.contains(attr))
        };
        let agr = |a: &usize, attr: &str| {
            ag(a).is_some_and(|m| m.origin.is_none() || m.set.contains(attr))
        };
        match field {
            Field::Title => self.title,
            Field::Summary => self.summary,
            Field::Type(a) => agr(a, "type"),
            Field::SignedOn(a) => agr(a, "signed_on"),
            Field::Location(a) => agr(a, "location"),
            Field::Duration(a) => agr(a, "duration_months"),
            Field::Scope(a) => agr(a, "scope"),
            Field::PartyName(a, p) => item(ag(a).and_then(|m| m.parties.get(*p)), "name"),
            Field::PartyKind(a, p) => item(ag(a).and_then(|m| m.parties.get(*p)), "kind"),
            Field::PartyCountry(a, p) => item(ag(a).and_then(|m| m.parties.get(*p)), "country"),
            Field::SignatoryName(a, s) => item(ag(a).and_then(|m| m.signatories.get(*s)), "name"),
            Field::SignatoryRole(a, s) => item(ag(a).and_then(|m| m.signatories.get(*s)), "role"),
        }
    }

    /// The values a person set, as keys of the corrected record: `a1` for an added
    /// agreement, `a0.party2` for an added party, `a0.party1.name` for a corrected name.
    pub fn keys(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.is_agreement {
            out.push("is_agreement".to_string());
        }
        if self.title {
            out.push("title".into());
        }
        if self.summary {
            out.push("summary".into());
        }
        for (i, a) in self.agreements.iter().enumerate() {
            if a.origin.is_none() {
                out.push(format!("a{i}"));
                continue;
            }
            out.extend(a.set.iter().map(|s| format!("a{i}.{s}")));
            for (what, items) in [("party", &a.parties), ("signatory", &a.signatories)] {
                for (j, m) in items.iter().enumerate() {
                    if m.origin.is_none() {
                        out.push(format!("a{i}.{what}{j}"));
                    } else {
                        out.extend(m.set.iter().map(|s| format!("a{i}.{what}{j}.{s}")));
                    }
                }
            }
        }
        out
    }
}

/// A record with its corrections applied, and who set what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrected {
    /// The corrected record.
    pub record: Analysis,
    /// Which values a person set.
    pub marks: Marks,
}

/// One step of an article's history, as shown to the analyst.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// When.
    pub at: String,
    /// What.
    pub op: Op,
    /// The value before (for a set or a reset), or what was removed (a name, a label).
    pub before: Option<String>,
    /// What the engine had extracted for that value, when it had it.
    pub engine: Option<String>,
    /// Whether it applied (an operation that no longer fits the record is skipped).
    pub applied: bool,
}

impl Corrected {
    /// The record as the engine extracted it.
    pub fn of(extracted: &Analysis) -> Corrected {
        Corrected {
            record: extracted.clone(),
            marks: Marks::of(extracted),
        }
    }

    /// The extracted counterpart of `field` (same value, extracted indices), if there is one.
    pub fn origin_field(&self, field: &Field) -> Option<Field> {
        let ag = |a: &usize| self.marks.agreements.get(*a);
        let a_o = |a: &usize| ag(a)?.origin;
        let p_o = |a: &usize, p: &usize| ag(a)?.parties.get(*p)?.origin;
        let s_o = |a: &usize, s: &usize| ag(a)?.signatories.get(*s)?.origin;
        Some(match field {
            Field::Title => Field::Title,
            Field::Summary => Field::Summary,
            Field::Type(a) => Field::Type(a_o(a)?),
            Field::SignedOn(a) => Field::SignedOn(a_o(a)?),
            Field::Location(a) => Field::Location(a_o(a)?),
            Field::Duration(a) => Field::Duration(a_o(a)?),
            Field::Scope(a) => Field::Scope(a_o(a)?),
            Field::PartyName(a, p) => Field::PartyName(a_o(a)?, p_o(a, p)?),
            Field::PartyKind(a, p) => Field::PartyKind(a_o(a)?, p_o(a, p)?),
            Field::PartyCountry(a, p) => Field::PartyCountry(a_o(a)?, p_o(a, p)?),
            Field::SignatoryName(a, s) => Field::SignatoryName(a_o(a)?, s_o(a, s)?),
            Field::SignatoryRole(a, s) => Field::SignatoryRole(a_o(a)?, s_o(a, s)?),
        })
    }

    /// What the engine had extracted for `field` of the corrected record.
    pub fn engine_value(&self, extracted: &Analysis, field: &Field) -> Option<String> {
        self.origin_field(field)?.extracted_value(extracted)
    }

    /// Applies one operation, or says why it does not fit (the record is then unchanged).
    pub fn apply(&mut self, extracted: &Analysis, op: &Op) -> Result<(), EditError> {
        let mut next = self.clone();
        next.apply_inner(extracted, op)?;
        *self = next;
        Ok(())
    }

    fn agreement(&mut self, a: usize) -> Result<(&mut Agreement, &mut AgreementMarks), EditError> {
        match (
            self.record.agreements.get_mut(a),
            self.marks.agreements.get_mut(a),
        ) {
            (Some(g), Some(m)) => Ok((g, m)),
            _ => Err(EditError::Missing),
        }
    }

    fn apply_inner(&mut self, extracted: &Analysis, op: &Op) -> Result<(), EditError> {
        match op {
            Op::Set {
                field,
                value,
                evidence,
            } => {
                let f = Field::from_key(field).ok_or(EditError::Missing)?;
                let value = value.trim();
                validate(&f, value)?;
                let now = f.extracted_value(&self.record);
                if evidence.is_empty() && now.as_deref().unwrap_or("") == value {
                    return Err(EditError::Unchanged);
                }
                self.set(&f, value, evidence)
            }
            Op::Reset { field } => {
                let f = Field::from_key(field).ok_or(EditError::Missing)?;
                self.reset(extracted, &f)
            }
            Op::AddParty {
                agreement,
                name,
                kind,
                evidence,
            } => {
                let name = name.trim();
                if name.is_empty() {
                    return Err(EditError::Empty);
                }
                let (g, m) = self.agreement(*agreement)?;
                g.parties.push(Party {
                    name: name.to_string(),
                    kind: *kind,
                    evidence: evidence.clone(),
                    ..Party::default()
                });
                m.parties.push(ItemMarks::default());
                Ok(())
            }
            Op::RemoveParty { agreement, index } => {
                let (g, m) = self.agreement(*agreement)?;
                remove_with_marks(&mut g.parties, &mut m.parties, *index)
            }
            Op::AddSignatory {
                agreement,
                name,
                role,
                evidence,
            } => {
                let name = name.trim();
                if name.is_empty() {
                    return Err(EditError::Empty);
                }
                let (g, m) = self.agreement(*agreement)?;
                g.signatories.push(Signatory {
                    name: name.to_string(),
                    role: role
                        .as_deref()
                        .map(str::trim)
                        .filter(|r| !r.is_empty())
                        .map(str::to_string),
                    evidence: evidence.clone(),
                    ..Signatory::default()
                });
                m.signatories.push(ItemMarks::default());
                Ok(())
            }
            Op::RemoveSignatory { agreement, index } => {
                let (g, m) = self.agreement(*agreement)?;
                remove_with_marks(&mut g.signatories, &mut m.signatories, *index)
            }
            Op::AddScope { agreement, label } => {
                if !SCOPE_LABELS.contains(&label.as_str()) {
                    return Err(EditError::Scope(label.clone()));
                }
                let (g, m) = self.agreement(*agreement)?;
                if g.scope.iter().any(|s| &s.label == label) {
                    return Err(EditError::Unchanged);
                }
                g.scope.push(ScopeItem {
                    label: label.clone(),
                    evidence: Vec::new(),
                });
                // Keep the guide's order.
                accord_core::sort::by_key(&mut g.scope, |s| {
                    SCOPE_LABELS
                        .iter()
                        .position(|l| *l == s.label)
                        .unwrap_or(usize::MAX)
                });
                m.set.insert("scope");
                Ok(())
            }
            Op::RemoveScope { agreement, label } => {
                let (g, m) = self.agreement(*agreement)?;
                let before = g.scope.len();
                g.scope.retain(|s| &s.label != label);
                if g.scope.len() == before {
                    return Err(EditError::Missing);
                }
                m.set.insert("scope");
                Ok(())
            }
            Op::AddAgreement { kind } => {
                self.record.agreements.push(Agreement {
                    kind: *kind,
                    ..Agreement::default()
                });
                self.marks.agreements.push(AgreementMarks::default());
                if !self.record.is_agreement {
                    self.record.is_agreement = true;
                    self.marks.is_agreement = !extracted.is_agreement;
                }
                Ok(())
            }
            Op::RemoveAgreement { index } => remove_with_marks(
                &mut self.record.agreements,
                &mut self.marks.agreements,
                *index,
            ),
            Op::SetIsAgreement { value } => {
                if self.record.is_agreement == *value {
                    return Err(EditError::Unchanged);
                }
                self.record.is_agreement = *value;
                self.marks.is_agreement = *value != extracted.is_agreement;
                Ok(())
            }
        }
    }

    fn set(&mut self, field: &Field, value: &str, evidence: &[Span]) -> Result<(), EditError> {
        let opt = || (!value.is_empty()).then(|| value.to_string());
        let ev = |old: &mut Vec<Span>| {
            if !evidence.is_empty() {
                *old = evidence.to_vec();
            }
        };
        let r = &mut self.record;
        match field {
            Field::Title => {
                r.title = opt();
                ev(&mut r.title_evidence);
                self.marks.title = true;
                return Ok(());
            }
            Field::Summary => {
                r.summary = if value.is_empty() {
                    Vec::new()
                } else {
                    vec![SummarySentence {
                        text: value.to_string(),
                        start: 0,
                        end: 0,
                    }]
                };
                self.marks.summary = true;
                return Ok(());
            }
            _ => {}
        }
        let (a, attr) = match field {
            Field::Type(a) => (a, "type"),
            Field::SignedOn(a) => (a, "signed_on"),
            Field::Location(a) => (a, "location"),
            Field::Duration(a) => (a, "duration_months"),
            Field::Scope(a) => (a, "scope"),
            Field::PartyName(a, _) | Field::SignatoryName(a, _) => (a, "name"),
            Field::PartyKind(a, _) => (a, "kind"),
            Field::PartyCountry(a, _) => (a, "country"),
            Field::SignatoryRole(a, _) => (a, "role"),
            Field::Title | Field::Summary => return Ok(()),
        };
        let (g, m) = self.agreement(*a)?;
        match field {
            Field::Type(_) => g.kind = AgreementType::from_label(value).ok_or(EditError::Type)?,
            Field::SignedOn(_) => {
                g.signed_on = value.parse().ok();
                ev(&mut g.signed_on_evidence);
            }
            Field::Location(_) => {
                g.location = opt();
                ev(&mut g.location_evidence);
            }
            Field::Duration(_) => g.duration_months = value.parse().ok(),
            Field::Scope(_) => {
                let old = std::mem::take(&mut g.scope);
                g.scope = value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|label| ScopeItem {
                        label: label.to_string(),
                        evidence: old
                            .iter()
                            .find(|s| s.label == label)
                            .map(|s| s.evidence.clone())
                            .unwrap_or_default(),
                    })
                    .collect();
            }
            Field::PartyName(_, p) | Field::PartyKind(_, p) | Field::PartyCountry(_, p) => {
                let (Some(x), Some(xm)) = (g.parties.get_mut(*p), m.parties.get_mut(*p)) else {
                    return Err(EditError::Missing);
                };
                match field {
                    Field::PartyName(..) => {
                        x.name = value.to_string();
                        ev(&mut x.evidence);
                    }
                    Field::PartyKind(..) => {
                        x.kind = PartyKind::from_label(value).ok_or(EditError::Kind)?
                    }
                    _ => x.country = opt(),
                }
                xm.set.insert(attr);
                return Ok(());
            }
            Field::SignatoryName(_, s) | Field::SignatoryRole(_, s) => {
                let (Some(x), Some(xm)) = (g.signatories.get_mut(*s), m.signatories.get_mut(*s))
                else {
                    return Err(EditError::Missing);
                };
                if matches!(field, Field::SignatoryName(..)) {
                    x.name = value.to_string();
                    ev(&mut x.evidence);
                } else {
                    x.role = opt();
                }
                xm.set.insert(attr);
                return Ok(());
            }
            Field::Title | Field::Summary => {}
        }
        m.set.insert(attr);
        Ok(())
    }

    fn reset(&mut self, extracted: &Analysis, field: &Field) -> Result<(), EditError> {
        if !self.marks.is_set(field) {
            return Err(EditError::Unchanged);
        }
        let origin = self.origin_field(field).ok_or(EditError::Missing)?;
        match (field, &origin) {
            (Field::Title, _) => {
                self.record.title = extracted.title.clone();
                self.record.title_evidence = extracted.title_evidence.clone();
                self.marks.title = false;
                return Ok(());
            }
            (Field::Summary, _) => {
                self.record.summary = extracted.summary.clone();
                self.marks.summary = false;
                return Ok(());
            }
            _ => {}
        }
        let oa = match origin {
            Field::Type(a)
            | Field::SignedOn(a)
            | Field::Location(a)
            | Field::Duration(a)
            | Field::Scope(a)
            | Field::PartyName(a, _)
            | Field::PartyKind(a, _)
            | Field::PartyCountry(a, _)
            | Field::SignatoryName(a, _)
            | Field::SignatoryRole(a, _) => a,
            Field::Title | Field::Summary => return Ok(()),
        };
        let ex = extracted.agreements.get(oa).ok_or(EditError::Missing)?;
        let a = match field {
            Field::Type(a)
            | Field::SignedOn(a)
            | Field::Location(a)
            | Field::Duration(a)
            | Field::Scope(a)
            | Field::PartyName(a, _)
            | Field::PartyKind(a, _)
            | Field::PartyCountry(a, _)
            | Field::SignatoryName(a, _)
            | Field::SignatoryRole(a, _) => *a,
            Field::Title | Field::Summary => return Ok(()),
        };
        let (g, m) = self.agreement(a)?;
        match (field, origin) {
            (Field::Type(_), _) => {
                g.kind = ex.kind;
                m.set.remove("type");
            }
            (Field::SignedOn(_), _) => {
                g.signed_on = ex.signed_on;
                g.signed_on_evidence = ex.signed_on_evidence.clone();
                m.set.remove("signed_on");
            }
            (Field::Location(_), _) => {
                g.location = ex.location.clone();
                g.location_evidence = ex.location_evidence.clone();
                m.set.remove("location");
            }
            (Field::Duration(_), _) => {
                g.duration_months = ex.duration_months;
                m.set.remove("duration_months");
            }
            (Field::Scope(_), _) => {
                g.scope = ex.scope.clone();
                m.set.remove("scope");
            }
            (
                Field::PartyName(_, p) | Field::PartyKind(_, p) | Field::PartyCountry(_, p),
                Field::PartyName(_, op) | Field::PartyKind(_, op) | Field::PartyCountry(_, op),
            ) => {
                let (Some(x), Some(xm), Some(o)) = (
                    g.parties.get_mut(*p),
                    m.parties.get_mut(*p),
                    ex.parties.get(op),
                ) else {
                    return Err(EditError::Missing);
                };
                match field {
                    Field::PartyName(..) => {
                        x.name = o.name.clone();
                        x.evidence = o.evidence.clone();
                        xm.set.remove("name");
                    }
                    Field::PartyKind(..) => {
                        x.kind = o.kind;
                        xm.set.remove("kind");
                    }
                    _ => {
                        x.country = o.country.clone();
                        xm.set.remove("country");
                    }
                }
            }
            (
                Field::SignatoryName(_, s) | Field::SignatoryRole(_, s),
                Field::SignatoryName(_, os) | Field::SignatoryRole(_, os),
            ) => {
                let (Some(x), Some(xm), Some(o)) = (
                    g.signatories.get_mut(*s),
                    m.signatories.get_mut(*s),
                    ex.signatories.get(os),
                ) else {
                    return Err(EditError::Missing);
                };
                if matches!(field, Field::SignatoryName(..)) {
                    x.name = o.name.clone();
                    x.evidence = o.evidence.clone();
                    xm.set.remove("name");
                } else {
                    x.role = o.role.clone();
                    xm.set.remove("role");
                }
            }
            _ => return Err(EditError::Missing),
        }
        Ok(())
    }

    /// The value `op` changes or removes, as it is before `op` (for the history).
    fn before(&self, op: &Op) -> Option<String> {
        let r = &self.record;
        let ag = |a: &usize| r.agreements.get(*a);
        match op {
            Op::Set { field, .. } | Op::Reset { field } => {
                Field::from_key(field)?.extracted_value(r)
            }
            Op::RemoveParty { agreement, index } => {
                ag(agreement)?.parties.get(*index).map(|p| p.name.clone())
            }
            Op::RemoveSignatory { agreement, index } => ag(agreement)?
                .signatories
                .get(*index)
                .map(|s| s.name.clone()),
            Op::RemoveAgreement { index } => ag(index).map(|g| g.kind.label().to_string()),
            _ => None,
        }
    }
}

/// The record with the corrections `log` applied in order (those that no longer fit are
/// skipped), and who set what.
pub fn replay(extracted: &Analysis, log: &[Correction]) -> Corrected {
    let mut c = Corrected::of(extracted);
    for step in log {
        let _ = c.apply(extracted, &step.op);
    }
    c
}

/// The history of an article: each correction with the value before it and the engine's.
pub fn history(extracted: &Analysis, log: &[Correction]) -> Vec<Step> {
    let mut c = Corrected::of(extracted);
    log.iter()
        .map(|step| {
            let before = c.before(&step.op);
            let engine = match &step.op {
                Op::Set { field, .. } | Op::Reset { field } => {
                    Field::from_key(field).and_then(|f| c.engine_value(extracted, &f))
                }
                _ => None,
            };
            let applied = c.apply(extracted, &step.op).is_ok();
            Step {
                at: step.at.clone(),
                op: step.op.clone(),
                before,
                engine,
                applied,
            }
        })
        .collect()
}

/// Removes item `index` of a list of values and of its parallel list of marks together;
/// [`EditError::Missing`] when either list has no such item.
fn remove_with_marks<T, M>(
    items: &mut Vec<T>,
    marks: &mut Vec<M>,
    index: usize,
) -> Result<(), EditError> {
    if index >= items.len() || index >= marks.len() {
        return Err(EditError::Missing);
    }
    items.remove(index);
    marks.remove(index);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::sample_entry;

    fn c(op: Op) -> Correction {
        Correction {
            at: "2025-03-05T10:00:00.000Z".into(),
            op,
        }
    }

    #[test]
    fn every_operation_reads_back_as_written_and_bad_ones_are_refused() {
        let span = Span { start: 3, end: 9 };
        let ops = vec![
            Op::Set {
                field: "a0.location".into(),
                value: "Dakar".into(),
                evidence: vec![span],
            },
            Op::Reset {
                field: "a0.location".into(),
            },
            Op::AddParty {
                agreement: 1,
                name: "Harbor Digital".into(),
                kind: PartyKind::Company,
                evidence: Vec::new(),
            },
            Op::RemoveParty {
                agreement: 0,
                index: 2,
            },
            Op::AddSignatory {
                agreement: 0,
                name: "Ada Okoro".into(),
                role: Some("director".into()),
                evidence: vec![span],
            },
            Op::RemoveSignatory {
                agreement: 0,
                index: 0,
            },
            Op::AddScope {
                agreement: 0,
                label: "training".into(),
            },
            Op::RemoveScope {
                agreement: 0,
                label: "training".into(),
            },
            Op::AddAgreement {
                kind: AgreementType::Treaty,
            },
            Op::RemoveAgreement { index: 1 },
            Op::SetIsAgreement { value: false },
        ];
        for op in ops {
            let json = crate::job::to_json(&op).unwrap();
            assert_eq!(crate::job::from_json::<Op>(&json).unwrap(), op, "{json}");
        }
        let defaults: Op =
            crate::job::from_json(r#"{"action":"add_party","agreement":0,"name":"X","extra":1}"#)
                .unwrap();
        assert_eq!(
            defaults,
            Op::AddParty {
                agreement: 0,
                name: "X".into(),
                kind: PartyKind::default(),
                evidence: Vec::new()
            }
        );
        for bad in [
            r#"{"action":"fly"}"#,
            r#"{"action":"set","field":"a0.location"}"#,
            r#"{"action":"remove_party","agreement":-1,"index":0}"#,
            r#"{"action":"set_is_agreement","value":"yes"}"#,
            r#"["set"]"#,
        ] {
            assert!(crate::job::from_json::<Op>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn adding_and_removing_items_keeps_origins_and_marks() {
        let ex = sample_entry().extracted;
        let log = vec![
            c(Op::RemoveParty {
                agreement: 0,
                index: 0,
            }),
            c(Op::AddParty {
                agreement: 0,
                name: " Harbor Digital ".into(),
                kind: PartyKind::Company,
                evidence: vec![Span::new(0, 4)],
            }),
            c(Op::Set {
                field: "a0.party0.country".into(),
                value: "FR".into(),
                evidence: vec![],
            }),
            c(Op::AddScope {
                agreement: 0,
                label: "ai".into(),
            }),
            c(Op::AddSignatory {
                agreement: 0,
                name: "Mara Voss".into(),
                role: Some(" director ".into()),
                evidence: vec![],
            }),
        ];
        let r = replay(&ex, &log);
        let g = &r.record.agreements[0];
        assert_eq!(
            g.parties
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["ANSSI", "Harbor Digital"]
        );
        assert_eq!(g.parties[1].evidence, vec![Span::new(0, 4)]);
        assert_eq!(g.signatories[1].role.as_deref(), Some("director"));
        assert_eq!(
            g.scope.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(),
            ["capacity_building", "ai"]
        );
        // ANSSI is now party 0, but its extracted counterpart is party 1.
        assert_eq!(
            r.engine_value(&ex, &Field::PartyName(0, 0)).as_deref(),
            Some("ANSSI")
        );
        assert_eq!(r.engine_value(&ex, &Field::PartyName(0, 1)), None);
        assert_eq!(
            r.marks.keys(),
            [
                "a0.scope",
                "a0.party0.country",
                "a0.party1",
                "a0.signatory1"
            ]
        );
        assert!(
            r.marks.is_set(&Field::PartyKind(0, 1)),
            "an added party is set"
        );
        assert!(!r.marks.is_set(&Field::PartyName(0, 0)));
        // Reset goes back to ANSSI's extracted country (none).
        let mut r2 = r.clone();
        r2.apply(
            &ex,
            &Op::Reset {
                field: "a0.party0.country".into(),
            },
        )
        .unwrap();
        assert_eq!(r2.record.agreements[0].parties[0].country, None);
        assert!(!r2.marks.is_set(&Field::PartyCountry(0, 0)));
    }

    #[test]
    fn agreements_and_the_is_agreement_flag() {
        let ex = sample_entry().extracted;
        let mut r = Corrected::of(&ex);
        r.apply(&ex, &Op::RemoveAgreement { index: 0 }).unwrap();
        assert!(r.record.agreements.is_empty());
        r.apply(&ex, &Op::SetIsAgreement { value: false }).unwrap();
        assert_eq!(r.marks.keys(), ["is_agreement"]);
        assert_eq!(
            r.apply(&ex, &Op::SetIsAgreement { value: false }),
            Err(EditError::Unchanged)
        );
        r.apply(
            &ex,
            &Op::AddAgreement {
                kind: AgreementType::Treaty,
            },
        )
        .unwrap();
        assert!(r.record.is_agreement);
        assert_eq!(r.marks.keys(), ["a0"], "back to the engine's flag");
        assert_eq!(
            r.apply(
                &ex,
                &Op::RemoveParty {
                    agreement: 3,
                    index: 0
                }
            ),
            Err(EditError::Missing)
        );
        assert_eq!(
            r.apply(
                &ex,
                &Op::AddScope {
                    agreement: 0,
                    label: "magic".into()
                }
            ),
            Err(EditError::Scope("magic".into()))
        );
    }

    #[test]
    fn history_says_what_was_there_and_what_the_engine_had() {
        let ex = sample_entry().extracted;
        let log = vec![
            c(Op::Set {
                field: "a0.location".into(),
                value: "Thiès".into(),
                evidence: vec![],
            }),
            c(Op::Set {
                field: "a0.location".into(),
                value: "Mbour".into(),
                evidence: vec![],
            }),
            c(Op::RemoveParty {
                agreement: 0,
                index: 1,
            }),
            c(Op::RemoveParty {
                agreement: 0,
                index: 7,
            }),
        ];
        let h = history(&ex, &log);
        assert_eq!(h[1].before.as_deref(), Some("Thiès"));
        assert_eq!(h[1].engine.as_deref(), Some("Dakar"));
        assert_eq!(h[2].before.as_deref(), Some("ANSSI"));
        assert!(h[2].applied && !h[3].applied);
    }
}
