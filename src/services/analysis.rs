//! The page's side of the analysis worker: queues [`Job`]s until the worker says it is
//! listening, posts them in order, hands each [`JobResult`] to a callback, and survives a
//! crash of the engine (a panic aborts the worker): the job being analyzed is reported as
//! failed, a new worker is started and the jobs still waiting are sent to it.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::job::{Job, JobResult};

/// The worker script (Trunk's loader shim for the `worker` bin; workers are not hashed).
pub(crate) const WORKER_URL: &str = "worker_loader.js";

type OnResult = Rc<dyn Fn(Job, JobResult)>;

struct Inner {
    worker: Option<web_sys::Worker>,
    ready: bool,
    pending: VecDeque<(Job, Option<js_sys::Uint8Array>)>,
    on_result: OnResult,
    closures: Vec<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    error_closures: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

/// A handle on the analysis worker.
#[derive(Clone)]
pub struct Analyzer(Rc<RefCell<Inner>>);

impl Analyzer {
    /// A handle whose worker starts with the first job.
    pub fn new(on_result: impl Fn(Job, JobResult) + 'static) -> Analyzer {
        Analyzer(Rc::new(RefCell::new(Inner {
            worker: None,
            ready: false,
            pending: VecDeque::new(),
            on_result: Rc::new(on_result),
            closures: Vec::new(),
            error_closures: Vec::new(),
        })))
    }

    fn ensure_worker(&self) -> Result<web_sys::Worker, String> {
        if let Some(w) = &self.0.borrow().worker {
            return Ok(w.clone());
        }
        let worker = web_sys::Worker::new(WORKER_URL).map_err(|e| super::storage::reason(&e))?;
        let me = self.clone();
        let onmessage =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                me.on_message(ev.data());
            });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        let me = self.clone();
        let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            me.on_crash();
        });
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        let mut inner = self.0.borrow_mut();
        inner.closures.push(onmessage);
        inner.error_closures.push(onerror);
        inner.worker = Some(worker.clone());
        Ok(worker)
    }

    fn send(
        worker: &web_sys::Worker,
        job: &Job,
        bytes: Option<&js_sys::Uint8Array>,
    ) -> Result<(), String> {
        let msg = js_sys::Object::new();
        let json = crate::job::to_json(job)?;
        let _ = js_sys::Reflect::set(&msg, &"job".into(), &JsValue::from_str(&json));
        if let Some(b) = bytes {
            let _ = js_sys::Reflect::set(&msg, &"bytes".into(), b);
        }
        worker
            .post_message(&msg)
            .map_err(|e| super::storage::reason(&e))
    }

    /// Queues a job (with the file's bytes, if it is a file).
    pub fn post(&self, job: Job, bytes: Option<js_sys::Uint8Array>) {
        match self.ensure_worker() {
            Ok(worker) => {
                let ready = self.0.borrow().ready;
                if ready {
                    if let Err(reason) = Self::send(&worker, &job, bytes.as_ref()) {
                        return self.fail(job, reason);
                    }
                }
                self.0.borrow_mut().pending.push_back((job, bytes));
            }
            Err(reason) => self.fail(
                job,
                format!("the analysis worker could not start ({reason})"),
            ),
        }
    }

    fn fail(&self, job: Job, reason: String) {
        let on_result = self.0.borrow().on_result.clone();
        let result = failed(&job, reason);
        on_result(job, result);
    }

    fn on_ready(&self) {
        let (worker, jobs) = {
            let mut inner = self.0.borrow_mut();
            inner.ready = true;
            let jobs: Vec<_> = inner.pending.iter().cloned().collect();
            (inner.worker.clone(), jobs)
        };
        let Some(worker) = worker else { return };
        for (job, bytes) in jobs {
            if let Err(reason) = Self::send(&worker, &job, bytes.as_ref()) {
                self.0.borrow_mut().pending.retain(|(j, _)| j.id != job.id);
                self.fail(job, reason);
            }
        }
    }

    fn on_message(&self, data: JsValue) {
        if data.as_string().as_deref() == Some(super::worker_host::READY) {
            return self.on_ready();
        }
        let Some(result) = data
            .as_string()
            .and_then(|s| crate::job::from_json::<JobResult>(&s).ok())
        else {
            return;
        };
        let (job, on_result) = {
            let mut inner = self.0.borrow_mut();
            let pos = inner.pending.iter().position(|(j, _)| j.id == result.id);
            let job = pos.and_then(|p| inner.pending.remove(p)).map(|(j, _)| j);
            (job, inner.on_result.clone())
        };
        if let Some(job) = job {
            on_result(job, result);
        }
    }

    fn on_crash(&self) {
        let (crashed, on_result) = {
            let mut inner = self.0.borrow_mut();
            if let Some(w) = inner.worker.take() {
                w.terminate();
            }
            let was_ready = std::mem::replace(&mut inner.ready, false);
            // A worker that never got ready failed to load: every job fails.
            let crashed: Vec<_> = if was_ready {
                inner.pending.pop_front().into_iter().collect()
            } else {
                inner.pending.drain(..).collect()
            };
            (crashed, inner.on_result.clone())
        };
        for (job, _) in &crashed {
            let reason = "the engine stopped on this article (internal error)".to_string();
            on_result(job.clone(), failed(job, reason));
        }
        if !self.0.borrow().pending.is_empty() {
            // The rest go to a new worker once it is ready.
            let _ = self.ensure_worker();
        }
    }
}

fn failed(job: &Job, reason: String) -> JobResult {
    JobResult {
        id: job.id,
        batch: job.batch,
        file_name: job.file_name.clone(),
        outcome: Err(reason),
        elapsed_ms: 0.0,
    }
}
