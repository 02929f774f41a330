//! A rendered copy of the analyzed text with the selected value's evidence in `<mark>`s,
//! scrolled into view. The text is rendered as text nodes (never as HTML), so a hostile
//! page shows as its words.
//!
//! Selecting words in it offers to make them a party, a signatory, the place or the
//! signing date of an agreement, with the selection as the value's evidence.

use std::rc::Rc;

use accord_core::{AgreementType, PartyKind, Span};
use yew::prelude::*;

use crate::app::Ctx;
use crate::corrections::Op;
use crate::model::{EditError, Entry, Field};
use crate::services::dom;
use crate::state::{Action, Event as Notice};
use crate::text::{parse_date_words, segments, selection_span};

/// Props of [`ArticleText`].
#[derive(Properties, PartialEq)]
pub struct ArticleTextProps {
    /// The text the offsets refer to.
    pub text: Rc<str>,
    /// The evidence to mark.
    pub spans: Vec<Span>,
    /// Bumped on every click of a value (scrolls again).
    pub seq: u64,
    /// Whether a value without evidence was clicked.
    pub no_evidence: bool,
    /// The entry the text belongs to (selections correct it).
    pub entry: Rc<Entry>,
    /// How many agreements its corrected record has.
    pub agreements: usize,
}

/// What selected words become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Party,
    Signatory,
    Place,
    Date,
}

/// The analyzed text.
#[function_component(ArticleText)]
pub fn article_text(p: &ArticleTextProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    let selection = use_state(|| None::<Span>);
    let agreement = use_state(|| 0usize);
    use_effect_with(p.seq, |seq| {
        if *seq > 0 {
            dom::scroll_to_mark();
        }
    });
    {
        // Another article: forget the selection.
        let selection = selection.clone();
        use_effect_with(p.entry.id.clone(), move |_| selection.set(None));
    }
    let pieces = segments(&p.text, &p.spans).into_iter().map(|s| {
        if s.marked {
            html! { <mark class="evidence">{ s.text }</mark> }
        } else {
            html! { { s.text } }
        }
    });
    let on_select = {
        let (selection, text) = (selection.clone(), p.text.clone());
        Callback::from(move |_: ()| {
            let span =
                dom::selection_in("analyzed-text").and_then(|(a, b)| selection_span(&text, a, b));
            selection.set(span);
        })
    };
    let use_as = |target: Target| {
        let (ops, entry, state, text) = (
            ctx.ops.clone(),
            p.entry.clone(),
            ctx.state.clone(),
            p.text.clone(),
        );
        let (selection, n) = (selection.clone(), p.agreements);
        let a = (*agreement).min(n.saturating_sub(1));
        Callback::from(move |_: MouseEvent| {
            let Some(span) = *selection else { return };
            let Some(words) = text.get(span.start..span.end) else {
                return;
            };
            let evidence = vec![span];
            let mut list = Vec::new();
            if n == 0 {
                list.push(Op::AddAgreement {
                    kind: AgreementType::default(),
                });
            }
            list.push(match target {
                Target::Party => Op::AddParty {
                    agreement: a,
                    name: words.to_string(),
                    kind: PartyKind::Other,
                    evidence,
                },
                Target::Signatory => Op::AddSignatory {
                    agreement: a,
                    name: words.to_string(),
                    role: None,
                    evidence,
                },
                Target::Place => Op::Set {
                    field: Field::Location(a).key(),
                    value: words.to_string(),
                    evidence,
                },
                Target::Date => match parse_date_words(words) {
                    Some(d) => Op::Set {
                        field: Field::SignedOn(a).key(),
                        value: d.to_string(),
                        evidence,
                    },
                    None => {
                        state.dispatch(Action::Notify(Notice::EditRefused(EditError::NotADate)));
                        return;
                    }
                },
            });
            ops.correct_all(&entry, list);
            selection.set(None);
        })
    };
    let on_agreement = {
        let agreement = agreement.clone();
        Callback::from(move |e: web_sys::Event| {
            use wasm_bindgen::JsCast;
            if let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                agreement.set(el.value().parse().unwrap_or(0));
            }
        })
    };
    let tool = (*selection).map(|span| {
        let words: String = p.text.get(span.start..span.end).unwrap_or("").chars().take(60).collect();
        html! {
            <div class="selection-tool" role="group" aria-label={t.selection_as}>
                <span class="toolbar-label">{ format!("{} — {words}:", t.selection_as) }</span>
                if p.agreements > 1 {
                    <label for="selection-agreement" class="visually-hidden">{ t.for_agreement }</label>
                    <select id="selection-agreement" onchange={on_agreement}>
                        { for (0..p.agreements).map(|i| html! {
                            <option value={i.to_string()} selected={i == *agreement}>{ format!("{} {}", t.for_agreement, i + 1) }</option>
                        }) }
                    </select>
                }
                <button type="button" class="small" onclick={use_as(Target::Party)}>{ t.as_party }</button>
                <button type="button" class="small" onclick={use_as(Target::Signatory)}>{ t.as_signatory }</button>
                <button type="button" class="small" onclick={use_as(Target::Place)}>{ t.as_place }</button>
                <button type="button" class="small" onclick={use_as(Target::Date)}>{ t.as_date }</button>
            </div>
        }
    });
    html! {
        <section class="article-copy" aria-labelledby="copy-h">
            <h3 id="copy-h">{ t.analyzed_text }</h3>
            <p class="evidence-status" role="status">{ if p.no_evidence { t.no_evidence } else { "" } }</p>
            { for tool }
            <div id="analyzed-text" class="article-text" tabindex="0" role="region" aria-labelledby="copy-h"
                onmouseup={on_select.reform(|_: MouseEvent| ())}
                onkeyup={on_select.reform(|_: KeyboardEvent| ())}>{ for pieces }</div>
        </section>
    }
}
