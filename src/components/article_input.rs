//! The input: article text, article date, Analyze, Open files, and the progress of the
//! analyses under way.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::Ctx;
use crate::services::files;
use crate::state::Action;

/// The input panel.
#[function_component(ArticleInput)]
pub fn article_input() -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let s = &ctx.state;
    let t = s.lang.t();

    let on_text = {
        let state = s.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                state.dispatch(Action::SetDraft(el.value()));
            }
        })
    };
    let on_date = {
        let state = s.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                state.dispatch(Action::SetDraftDate(el.value()));
            }
        })
    };
    let on_submit = {
        let (ops, draft, date) = (ctx.ops.clone(), s.draft.clone(), s.draft_date.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            ops.analyze_text(draft.clone(), date.clone());
        })
    };
    let on_files = {
        let ops = ctx.ops.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                let list = files::list(el.files());
                el.set_value("");
                ops.analyze_files(list);
            }
        })
    };
    let p = &s.progress;
    html! {
        <section class="panel input-panel" aria-labelledby="input-heading">
            <h2 id="input-heading" tabindex="-1">{ t.input_heading }</h2>
            <form onsubmit={on_submit}>
                <label for="article-text">{ t.article_text }</label>
                <textarea id="article-text" rows="12" value={s.draft.clone()} oninput={on_text}
                    spellcheck="false" />
                <div class="row">
                    <div class="field">
                        <label for="article-date">{ t.article_date }</label>
                        <input id="article-date" type="date" value={s.draft_date.clone()} onchange={on_date}
                            aria-describedby="article-date-hint" />
                    </div>
                    <button type="submit" class="primary" id="analyze">{ t.analyze }</button>
                    <input id="open-files" class="visually-hidden" type="file" multiple=true
                        accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                        onchange={on_files} />
                    <label for="open-files" class="button">{ t.open_files }</label>
                </div>
                <p id="article-date-hint" class="hint">{ t.article_date_hint }</p>
                <p class="hint">{ t.drop_hint }</p>
            </form>
            if p.total > 0 {
                <div class="progress" role="status">
                    <progress max={p.total.to_string()} value={p.done.to_string()}
                        aria-label={t.analyzing}></progress>
                    <span>{ t.progress(p.done, p.total, p.failed) }</span>
                </div>
            }
        </section>
    }
}
