//! Files from the picker or a drop: the list, the bytes, the date on the file.

use wasm_bindgen_futures::JsFuture;

/// The files of a `FileList`.
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// The bytes of a file.
pub async fn bytes(file: &web_sys::File) -> Result<js_sys::Uint8Array, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| super::storage::reason(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer))
}

/// The file's last-modified day (local calendar) as `YYYY-MM-DD`.
pub fn modified_day(file: &web_sys::File) -> Option<String> {
    let ms = file.last_modified();
    if !ms.is_finite() || ms <= 0.0 {
        return None;
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    accord_core::Date::new(y as i32, m as u8, day as u8).map(|d| d.to_string())
}

type Listener = (
    &'static str,
    wasm_bindgen::closure::Closure<dyn FnMut(web_sys::DragEvent)>,
);

/// Window-wide drag-and-drop listeners, removed when dropped.
pub struct DropListeners {
    listeners: Vec<Listener>,
}

impl DropListeners {
    /// Listens on the window: files dropped, text dropped, and whether something is being
    /// dragged over (for the overlay).
    pub fn new(
        on_files: impl Fn(Vec<web_sys::File>) + 'static,
        on_text: impl Fn(String) + 'static,
        on_drag: impl Fn(bool) + 'static,
    ) -> DropListeners {
        use std::rc::Rc;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let on_drag = Rc::new(on_drag);
        let mut listeners: Vec<Listener> = Vec::new();
        let d = on_drag.clone();
        listeners.push((
            "dragenter",
            Closure::new(move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                d(true);
            }),
        ));
        listeners.push((
            "dragover",
            Closure::new(move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                if let Some(dt) = ev.data_transfer() {
                    dt.set_drop_effect("copy");
                }
            }),
        ));
        let d = on_drag.clone();
        listeners.push((
            "dragleave",
            Closure::new(move |ev: web_sys::DragEvent| {
                if ev.related_target().is_none() {
                    d(false);
                }
            }),
        ));
        let d = on_drag;
        listeners.push((
            "drop",
            Closure::new(move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                d(false);
                let Some(dt) = ev.data_transfer() else { return };
                let files = list(dt.files());
                if !files.is_empty() {
                    on_files(files);
                } else if let Ok(text) = dt.get_data("text/plain") {
                    if !text.trim().is_empty() {
                        on_text(text);
                    }
                }
            }),
        ));
        if let Some(window) = web_sys::window() {
            for (name, c) in &listeners {
                let _ = window.add_event_listener_with_callback(name, c.as_ref().unchecked_ref());
            }
        }
        DropListeners { listeners }
    }
}

impl Drop for DropListeners {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        if let Some(window) = web_sys::window() {
            for (name, c) in &self.listeners {
                let _ =
                    window.remove_event_listener_with_callback(name, c.as_ref().unchecked_ref());
            }
        }
    }
}
