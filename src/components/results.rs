//! The selected article: where it came from, one card per agreement (or the "no agreement
//! found" card), and the analyzed text with the evidence of the clicked value.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::Ctx;
use crate::components::agreement_card::{AgreementCard, NoAgreementCard};
use crate::components::article_text::ArticleText;
use crate::components::history::{Corrections, History};
use crate::services::dom;
use crate::state::Action;

/// The results panel.
#[function_component(Results)]
pub fn results() -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let s = &ctx.state;
    let t = s.lang.t();
    use_effect_with(s.focus_seq, |seq| {
        if *seq > 0 {
            dom::focus("results-heading");
        }
    });
    let entry = s.selected_entry().cloned();
    let text: Rc<str> = use_memo(
        entry
            .as_ref()
            .map(|e| (e.id.clone(), e.analyzed_text().len())),
        {
            let entry = entry.clone();
            move |_| Rc::<str>::from(entry.as_ref().map(|e| e.analyzed_text()).unwrap_or(""))
        },
    )
    .as_ref()
    .clone();
    let body = match &entry {
        None => html! { <p class="empty">{ t.nothing_yet }</p> },
        Some(e) => {
            let corrected = e.corrected();
            let record = &corrected.record;
            let (spans, seq, no_evidence) = match &s.highlight {
                Some(h) if h.entry_id == e.id => (h.spans.clone(), h.seq, h.spans.is_empty()),
                _ => (Vec::new(), 0, false),
            };
            let source = e.file_name.clone().unwrap_or_else(|| "—".into());
            let published_active = s
                .highlight
                .as_ref()
                .is_some_and(|h| h.entry_id == e.id && h.key == "published");
            let show_published = {
                let (state, entry_id) = (ctx.state.clone(), e.id.clone());
                let spans = e.extracted.published_evidence.clone();
                Callback::from(move |_| {
                    state.dispatch(Action::Highlight {
                        entry_id: entry_id.clone(),
                        key: "published".into(),
                        spans: spans.clone(),
                    })
                })
            };
            html! {
                <>
                    <p class="meta">
                        <span>{ source }</span>
                        if let Some(d) = record.published {
                            <span>{ format!(" · {} ", t.published) }</span>
                            <button type="button" class="value" aria-pressed={published_active.to_string()}
                                data-field="published" onclick={show_published}>{ t.date_words(d) }</button>
                        }
                        if let Some(d) = &e.reference_date {
                            <span>{ format!(" · {} {d}", t.reference_date) }</span>
                        }
                    </p>
                    if s.unsaved.as_ref().is_some_and(|u| u.id == e.id) {
                        <p class="warning">{ t.not_saved }</p>
                    }
                    <div class="cards">
                        if record.agreements.is_empty() {
                            <NoAgreementCard key={e.id.clone()} entry={e.clone()} />
                        } else {
                            { for (0..record.agreements.len()).map(|i| html! {
                                <AgreementCard key={format!("{}-{i}", e.id)} entry={e.clone()} index={i} />
                            }) }
                        }
                    </div>
                    <Corrections entry={e.clone()} is_agreement={record.is_agreement}
                        edited={corrected.marks.is_agreement} />
                    <ArticleText text={text} spans={spans} seq={seq} no_evidence={no_evidence}
                        entry={e.clone()} agreements={record.agreements.len()} />
                    <History entry={e.clone()} />
                </>
            }
        }
    };
    html! {
        <section class="panel results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1">{ t.results_heading }</h2>
            { body }
        </section>
    }
}
