//! The library: every analyzed article, searchable and filterable, to open, tick for
//! export, remove, or clear (after confirmation); exports and the JSON import.

use accord_core::sort::Set;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::Ctx;
use crate::model::{entry_date, Filter, SCOPE_LABELS};
use crate::services::files;
use crate::services::ops::ExportKind;
use crate::state::Action;

fn input_value(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(el) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        el.value()
    } else if let Some(el) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        el.value()
    } else {
        String::new()
    }
}

/// How many rows the list shows before "Show all" (a long list slows every update).
const LIST_LIMIT: usize = 100;

/// The library panel.
#[function_component(Library)]
pub fn library() -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let show_all = use_state(|| false);
    let s = &ctx.state;
    let t = s.lang.t();

    let set = |f: fn(&mut Filter, String)| {
        let state = s.clone();
        Callback::from(move |e: Event| {
            let mut filter = state.filter.clone();
            f(&mut filter, input_value(&e));
            state.dispatch(Action::SetFilter(filter));
        })
    };
    let set_query = {
        let state = s.clone();
        Callback::from(move |e: InputEvent| {
            let mut filter = state.filter.clone();
            filter.query = input_value(&e.into());
            state.dispatch(Action::SetFilter(filter));
        })
    };

    let mut parties = Set::new();
    let mut countries = Set::new();
    let mut scopes = Set::new();
    for e in &s.library {
        for a in e.record().agreements {
            for p in a.parties {
                countries.extend(p.country.clone());
                parties.insert(p.name);
            }
            scopes.extend(a.scope.into_iter().map(|x| x.label));
        }
    }
    let options = |values: Vec<(String, String)>, current: &str| {
        html! {
            <>
                <option value="" selected={current.is_empty()}>{ t.any }</option>
                { for values.into_iter().map(|(v, l)| html! { <option selected={v == current} value={v.clone()}>{ l }</option> }) }
            </>
        }
    };
    let scope_choices: Vec<(String, String)> = SCOPE_LABELS
        .iter()
        .filter(|l| scopes.contains(**l))
        .map(|l| (l.to_string(), t.scope_label(l)))
        .collect();

    let visible = s.visible();
    let export_set = s.export_set();
    let export = |kind: ExportKind, name: &str| {
        let ops = ctx.ops.clone();
        let entries: Vec<std::rc::Rc<crate::model::Entry>> =
            export_set.iter().map(|e| (*e).clone()).collect();
        let label = t.export_as(name, s.checked.len(), s.library.len());
        let onclick = Callback::from(move |_| {
            ops.export(
                kind,
                &entries.iter().map(|e| e.as_ref()).collect::<Vec<_>>(),
            )
        });
        html! { <button type="button" disabled={export_set.is_empty()} onclick={onclick}>{ label }</button> }
    };
    let on_import = {
        let (ops, lang) = (ctx.ops.clone(), s.lang);
        Callback::from(move |e: Event| {
            if let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                if let Some(f) = files::list(el.files()).into_iter().next() {
                    ops.import(f, lang);
                }
                el.set_value("");
            }
        })
    };
    let check_visible = {
        let state = s.clone();
        Callback::from(move |_| state.dispatch(Action::CheckVisible))
    };
    let uncheck_all = {
        let state = s.clone();
        Callback::from(move |_| state.dispatch(Action::UncheckAll))
    };
    let ask_clear = {
        let state = s.clone();
        Callback::from(move |_| state.dispatch(Action::AskClear(true)))
    };
    let cancel_clear = {
        let state = s.clone();
        Callback::from(move |_| state.dispatch(Action::AskClear(false)))
    };
    let confirm_clear = {
        let ops = ctx.ops.clone();
        Callback::from(move |_| ops.clear())
    };

    let limit = if *show_all { usize::MAX } else { LIST_LIMIT };
    let hidden = visible.len().saturating_sub(limit);
    let more = {
        let show_all = show_all.clone();
        Callback::from(move |_| show_all.set(true))
    };
    let items = visible.iter().take(limit).map(|e| {
        let r = e.record();
        let id = e.id.clone();
        let title = e.display_title();
        let open = {
            let (state, id) = (s.clone(), id.clone());
            Callback::from(move |_| state.dispatch(Action::Select(id.clone())))
        };
        let toggle = {
            let (state, id) = (s.clone(), id.clone());
            Callback::from(move |_| state.dispatch(Action::ToggleCheck(id.clone())))
        };
        let remove = {
            let (ops, id) = (ctx.ops.clone(), id.clone());
            Callback::from(move |_| ops.remove(id.clone()))
        };
        let names: Vec<String> = r.agreements.iter().flat_map(|a| a.parties.iter().map(|p| p.name.clone())).collect();
        let check_id = format!("check-{id}");
        let current = s.selected.as_ref() == Some(&id);
        html! {
            <li key={id.clone()} class={classes!("lib-item", current.then_some("current"))} data-id={id.clone()}>
                <input type="checkbox" id={check_id.clone()} checked={s.checked.contains(&id)} onchange={toggle} />
                <label for={check_id} class="visually-hidden">{ format!("{}: {title}", t.select) }</label>
                <div class="lib-main">
                    <button type="button" class="link lib-title" aria-current={current.then_some("true")} onclick={open}>{ title.clone() }</button>
                    <span class="lib-meta">
                        { entry_date(e, &r).unwrap_or_default() }
                        if let Some(f) = &e.file_name { { format!(" · {f}") } }
                        if !names.is_empty() { { format!(" · {}", names.join(", ")) } }
                        if !r.is_agreement { { format!(" · {}", t.no_agreement) } }
                        if !e.corrections.is_empty() { { format!(" · {}", t.edited) } }
                    </span>
                </div>
                <button type="button" class="small" aria-label={format!("{} — {title}", t.remove)} onclick={remove}>{ t.remove }</button>
            </li>
        }
    });

    html! {
        <section class="panel library" aria-labelledby="library-heading">
            <h2 id="library-heading">{ t.library }{ " " }<span class="count">{ t.count(visible.len(), s.library.len()) }</span></h2>
            <div class="filters">
                <div class="field grow">
                    <label for="lib-search">{ t.search }</label>
                    <input id="lib-search" type="search" value={s.filter.query.clone()} oninput={set_query} />
                </div>
                <div class="field">
                    <label for="lib-party">{ t.parties }</label>
                    <select id="lib-party" onchange={set(|f, v| f.party = v)}>
                        { options(parties.into_iter().map(|p| (p.clone(), p)).collect(), &s.filter.party) }
                    </select>
                </div>
                <div class="field">
                    <label for="lib-country">{ t.country }</label>
                    <select id="lib-country" onchange={set(|f, v| f.country = v)}>
                        { options(countries.into_iter().map(|c| (c.clone(), c)).collect(), &s.filter.country) }
                    </select>
                </div>
                <div class="field">
                    <label for="lib-scope">{ t.scope }</label>
                    <select id="lib-scope" onchange={set(|f, v| f.scope = v)}>{ options(scope_choices, &s.filter.scope) }</select>
                </div>
                <div class="field">
                    <label for="lib-from">{ t.from }</label>
                    <input id="lib-from" type="date" value={s.filter.from.clone()} onchange={set(|f, v| f.from = v)} />
                </div>
                <div class="field">
                    <label for="lib-to">{ t.to }</label>
                    <input id="lib-to" type="date" value={s.filter.to.clone()} onchange={set(|f, v| f.to = v)} />
                </div>
            </div>
            <div class="toolbar" role="group" aria-label={t.export}>
                <span class="toolbar-label">{ t.export }{ ":" }</span>
                { export(ExportKind::Json, "JSON") }
                { export(ExportKind::Jsonl, "JSON Lines") }
                { export(ExportKind::Csv, "CSV") }
                if s.checked.is_empty() {
                    <button type="button" disabled={visible.is_empty()} onclick={check_visible}>{ t.select_shown(visible.len()) }</button>
                } else {
                    <button type="button" onclick={uncheck_all}>{ t.clear_selection }</button>
                }
                <input id="import-json" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_import} />
                <label for="import-json" class="button">{ t.import_json }</label>
                if !s.library.is_empty() && !s.confirm_clear {
                    <button type="button" class="danger" onclick={ask_clear}>{ t.clear_library }</button>
                }
            </div>
            if s.confirm_clear {
                <div class="confirm" role="group" aria-labelledby="confirm-text">
                    <p id="confirm-text">{ t.confirm_clear(s.library.len()) }</p>
                    <button type="button" class="danger" id="confirm-clear" onclick={confirm_clear}>{ t.delete_all }</button>
                    <button type="button" onclick={cancel_clear}>{ t.cancel }</button>
                </div>
            }
            if s.library.is_empty() {
                <p class="empty">{ t.library_empty }</p>
            } else if visible.is_empty() {
                <p class="empty">{ t.no_match }</p>
            } else {
                <ul class="lib-list">{ for items }</ul>
                if hidden > 0 {
                    <button type="button" class="more" onclick={more}>{ t.show_more(hidden) }</button>
                }
            }
        </section>
    }
}
