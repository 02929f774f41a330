//! The corrections of the whole article (whether it reports an agreement, an agreement the
//! engine missed, undo) and its history: every correction with its time, the value before
//! and what the engine had extracted.

use std::rc::Rc;

use accord_core::AgreementType;
use yew::prelude::*;

use crate::app::Ctx;
use crate::corrections::{history, Op};
use crate::model::Entry;

/// Props of [`Corrections`].
#[derive(Properties, PartialEq)]
pub struct CorrectionsProps {
    /// The entry.
    pub entry: Rc<Entry>,
    /// Whether the corrected record reports an agreement.
    pub is_agreement: bool,
    /// Whether a person set that.
    pub edited: bool,
}

/// The article-wide corrections.
#[function_component(Corrections)]
pub fn corrections(p: &CorrectionsProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    let toggle = {
        let (ops, entry, value) = (ctx.ops.clone(), p.entry.clone(), !p.is_agreement);
        Callback::from(move |_: Event| ops.correct(&entry, Op::SetIsAgreement { value }))
    };
    let add = {
        let (ops, entry) = (ctx.ops.clone(), p.entry.clone());
        Callback::from(move |_: MouseEvent| {
            ops.correct(
                &entry,
                Op::AddAgreement {
                    kind: AgreementType::default(),
                },
            )
        })
    };
    let undo = {
        let (ops, entry) = (ctx.ops.clone(), p.entry.clone());
        Callback::from(move |_: MouseEvent| ops.undo(&entry))
    };
    html! {
        <div class="corrections toolbar">
            <span class="value-wrap">
                <input type="checkbox" id="is-agreement" checked={p.is_agreement} onchange={toggle} />
                <label for="is-agreement" class="inline">{ t.reports_agreement }</label>
                if p.edited {
                    <span class="badge" data-edited="true">{ t.edited }</span>
                }
            </span>
            <button type="button" class="small" id="add-agreement" onclick={add}>{ t.add_agreement }</button>
            <button type="button" class="small" id="undo" disabled={p.entry.corrections.is_empty()}
                onclick={undo}>{ t.undo }</button>
        </div>
    }
}

/// Props of [`History`].
#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    /// The entry.
    pub entry: Rc<Entry>,
}

/// The article's history of corrections, newest first.
#[function_component(History)]
pub fn history_list(p: &HistoryProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    let steps = history(&p.entry.extracted, &p.entry.corrections);
    html! {
        <section class="history" aria-labelledby="history-h">
            <h3 id="history-h">{ t.history }{ format!(" ({})", steps.len()) }</h3>
            if steps.is_empty() {
                <p class="empty">{ t.no_history }</p>
            } else {
                <ol class="history-list" reversed=true>
                    { for steps.iter().rev().map(|s| html! {
                        <li class={classes!((!s.applied).then_some("skipped"))}>
                            <time datetime={s.at.clone()}>{ t.when(&s.at) }</time>{ " — " }{ t.step(s) }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}
