//! Registers the service worker (`sw.js`, written by the post-build hook with the list of
//! the build's files) so that the app works offline after one visit.

use wasm_bindgen::JsValue;

/// Registers `sw.js` when the browser supports service workers (secure contexts only).
/// Debug builds (`trunk serve`) register none, so that a reload always shows the new build.
pub fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let promise = navigator.service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // A failed registration only means no offline use; the app itself works.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
