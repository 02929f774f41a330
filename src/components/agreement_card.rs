//! The card of one agreement (an `<article>`), and the card that says no agreement was
//! found. Every value is a [`FieldValue`]: click to see its evidence, edit to correct it.

use std::rc::Rc;

use accord_core::{AgreementType, PartyKind};
use yew::prelude::*;

use crate::app::Ctx;
use crate::components::field_value::FieldValue;
use crate::model::{end_date, summary_text, Entry, Field};
use crate::state::Action;

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
    let record = p.entry.record();
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
    let fv = |field: Field, label: String, display: Option<String>| {
        html! { <FieldValue card={i} entry={entry.clone()} field={field} label={label} display={display.map(AttrValue::from)} /> }
    };

    let parties = a.parties.iter().enumerate().map(|(j, party)| {
        let n = j + 1;
        let mut names = vec![party.name.clone()];
        names.extend(party.aliases.iter().cloned());
        let names = serde_json::to_string(&names).unwrap_or_default();
        html! {
            <li class="party">
                <FieldValue card={i} entry={entry.clone()} field={Field::PartyName(i, j)}
                    label={format!("{} {n}", t.parties)} display={Some(AttrValue::from(party.name.clone()))}
                    names={Some(AttrValue::from(names))} />
                if !party.aliases.is_empty() {
                    <span class="aliases">{ format!("({} {})", t.aliases, party.aliases.join(", ")) }</span>
                }
                <span class="sub">
                    <span class="sub-label">{ t.kind }{ ": " }</span>
                    <FieldValue card={i} entry={entry.clone()} field={Field::PartyKind(i, j)}
                        label={format!("{} {n} — {}", t.parties, t.kind)}
                        display={Some(AttrValue::from(t.party_kind(party.kind.label())))} choices={kinds.clone()} />
                    <span class="sub-label">{ t.country }{ ": " }</span>
                    { fv(Field::PartyCountry(i, j), format!("{} {n} — {}", t.parties, t.country), party.country.clone()) }
                </span>
            </li>
        }
    });
    let signatories = a.signatories.iter().enumerate().map(|(j, s)| {
        let n = j + 1;
        html! {
            <li>
                { fv(Field::SignatoryName(i, j), format!("{} {n}", t.signatories), Some(s.name.clone())) }
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
    let scope_parts: Vec<(AttrValue, Vec<accord_core::Span>)> = a
        .scope
        .iter()
        .map(|s| (AttrValue::from(t.scope_label(&s.label)), s.evidence.clone()))
        .collect();
    let summary = summary_text(&record);
    let n_agreements = record.agreements.len();
    html! {
        <article class="card" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                { t.agreement }
                if n_agreements > 1 { { format!(" {} / {n_agreements}", i + 1) } }
                { " — " }{ t.agreement_type(a.kind.label()) }
            </h3>
            <dl>
                <dt>{ t.title }</dt>
                <dd>{ fv(Field::Title, t.title.to_string(), record.title.clone()) }</dd>
                <dt>{ t.kind_of_instrument }</dt>
                <dd><FieldValue card={i} entry={entry.clone()} field={Field::Type(i)} label={t.kind_of_instrument}
                    display={Some(AttrValue::from(t.agreement_type(a.kind.label())))} choices={types} /></dd>
                <dt>{ t.parties }</dt>
                <dd>
                    if a.parties.is_empty() { <span class="missing">{ t.none }</span> }
                    else { <ul class="parties">{ for parties }</ul> }
                </dd>
                <dt>{ t.signatories }</dt>
                <dd>
                    if a.signatories.is_empty() { <span class="missing">{ t.none }</span> }
                    else { <ul class="signatories">{ for signatories }</ul> }
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
                    display={scope.map(AttrValue::from)} parts={scope_parts} /></dd>
                <dt>{ t.summary }</dt>
                <dd><FieldValue card={i} entry={entry.clone()} field={Field::Summary} label={t.summary}
                    display={(!summary.is_empty()).then(|| AttrValue::from(summary.clone()))} long=true /></dd>
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
    let record = p.entry.record();
    let summary = summary_text(&record);
    html! {
        <article class="card no-agreement" aria-labelledby="card-none-h">
            <h3 id="card-none-h">{ t.no_agreement }</h3>
            <p>{ t.no_agreement_reason }</p>
            <dl>
                <dt>{ t.title }</dt>
                <dd><FieldValue entry={p.entry.clone()} field={Field::Title} label={t.title}
                    display={record.title.clone().map(AttrValue::from)} /></dd>
                <dt>{ t.summary }</dt>
                <dd><FieldValue entry={p.entry.clone()} field={Field::Summary} label={t.summary}
                    display={(!summary.is_empty()).then(|| AttrValue::from(summary.clone()))} long=true /></dd>
            </dl>
        </article>
    }
}
