//! The page's side of the grouping worker (a second instance of the analysis worker's
//! script): it holds the records sent so far, so that each regrouping sends only the
//! records that are new or changed, keeps at most one request in flight (a newer request
//! replaces the one waiting), and turns a crash or a worker that cannot start into an
//! error for the request, never a page that waits forever.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use accord_core::group::{Decision, Grouping};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::job::{self, GroupReply, GroupRequest};
use crate::model::Entry;
use crate::tracker;

/// What a request's answer goes to.
pub type OnGrouping = Rc<dyn Fn(Result<Rc<Grouping>, String>)>;

/// One grouping to compute.
#[derive(Clone)]
struct Request {
    /// Every entry of the library (to forget the records of removed ones).
    library: Vec<Rc<Entry>>,
    /// The entries to group.
    visible: Vec<Rc<Entry>>,
    decisions: Vec<Decision>,
    /// Send every record again (after the worker said it lacks one).
    reset: bool,
    reply: OnGrouping,
}

#[derive(Default)]
struct Inner {
    worker: Option<web_sys::Worker>,
    ready: bool,
    /// The entries whose records the worker holds, by id.
    sent: HashMap<String, Rc<Entry>>,
    in_flight: Option<Request>,
    waiting: Option<Request>,
    seq: u64,
    on_message: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    on_error: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

/// A handle on the grouping worker (started with the first library to group).
#[derive(Clone, Default)]
pub struct Grouper(Rc<RefCell<Inner>>);

impl Grouper {
    /// Groups `visible` (with `decisions`); `reply` gets the grouping, unless a newer
    /// request replaced this one before it was sent.
    pub fn request(
        &self,
        library: Vec<Rc<Entry>>,
        visible: Vec<Rc<Entry>>,
        decisions: Vec<Decision>,
        reply: OnGrouping,
    ) {
        if visible.is_empty() {
            // Nothing to group: no need to start the worker.
            self.0.borrow_mut().waiting = None;
            return reply(Ok(Rc::new(Grouping::default())));
        }
        self.0.borrow_mut().waiting = Some(Request {
            library,
            visible,
            decisions,
            reset: false,
            reply,
        });
        if let Err(reason) = self.ensure_worker() {
            let waiting = self.0.borrow_mut().waiting.take();
            if let Some(req) = waiting {
                (req.reply)(Err(reason));
            }
            return;
        }
        self.send_next();
    }

    fn ensure_worker(&self) -> Result<(), String> {
        if self.0.borrow().worker.is_some() {
            return Ok(());
        }
        let worker = web_sys::Worker::new(super::analysis::WORKER_URL)
            .map_err(|e| super::storage::reason(&e))?;
        let me = self.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                me.on_message(ev.data());
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let me = self.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            me.on_crash();
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut inner = self.0.borrow_mut();
        inner.on_message = Some(on_message);
        inner.on_error = Some(on_error);
        inner.worker = Some(worker);
        inner.ready = false;
        inner.sent.clear();
        Ok(())
    }

    /// Sends the waiting request, if the worker is ready and has nothing in flight.
    fn send_next(&self) {
        let (worker, req, json) = {
            let mut inner = self.0.borrow_mut();
            let Some(worker) = inner.worker.clone() else {
                return;
            };
            if !inner.ready || inner.in_flight.is_some() {
                return;
            }
            let Some(req) = inner.waiting.take() else {
                return;
            };
            inner.seq += 1;
            let seq = inner.seq;
            let msg = message(&mut inner.sent, seq, &req);
            (worker, req, msg)
        };
        let sent = json.and_then(|json| {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"group".into(), &JsValue::from_str(&json));
            worker
                .post_message(&msg)
                .map_err(|e| super::storage::reason(&e))
        });
        match sent {
            Ok(()) => self.0.borrow_mut().in_flight = Some(req),
            Err(reason) => {
                self.0.borrow_mut().sent.clear();
                (req.reply)(Err(reason));
                self.send_next();
            }
        }
    }

    fn on_message(&self, data: JsValue) {
        let Some(text) = data.as_string() else { return };
        if text == super::worker_host::READY {
            self.0.borrow_mut().ready = true;
            return self.send_next();
        }
        let outcome = crate::wire::group_reply(&text).and_then(GroupReply::outcome);
        let Some(req) = self.0.borrow_mut().in_flight.take() else {
            return;
        };
        match outcome {
            Ok(grouping) => (req.reply)(Ok(Rc::new(grouping))),
            Err(reason) => {
                let retry = {
                    let mut inner = self.0.borrow_mut();
                    inner.sent.clear();
                    // Once, with every record, unless a newer request is waiting.
                    let retry = !req.reset && inner.waiting.is_none();
                    if retry {
                        inner.waiting = Some(Request {
                            reset: true,
                            ..req.clone()
                        });
                    }
                    retry
                };
                if !retry {
                    (req.reply)(Err(reason));
                }
            }
        }
        self.send_next();
    }

    /// The worker stopped (a panic aborts it) or could not load: the request in flight
    /// fails; a waiting one goes to a new worker, unless this one never started.
    fn on_crash(&self) {
        let (in_flight, waiting, was_ready) = {
            let mut inner = self.0.borrow_mut();
            if let Some(w) = inner.worker.take() {
                w.terminate();
            }
            inner.sent.clear();
            let was_ready = std::mem::replace(&mut inner.ready, false);
            let waiting = if was_ready {
                None
            } else {
                inner.waiting.take()
            };
            (inner.in_flight.take(), waiting, was_ready)
        };
        if let Some(req) = in_flight {
            (req.reply)(Err("the grouping stopped on an internal error".into()));
        }
        if let Some(req) = waiting {
            (req.reply)(Err("the grouping worker could not start".into()));
        }
        if was_ready && self.0.borrow().waiting.is_some() && self.ensure_worker().is_err() {
            let waiting = self.0.borrow_mut().waiting.take();
            if let Some(req) = waiting {
                (req.reply)(Err("the grouping worker could not start".into()));
            }
        }
    }
}

/// The JSON of a request: the ids in grouping order, and the records of the entries the
/// worker does not hold in this version (`sent` is updated).
fn message(
    sent: &mut HashMap<String, Rc<Entry>>,
    seq: u64,
    req: &Request,
) -> Result<String, String> {
    if req.reset {
        sent.clear();
    }
    let visible: Vec<&Rc<Entry>> = req.visible.iter().collect();
    let ordered = tracker::in_order(&visible);
    let mut add = Vec::new();
    for e in &ordered {
        let held = sent
            .get(&e.id)
            .is_some_and(|h| Rc::ptr_eq(h, e) || **h == ***e);
        if !held {
            add.push(tracker::source(e));
            sent.insert(e.id.clone(), Rc::clone(e));
        }
    }
    let known: HashSet<&str> = req.library.iter().map(|e| e.id.as_str()).collect();
    let drop: Vec<String> = sent
        .keys()
        .filter(|id| !known.contains(id.as_str()))
        .cloned()
        .collect();
    for id in &drop {
        sent.remove(id);
    }
    job::to_json(&GroupRequest {
        seq,
        reset: req.reset,
        add,
        drop,
        order: ordered.iter().map(|e| e.id.clone()).collect(),
        decisions: req.decisions.clone(),
    })
}
