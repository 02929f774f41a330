//! The card of one agreement (an `<article>`), and the card that says no agreement was
//! found. Every value is a [`FieldValue`]: click to see its evidence, edit to correct it.

use std::rc::Rc;

use accord_core::{AgreementType, PartyKind};
use yew::prelude::*;

use crate::app::Ctx;
use crate::components::field_value::FieldValue;
use crate::corrections::Op;
use crate::i18n::Texts;
use crate::model::{end_date, summary_text, Entry, Field};
use crate::state::Action;

/// The engine's value in words (labels of closed lists translated).
fn engine_words(t: &Texts, field: &Field, v: &str) -> String {
    match field {
        Field::Type(_) => t.agreement_type(v).to_string(),
        Field::PartyKind(..) => t.party_kind(v).to_string(),
        Field::Scope(_) => v
            .split(", ")
            .map(|l| t.scope_label(l))
            .collect::<Vec<_>>()
            .join(" · "),
        _ => v.to_string(),
    }
}

/// What an [`AddItem`] form adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A party (name and kind).
    Party,
    /// A signatory (name and role).
    Signatory,
    /// A scope area (from the remaining labels).
    Scope,
}

/// Props of [`AddItem`].
#[derive(Properties, PartialEq)]
pub struct AddItemProps {
    /// The entry.
    pub entry: Rc<Entry>,
    /// The agreement's index.
    pub agreement: usize,
    /// What it adds.
    pub what: ItemKind,
    /// For a scope area: `(label, words)` of the areas not yet listed.
    #[prop_or_default]
    pub choices: Vec<(String, String)>,
}

/// A small form that adds a party, a signatory or a scope area to an agreement.
#[function_component(AddItem)]
pub fn add_item(p: &AddItemProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    let name = use_node_ref();
    let extra = use_node_ref();
    let (i, what) = (p.agreement, p.what);
    let base = format!(
        "add-{}-{i}",
        match what {
            ItemKind::Party => "party",
            ItemKind::Signatory => "signatory",
            ItemKind::Scope => "scope",
        }
    );
    let onsubmit = {
        let (ops, entry, name, extra) = (
            ctx.ops.clone(),
            p.entry.clone(),
            name.clone(),
            extra.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = name
                .cast::<web_sys::HtmlInputElement>()
                .map(|el| el.value())
                .or_else(|| {
                    name.cast::<web_sys::HtmlSelectElement>()
                        .map(|el| el.value())
                })
                .unwrap_or_default();
            let second = extra
                .cast::<web_sys::HtmlInputElement>()
                .map(|el| el.value())
                .or_else(|| {
                    extra
                        .cast::<web_sys::HtmlSelectElement>()
                        .map(|el| el.value())
                })
                .unwrap_or_default();
            let op = match what {
                ItemKind::Party => Op::AddParty {
                    agreement: i,
                    name: text,
                    kind: PartyKind::from_label(&second).unwrap_or_default(),
                    evidence: Vec::new(),
                },
                ItemKind::Signatory => Op::AddSignatory {
                    agreement: i,
                    name: text,
                    role: Some(second),
                    evidence: Vec::new(),
                },
                ItemKind::Scope => Op::AddScope {
                    agreement: i,
                    label: text,
                },
            };
            ops.correct(&entry, op);
            if let Some(el) = name.cast::<web_sys::HtmlInputElement>() {
                el.set_value("");
            }
            if let Some(el) = extra.cast::<web_sys::HtmlInputElement>() {
                el.set_value("");
            }
        })
    };
    let (label, button) = match what {
        ItemKind::Party => (t.new_party, t.add_party),
        ItemKind::Signatory => (t.new_signatory, t.add_signatory),
        ItemKind::Scope => (t.new_scope, t.add_scope),
    };
    let second = match what {
        ItemKind::Party => html! {
            <>
                <label for={format!("{base}-kind")} class="visually-hidden">{ format!("{label} — {}", t.kind) }</label>
                <select id={format!("{base}-kind")} ref={extra.clone()}>
                    { for PartyKind::ALL.iter().map(|k| html! { <option value={k.label()}>{ t.party_kind(k.label()) }</option> }) }
                </select>
            </>
        },
        ItemKind::Signatory => html! {
            <>
                <label for={format!("{base}-role")} class="visually-hidden">{ format!("{label} — {}", t.role) }</label>
                <input id={format!("{base}-role")} type="text" ref={extra.clone()} placeholder={t.role} />
            </>
        },
        ItemKind::Scope => html! {},
    };
    let first = if what == ItemKind::Scope {
        html! {
            <select id={format!("{base}-name")} ref={name.clone()}>
                { for p.choices.iter().map(|(v, l)| html! { <option value={v.clone()}>{ l }</option> }) }
            </select>
        }
    } else {
        html! { <input id={format!("{base}-name")} type="text" ref={name.clone()} /> }
    };
    html! {
        <form class="add-item" onsubmit={onsubmit}>
            <label for={format!("{base}-name")} class="visually-hidden">{ label }</label>
            { first }
            { second }
            <button type="submit" class="small">{ button }</button>
        </form>
    }
}

/// Props of [`AgreementCard`].
#[derive(Properties, PartialEq)]
pub struct AgreementCardProps {
    /// The entry.
    pub entry: Rc<Entry>,
    /// Which agreement of the record.
    pub index: usize,
}

/// One agreement.
#[function_component(AgreementCard)]
pub fn agreement_card(p: &AgreementCardProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    let corrected = p.entry.corrected();
    let record = &corrected.record;
    let Some(a) = record.agreements.get(p.index) else {
        return html! {};
    };
    let i = p.index;
    let entry = p.entry.clone();
    let heading_id = format!("card-{i}-h");
    let types: Vec<(String, String)> = AgreementType::ALL
        .iter()
        .map(|k| {
            (
                k.label().to_string(),
                t.agreement_type(k.label()).to_string(),
            )
        })
        .collect();
    let kinds: Vec<(String, String)> = PartyKind::ALL
        .iter()
        .map(|k| (k.label().to_string(), t.party_kind(k.label()).to_string()))
        .collect();
    // What every value needs beside its display: its text, evidence, whether a person set
    // it and what the engine had.
    let facts = |field: &Field| {
        (
            field.extracted_value(record),
            field.evidence(record),
            corrected.marks.is_set(field),
            corrected
                .engine_value(&p.entry.extracted, field)
                .map(|v| AttrValue::from(engine_words(t, field, &v))),
        )
    };
    let fv = |field: Field, label: String, display: Option<String>| {
        let (current, spans, edited, engine) = facts(&field);
        html! { <FieldValue card={i} entry={entry.clone()} field={field} label={label} display={display.map(AttrValue::from)}
        current={current} spans={spans} edited={edited} engine={engine} /> }
    };
    let correct = |op: Op| {
        let (ops, entry) = (ctx.ops.clone(), entry.clone());
        Callback::from(move |_: MouseEvent| ops.correct(&entry, op.clone()))
    };

    let parties = a.parties.iter().enumerate().map(|(j, party)| {
        let n = j + 1;
        let mut names = vec![party.name.clone()];
        names.extend(party.aliases.iter().cloned());
        let names = crate::job::to_json(&names).unwrap_or_default();
        let (cur, spans, edited, engine) = facts(&Field::PartyName(i, j));
        let (kcur, kspans, kedited, kengine) = facts(&Field::PartyKind(i, j));
        html! {
            <li class="party">
                <FieldValue card={i} entry={entry.clone()} field={Field::PartyName(i, j)}
                    label={format!("{} {n}", t.parties)} display={Some(AttrValue::from(party.name.clone()))}
                    names={Some(AttrValue::from(names))} current={cur} spans={spans} edited={edited} engine={engine} />
                <button type="button" class="small icon remove-item" aria-label={format!("{} — {} {n}", t.remove, t.parties)}
                    title={t.remove} onclick={correct(Op::RemoveParty { agreement: i, index: j })}>{ "✕" }</button>
                if !party.aliases.is_empty() {
                    <span class="aliases">{ format!("({} {})", t.aliases, party.aliases.join(", ")) }</span>
                }
                <span class="sub">
                    <span class="sub-label">{ t.kind }{ ": " }</span>
                    <FieldValue card={i} entry={entry.clone()} field={Field::PartyKind(i, j)}
                        label={format!("{} {n} — {}", t.parties, t.kind)}
                        display={Some(AttrValue::from(t.party_kind(party.kind.label())))} choices={kinds.clone()}
                        current={kcur} spans={kspans} edited={kedited} engine={kengine} />
                    <span class="sub-label">{ t.country }{ ": " }</span>
                    { fv(Field::PartyCountry(i, j), format!("{} {n} — {}", t.parties, t.country), party.country.clone()) }
                </span>
            </li>
        }
    });
    let signatories = a.signatories.iter().enumerate().map(|(j, s)| {
        let n = j + 1;
        html! {
            <li class="signatory">
                { fv(Field::SignatoryName(i, j), format!("{} {n}", t.signatories), Some(s.name.clone())) }
                <button type="button" class="small icon remove-item" aria-label={format!("{} — {} {n}", t.remove, t.signatories)}
                    title={t.remove} onclick={correct(Op::RemoveSignatory { agreement: i, index: j })}>{ "✕" }</button>
                <span class="sub">
                    <span class="sub-label">{ t.role }{ ": " }</span>
                    { fv(Field::SignatoryRole(i, j), format!("{} {n} — {}", t.signatories, t.role), s.role.clone()) }
                    if let Some(party) = &s.party {
                        <span class="for-party">{ format!(" · {party}") }</span>
                    }
                </span>
            </li>
        }
    });
    let signed = a.signed_on.map(|d| {
        let precision = if d.precision() == "day" {
            t.day_precision
        } else {
            t.month_precision
        };
        format!("{} ({precision})", t.date_words(d))
    });
    let ends = end_date(a.signed_on, a.duration_months).map(|d| t.date_words(d));
    // The end date is computed: its evidence is the signing date's and the term's.
    let ends_key = format!("a{i}.end_date");
    let ends_active = ctx
        .state
        .highlight
        .as_ref()
        .is_some_and(|h| h.entry_id == p.entry.id && h.key == ends_key);
    let show_ends = {
        let (state, entry_id, key) = (ctx.state.clone(), p.entry.id.clone(), ends_key.clone());
        let spans: Vec<accord_core::Span> = p
            .entry
            .extracted
            .agreements
            .get(i)
            .map(|_| a)
            .map(|g| {
                g.signed_on_evidence
                    .iter()
                    .chain(&g.duration_evidence)
                    .copied()
                    .collect()
            })
            .unwrap_or_default();
        Callback::from(move |_| {
            state.dispatch(Action::Highlight {
                entry_id: entry_id.clone(),
                key: key.clone(),
                spans: spans.clone(),
            })
        })
    };
    let scope = (!a.scope.is_empty()).then(|| {
        a.scope
            .iter()
            .map(|s| t.scope_label(&s.label))
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let scope_removes = a.scope.iter().map(|s| {
        let label = t.scope_label(&s.label);
        html! {
            <button type="button" class="small icon remove-item" aria-label={format!("{} — {label}", t.remove)}
                title={t.remove} onclick={correct(Op::RemoveScope { agreement: i, label: s.label.clone() })}>{ format!("✕ {label}") }</button>
        }
    });
    let scope_missing: Vec<(String, String)> = accord_core::SCOPE_LABELS
        .iter()
        .filter(|l| !a.scope.iter().any(|s| s.label == **l))
        .map(|l| (l.to_string(), t.scope_label(l)))
        .collect();
    let (scur, sspans, sedited, sengine) = facts(&Field::Scope(i));
    let (tcur, tspans, tedited, tengine) = facts(&Field::Type(i));
    let (mcur, mspans, medited, mengine) = facts(&Field::Summary);
    let scope_parts: Vec<(AttrValue, Vec<accord_core::Span>)> = a
        .scope
        .iter()
        .map(|s| (AttrValue::from(t.scope_label(&s.label)), s.evidence.clone()))
        .collect();
    let summary = summary_text(record);
    let n_agreements = record.agreements.len();
    html! {
        <article class="card" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                { t.agreement }
                if n_agreements > 1 { { format!(" {} / {n_agreements}", i + 1) } }
                { " — " }{ t.agreement_type(a.kind.label()) }
                if corrected.marks.agreements.get(i).is_some_and(|m| m.origin.is_none()) {
                    { " " }<span class="badge" data-edited="true">{ t.added }</span>
                }
            </h3>
            <button type="button" class="small danger remove-agreement"
                onclick={correct(Op::RemoveAgreement { index: i })}>{ t.remove_agreement }</button>
            <dl>
                <dt>{ t.title }</dt>
                <dd>{ fv(Field::Title, t.title.to_string(), record.title.clone()) }</dd>
                <dt>{ t.kind_of_instrument }</dt>
                <dd><FieldValue card={i} entry={entry.clone()} field={Field::Type(i)} label={t.kind_of_instrument}
                    display={Some(AttrValue::from(t.agreement_type(a.kind.label())))} choices={types}
                    current={tcur} spans={tspans} edited={tedited} engine={tengine} /></dd>
                <dt>{ t.parties }</dt>
                <dd>
                    if a.parties.is_empty() { <span class="missing">{ t.none }</span> }
                    else { <ul class="parties">{ for parties }</ul> }
                    <AddItem entry={entry.clone()} agreement={i} what={ItemKind::Party} />
                </dd>
                <dt>{ t.signatories }</dt>
                <dd>
                    if a.signatories.is_empty() { <span class="missing">{ t.none }</span> }
                    else { <ul class="signatories">{ for signatories }</ul> }
                    <AddItem entry={entry.clone()} agreement={i} what={ItemKind::Signatory} />
                </dd>
                <dt>{ t.signed_on }</dt>
                <dd>{ fv(Field::SignedOn(i), t.signed_on.to_string(), signed) }</dd>
                <dt>{ t.place }</dt>
                <dd>{ fv(Field::Location(i), t.place.to_string(), a.location.clone()) }</dd>
                <dt>{ t.duration }</dt>
                <dd>{ fv(Field::Duration(i), t.duration.to_string(), a.duration_months.map(|m| format!("{m} {}", t.months_unit))) }</dd>
                <dt>{ t.end_date }</dt>
                <dd>
                    if let Some(ends) = ends {
                        <button type="button" class="value" aria-pressed={ends_active.to_string()}
                            data-field={ends_key} onclick={show_ends}>{ ends }</button>
                    } else {
                        <span class="missing">{ t.none }</span>
                    }
                </dd>
                <dt>{ t.scope }</dt>
                <dd><FieldValue card={i} entry={entry.clone()} field={Field::Scope(i)} label={t.scope}
                    display={scope.map(AttrValue::from)} parts={scope_parts}
                    current={scur} spans={sspans} edited={sedited} engine={sengine} />
                    <span class="scope-removes">{ for scope_removes }</span>
                    if !scope_missing.is_empty() {
                        <AddItem entry={entry.clone()} agreement={i} what={ItemKind::Scope} choices={scope_missing} />
                    }
                </dd>
                <dt>{ t.summary }</dt>
                <dd><FieldValue card={i} entry={entry.clone()} field={Field::Summary} label={t.summary}
                    display={(!summary.is_empty()).then(|| AttrValue::from(summary.clone()))} long=true
                    current={mcur} spans={mspans} edited={medited} engine={mengine} /></dd>
            </dl>
        </article>
    }
}

/// Props of [`NoAgreementCard`].
#[derive(Properties, PartialEq)]
pub struct NoAgreementCardProps {
    /// The entry.
    pub entry: Rc<Entry>,
}

/// The card of an article without an agreement: never an empty result.
#[function_component(NoAgreementCard)]
pub fn no_agreement_card(p: &NoAgreementCardProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    let corrected = p.entry.corrected();
    let record = &corrected.record;
    let summary = summary_text(record);
    let facts = |field: &Field| {
        (
            field.extracted_value(record),
            field.evidence(record),
            corrected.marks.is_set(field),
            corrected
                .engine_value(&p.entry.extracted, field)
                .map(AttrValue::from),
        )
    };
    let (c1, s1, e1, g1) = facts(&Field::Title);
    let (c2, s2, e2, g2) = facts(&Field::Summary);
    html! {
        <article class="card no-agreement" aria-labelledby="card-none-h">
            <h3 id="card-none-h">{ t.no_agreement }</h3>
            <p>{ t.no_agreement_reason }</p>
            <dl>
                <dt>{ t.title }</dt>
                <dd><FieldValue entry={p.entry.clone()} field={Field::Title} label={t.title}
                    display={record.title.clone().map(AttrValue::from)}
                    current={c1} spans={s1} edited={e1} engine={g1} /></dd>
                <dt>{ t.summary }</dt>
                <dd><FieldValue entry={p.entry.clone()} field={Field::Summary} label={t.summary}
                    display={(!summary.is_empty()).then(|| AttrValue::from(summary.clone()))} long=true
                    current={c2} spans={s2} edited={e2} engine={g2} /></dd>
            </dl>
        </article>
    }
}
