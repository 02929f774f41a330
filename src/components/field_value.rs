//! One value of a record: a button that highlights its evidence in the text, an Edit
//! button that turns it into an input, and, when a person set it, an "edited" mark, what
//! the engine had extracted, and a Reset button.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::Ctx;
use crate::model::{Entry, Field};
use crate::services::dom;
use crate::state::Action;

/// Props of [`FieldValue`].
#[derive(Properties, PartialEq)]
pub struct FieldValueProps {
    /// The entry the value belongs to.
    pub entry: Rc<Entry>,
    /// Which value.
    pub field: Field,
    /// What it is, for screen readers ("Party 1").
    pub label: AttrValue,
    /// The value in words; `None` when the engine found none.
    pub display: Option<AttrValue>,
    /// For closed lists: `(value, label)` choices for a select.
    #[prop_or_default]
    pub choices: Vec<(String, String)>,
    /// Every surface form of a party (name and aliases), as JSON, for tests and tools.
    #[prop_or_default]
    pub names: Option<AttrValue>,
    /// Edit in a multi-line box.
    #[prop_or_default]
    pub long: bool,
    /// Which card the value is on (ids stay unique when a value shows on several cards).
    #[prop_or_default]
    pub card: usize,
    /// A list value shown as separate parts, each with its own evidence (scope areas).
    #[prop_or_default]
    pub parts: Vec<(AttrValue, Vec<accord_core::Span>)>,
    /// The value as text in the corrected record (what the edit box starts from).
    #[prop_or_default]
    pub current: Option<String>,
    /// Its evidence in the corrected record.
    #[prop_or_default]
    pub spans: Vec<accord_core::Span>,
    /// Whether a person set it.
    #[prop_or_default]
    pub edited: bool,
    /// What the engine had extracted for it (shown beside a value a person set).
    #[prop_or_default]
    pub engine: Option<AttrValue>,
}

/// An editable value with its evidence.
#[function_component(FieldValue)]
pub fn field_value(p: &FieldValueProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    let editing = use_state(|| false);
    let draft = use_state(String::new);
    let key = p.field.key();
    let dom_id = format!("v{}-{}", p.card, key.replace('.', "-"));
    let input_id = format!("{dom_id}-input");
    let edit_id = format!("{dom_id}-edit");
    {
        // Keyboard users land in the input when editing starts, and back on the Edit
        // button when it ends.
        let was_editing = use_mut_ref(|| false);
        let (input_id, edit_id) = (input_id.clone(), edit_id.clone());
        use_effect_with(*editing, move |now| {
            let mut was = was_editing.borrow_mut();
            if *now {
                dom::focus(&input_id);
            } else if *was {
                dom::focus(&edit_id);
            }
            *was = *now;
        });
    }
    let edited = p.edited;
    let current = p.current.clone();
    let active = ctx
        .state
        .highlight
        .as_ref()
        .is_some_and(|h| h.entry_id == p.entry.id && h.key == key);

    let show = {
        let (state, entry_id, spans, key) = (
            ctx.state.clone(),
            p.entry.id.clone(),
            p.spans.clone(),
            key.clone(),
        );
        Callback::from(move |_| {
            state.dispatch(Action::Highlight {
                entry_id: entry_id.clone(),
                key: key.clone(),
                spans: spans.clone(),
            })
        })
    };
    let start_edit = {
        let (editing, draft, current) = (editing.clone(), draft.clone(), current.clone());
        Callback::from(move |_| {
            draft.set(current.clone().unwrap_or_default());
            editing.set(true);
        })
    };
    let save = {
        let (ops, entry, field, editing, draft) = (
            ctx.ops.clone(),
            p.entry.clone(),
            p.field.clone(),
            editing.clone(),
            draft.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            ops.edit(&entry, &field, Some((*draft).clone()));
            editing.set(false);
        })
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(false))
    };
    let on_key = {
        let editing = editing.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                editing.set(false);
            }
        })
    };
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let Some(target) = e.target() else { return };
            if let Some(el) = target.dyn_ref::<web_sys::HtmlInputElement>() {
                draft.set(el.value());
            } else if let Some(el) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
                draft.set(el.value());
            } else if let Some(el) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                draft.set(el.value());
            }
        })
    };
    let reset = {
        let (ops, entry, field) = (ctx.ops.clone(), p.entry.clone(), p.field.clone());
        Callback::from(move |_| ops.edit(&entry, &field, None))
    };

    if *editing {
        let input = if !p.choices.is_empty() {
            html! {
                <select id={input_id.clone()} onchange={on_input.clone()} oninput={on_input.reform(|e: InputEvent| Event::from(e))}>
                    { for p.choices.iter().map(|(v, l)| html! {
                        <option value={v.clone()} selected={*v == *draft}>{ l }</option>
                    }) }
                </select>
            }
        } else if p.long {
            html! { <textarea id={input_id.clone()} rows="4" value={(*draft).clone()}
            oninput={on_input.reform(|e: InputEvent| Event::from(e))} /> }
        } else {
            html! { <input id={input_id.clone()} type="text" value={(*draft).clone()}
            oninput={on_input.reform(|e: InputEvent| Event::from(e))} /> }
        };
        return html! {
            <form class="edit-form" onsubmit={save} onkeydown={on_key}>
                <label for={input_id} class="visually-hidden">{ format!("{} — {}", p.label, t.edit) }</label>
                { input }
                <button type="submit" class="small primary">{ t.save }</button>
                <button type="button" class="small" onclick={cancel}>{ t.cancel }</button>
            </form>
        };
    }

    let shown = p.display.clone();
    let value = if p.parts.is_empty() {
        html! {
            <button type="button" id={dom_id} class={classes!("value", shown.is_none().then_some("missing"))}
                aria-pressed={active.to_string()} data-field={key.clone()} data-names={p.names.clone()}
                onclick={show}>
                { shown.clone().unwrap_or_else(|| AttrValue::from(t.none)) }
            </button>
        }
    } else {
        p.parts
            .iter()
            .enumerate()
            .map(|(n, (text, spans))| {
                let part_key = format!("{key}#{n}");
                let pressed = ctx
                    .state
                    .highlight
                    .as_ref()
                    .is_some_and(|h| h.entry_id == p.entry.id && h.key == part_key);
                let onclick = {
                    let (state, entry_id, spans, part_key) = (
                        ctx.state.clone(),
                        p.entry.id.clone(),
                        spans.clone(),
                        part_key.clone(),
                    );
                    Callback::from(move |_| {
                        state.dispatch(Action::Highlight {
                            entry_id: entry_id.clone(),
                            key: part_key.clone(),
                            spans: spans.clone(),
                        })
                    })
                };
                html! {
                    <button type="button" class="value part" aria-pressed={pressed.to_string()}
                        data-field={part_key} onclick={onclick}>{ text.clone() }</button>
                }
            })
            .collect::<Html>()
    };
    html! {
        <span class={classes!("value-wrap", edited.then_some("is-edited"))}>
            { value }
            if edited {
                <span class="badge" data-edited="true">{ t.edited }</span>
                <span class="was" data-engine="true">{ format!("({} {})", t.engine_had, p.engine.as_deref().unwrap_or(t.none)) }</span>
            }
            <button type="button" id={edit_id} class="small icon" aria-label={format!("{} — {}", t.edit, p.label)}
                title={t.edit} onclick={start_edit}>{ "✎" }</button>
            if edited {
                <button type="button" class="small icon" aria-label={format!("{} — {}", t.reset, p.label)}
                    title={t.reset} onclick={reset}>{ "↺" }</button>
            }
        </span>
    }
}
