//! Small DOM helpers: the browser language and the remembered choice, the document's
//! `lang`, focus and scrolling, and the clock (for timestamps only, never as a reference
//! date of an article).

use wasm_bindgen::JsCast;

const LANG_KEY: &str = "accord.lang";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The remembered interface language, else `navigator.language`, else `"en"`.
pub fn preferred_lang() -> String {
    let Some(window) = web_sys::window() else {
        return "en".into();
    };
    if let Some(saved) = window
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
    {
        return saved;
    }
    window.navigator().language().unwrap_or_else(|| "en".into())
}

/// Remembers the interface language and sets `<html lang>`.
pub fn apply_lang(code: &str, remember: bool) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", code);
    }
    if remember {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.set_item(LANG_KEY, code);
        }
    }
}

/// Scrolls the first highlighted evidence into view.
pub fn scroll_to_mark() {
    let Some(mark) = document().and_then(|d| d.query_selector("mark.evidence").ok().flatten())
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    mark.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Moves the keyboard focus to the element with this id.
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The current time as ISO 8601 (for "analyzed at" stamps and file names).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Milliseconds since the epoch (for ids).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The current selection inside the element with this id, as UTF-16 positions from the
/// start of its text, when it is not empty and lies inside it.
pub fn selection_in(id: &str) -> Option<(usize, usize)> {
    let doc = document()?;
    let el = doc.get_element_by_id(id)?;
    let sel = web_sys::window()?.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let inside = range.common_ancestor_container().ok()?;
    if !el.contains(Some(&inside)) {
        return None;
    }
    let before = doc.create_range().ok()?;
    before.select_node_contents(&el).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let start = before.to_string().length() as usize;
    let len = range.to_string().length() as usize;
    Some((start, start + len))
}
