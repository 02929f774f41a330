//! Inside the analysis worker: answers each message `{job: JSON, bytes?: Uint8Array}` with
//! a [`JobResult`] as JSON, and each `{group: JSON}` ([`GroupRequest`](crate::job::GroupRequest)) with a
//! [`GroupReply`] as JSON, one at a time, in order. The page runs two of these workers
//! (same script): one analyzes, one groups and holds the library's records for that.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::job::{self, GroupCache, GroupReply, Job, JobResult};

thread_local! {
    static HELD: RefCell<GroupCache> = RefCell::new(GroupCache::default());
}

/// Answers a grouping request; the page has one request at a time in flight, so even a
/// request that cannot be read gets an answer (an error).
fn group(json: &str) -> Option<String> {
    let reply = match crate::wire::group_request(json) {
        Ok(req) => GroupReply::new(req.seq, HELD.with(|held| held.borrow_mut().run(req))),
        Err(e) => GroupReply::new(
            0,
            Err(format!("the grouping request could not be read ({e})")),
        ),
    };
    Some(crate::json_out::to_string(&reply))
}

/// The message the worker sends once it listens.
pub const READY: &str = "ready";

fn handle(data: &JsValue, now: &dyn Fn() -> f64) -> Option<String> {
    if let Some(json) = js_sys::Reflect::get(data, &"group".into())
        .ok()
        .and_then(|g| g.as_string())
    {
        return group(&json);
    }
    let json = js_sys::Reflect::get(data, &"job".into())
        .ok()?
        .as_string()?;
    let job: Job = crate::wire::job(&json).ok()?;
    let bytes = js_sys::Reflect::get(data, &"bytes".into())
        .ok()
        .filter(|b| b.is_instance_of::<js_sys::Uint8Array>())
        .map(|b| js_sys::Uint8Array::from(b).to_vec());
    let t0 = now();
    let outcome = job::run(&job, bytes.as_deref());
    let result = JobResult {
        id: job.id,
        batch: job.batch,
        file_name: job.file_name,
        outcome,
        elapsed_ms: now() - t0,
    };
    Some(crate::json_out::job_result(&result, js_number))
}

/// A number as the browser writes it in JSON (`null` when not finite, as serde_json).
fn js_number(x: f64) -> String {
    js_sys::JSON::stringify(&JsValue::from_f64(x))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "null".into())
}

/// Starts answering jobs (called once, from the worker bin's `main`).
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let performance = js_sys::Reflect::get(&scope, &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok());
    let reply_to = scope.clone();
    let onmessage =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let now = || performance.as_ref().map_or(0.0, web_sys::Performance::now);
            if let Some(reply) = handle(&ev.data(), &now) {
                let _ = reply_to.post_message(&JsValue::from_str(&reply));
            }
        });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // Messages that arrive before the handler is set are lost, so the page waits for this.
    let _ = scope.post_message(&JsValue::from_str(READY));
}
