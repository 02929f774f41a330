//! The side effects of the user's actions: analyses (through the worker), library writes,
//! exports and imports. Each runs asynchronously and reports its outcome to the reducer as
//! an [`Action`]; the in-memory library changes only after a write succeeded.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use accord_core::group::{Decision, Group};
use yew::UseReducerDispatcher;

use crate::corrections::Op;
use crate::export::{self, ImportError};
use crate::i18n::UiLang;
use crate::job::{Job, JobResult};
use crate::model::{EditError, Entry, Field, SourceFormat, SCHEMA_VERSION};
use crate::services::analysis::Analyzer;
use crate::services::grouping::{Grouper, OnGrouping};
use crate::services::storage::{self, Db};
use crate::services::{dom, download, files};
use crate::state::{Action, AppState, Event};

/// The kinds of export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The full JSON export (re-importable).
    Json,
    /// One record a line.
    Jsonl,
    /// One row per agreement.
    Csv,
}

/// The key of the grouping decisions in the `meta` store.
const DECISIONS_KEY: &str = "decisions";

struct Inner {
    dispatch: UseReducerDispatcher<AppState>,
    db: RefCell<Option<Rc<Db>>>,
    analyzer: RefCell<Option<Analyzer>>,
    grouper: Grouper,
    next_id: Cell<u64>,
    session: String,
    /// New analyses waiting to be written together (one transaction, one render).
    to_save: RefCell<Vec<(Entry, Option<u64>)>>,
    flush_scheduled: Cell<bool>,
}

/// The app's side-effect runner, shared through the context.
#[derive(Clone)]
pub struct Ops(Rc<Inner>);

impl PartialEq for Ops {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Ops {
    /// A runner reporting to `dispatch`.
    pub fn new(dispatch: UseReducerDispatcher<AppState>) -> Ops {
        Ops(Rc::new(Inner {
            dispatch,
            db: RefCell::new(None),
            analyzer: RefCell::new(None),
            grouper: Grouper::default(),
            next_id: Cell::new(0),
            session: format!("{:x}", dom::now_ms() as u64),
            to_save: RefCell::new(Vec::new()),
            flush_scheduled: Cell::new(false),
        }))
    }

    fn next(&self) -> u64 {
        let n = self.0.next_id.get() + 1;
        self.0.next_id.set(n);
        n
    }

    fn send(&self, action: Action) {
        self.0.dispatch.dispatch(action);
    }

    async fn db(&self) -> Result<Rc<Db>, String> {
        if let Some(db) = self.0.db.borrow().clone() {
            return Ok(db);
        }
        let db = Rc::new(storage::open().await?);
        *self.0.db.borrow_mut() = Some(db.clone());
        Ok(db)
    }

    /// Reads the library (once, at start).
    pub fn start(&self) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match me.db().await {
                Ok(db) => match db.load_all().await {
                    Ok((entries, skipped)) => {
                        // The grouping decisions first, so the first grouping has them.
                        if let Ok(Some(json)) = db.get_meta(DECISIONS_KEY).await {
                            match crate::job::from_json::<Vec<Decision>>(&json) {
                                Ok(d) => me.send(Action::Decisions(d)),
                                Err(_) => me.send(Action::Notify(Event::UnreadableRecords(1))),
                            }
                        }
                        me.send(Action::LibraryLoaded(entries));
                        if skipped > 0 {
                            me.send(Action::Notify(Event::UnreadableRecords(skipped)));
                        }
                    }
                    Err(e) => {
                        me.send(Action::LibraryLoaded(Vec::new()));
                        me.send(Action::Notify(Event::SaveFailed(e)));
                    }
                },
                Err(e) => {
                    me.send(Action::LibraryLoaded(Vec::new()));
                    me.send(Action::Notify(Event::SaveFailed(e)));
                }
            }
        });
    }

    fn analyzer(&self) -> Analyzer {
        if let Some(a) = self.0.analyzer.borrow().clone() {
            return a;
        }
        let me = self.clone();
        let a = Analyzer::new(move |job, result| me.on_result(job, result));
        *self.0.analyzer.borrow_mut() = Some(a.clone());
        a
    }

    /// Analyzes pasted or dropped text with the article date field (may be empty).
    pub fn analyze_text(&self, text: String, date: String) {
        if text.trim().is_empty() {
            return;
        }
        let batch = self.next();
        self.send(Action::JobsStarted { batch, count: 1 });
        let reference_date = (!date.is_empty()).then_some(date);
        let job = Job {
            id: self.next(),
            batch,
            file_name: None,
            text: Some(text),
            format: SourceFormat::Text,
            reference_date,
        };
        self.analyzer().post(job, None);
    }

    /// Analyzes files (picked or dropped); other file types get a message naming them.
    pub fn analyze_files(&self, list: Vec<web_sys::File>) {
        let mut ok = Vec::new();
        for f in list {
            match SourceFormat::from_file_name(&f.name()) {
                Some(format) => ok.push((f, format)),
                None => self.send(Action::Notify(Event::UnsupportedFile(f.name()))),
            }
        }
        if ok.is_empty() {
            return;
        }
        let batch = self.next();
        self.send(Action::JobsStarted {
            batch,
            count: ok.len(),
        });
        if let [(f, _)] = ok.as_slice() {
            self.send(Action::SetDraftDate(
                files::modified_day(f).unwrap_or_default(),
            ));
        }
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let analyzer = me.analyzer();
            for (file, format) in ok {
                let name = file.name();
                let job = Job {
                    id: me.next(),
                    batch,
                    file_name: Some(name.clone()),
                    text: None,
                    format,
                    reference_date: files::modified_day(&file),
                };
                if file.size() > accord_core::MAX_INPUT_BYTES as f64 {
                    let mb = crate::viz::one_decimal(file.size() / 1_048_576.0);
                    me.send(Action::JobFailed {
                        file_name: Some(name),
                        reason: format!("the file is {mb} MB, over the limit of 16 MB"),
                    });
                    continue;
                }
                match files::bytes(&file).await {
                    Ok(bytes) => analyzer.post(job, Some(bytes)),
                    Err(reason) => me.send(Action::JobFailed {
                        file_name: Some(name),
                        reason,
                    }),
                }
            }
        });
    }

    fn on_result(&self, job: Job, result: JobResult) {
        let done = match result.outcome {
            Ok(done) => done,
            Err(reason) => {
                self.send(Action::JobFailed {
                    file_name: job.file_name,
                    reason,
                });
                return;
            }
        };
        if job.file_name.is_none() && job.reference_date.is_none() {
            if let Some(accord_core::PartialDate::Day(d)) = done.record.published {
                self.send(Action::SetDraftDate(d.to_string()));
            }
        }
        let entry = Entry {
            schema_version: SCHEMA_VERSION,
            id: format!("{}-{}", self.0.session, job.id),
            file_name: job.file_name,
            source: done.source,
            format: job.format,
            reference_date: done.reference_date,
            analyzed_at: dom::now_iso(),
            extracted: done.record,
            corrections: Vec::new(),
        };
        self.0.to_save.borrow_mut().push((entry, Some(job.batch)));
        if !self.0.flush_scheduled.replace(true) {
            let me = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Results of a batch arrive every few milliseconds: write and show them in
                // groups so that the page stays responsive.
                dom::sleep(120).await;
                me.0.flush_scheduled.set(false);
                let items = std::mem::take(&mut *me.0.to_save.borrow_mut());
                me.save_many(items).await;
            });
        }
    }

    async fn save_many(&self, items: Vec<(Entry, Option<u64>)>) {
        if items.is_empty() {
            return;
        }
        let entries: Vec<Entry> = items.iter().map(|(e, _)| e.clone()).collect();
        let written = match self.db().await {
            Ok(db) => db.put_all(&entries).await,
            Err(e) => Err(e),
        };
        match written {
            Ok(()) => self.send(Action::SavedMany(items)),
            Err(reason) => self.send(Action::SaveFailedMany { items, reason }),
        }
    }

    async fn save(&self, entry: Entry, batch: Option<u64>) {
        let written = match self.db().await {
            Ok(db) => db.put_all(std::slice::from_ref(&entry)).await,
            Err(e) => Err(e),
        };
        match written {
            Ok(()) => self.send(Action::Saved { entry, batch }),
            Err(reason) => self.send(Action::SaveFailed {
                unsaved: Some(entry),
                batch,
                reason,
            }),
        }
    }

    /// Corrects a value (`None`: back to the extracted one) and saves the entry.
    pub fn edit(&self, entry: &Entry, field: &Field, value: Option<String>) {
        let op = match value {
            Some(value) => Op::Set {
                field: field.key(),
                value,
                evidence: Vec::new(),
            },
            None => Op::Reset { field: field.key() },
        };
        self.correct(entry, op);
    }

    /// Applies one correction, stamped with the time, and saves the entry.
    pub fn correct(&self, entry: &Entry, op: Op) {
        self.correct_all(entry, vec![op]);
    }

    /// Applies corrections in order (all or none), stamped with the time, and saves.
    pub fn correct_all(&self, entry: &Entry, ops: Vec<Op>) {
        let at = dom::now_iso();
        let mut next = entry.clone();
        for op in ops {
            next = match next.with_correction(op, &at) {
                Ok(next) => next,
                Err(EditError::Unchanged) => return,
                Err(e) => return self.send(Action::Notify(Event::EditRefused(e))),
            };
        }
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move { me.save(next, None).await });
    }

    /// Undoes the last correction of an entry and saves it.
    pub fn undo(&self, entry: &Entry) {
        if entry.corrections.is_empty() {
            return;
        }
        let next = entry.undone();
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move { me.save(next, None).await });
    }

    /// Records one more split or join decision (after `current`) and saves the list.
    pub fn decide(&self, current: &[Decision], decision: Decision) {
        let mut next = current.to_vec();
        next.push(decision);
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let written = match (me.db().await, crate::job::to_json(&next)) {
                (Ok(db), Ok(json)) => db.put_meta(DECISIONS_KEY, &json).await,
                (Err(e), _) => Err(e),
                (_, Err(e)) => Err(e),
            };
            match written {
                Ok(()) => me.send(Action::Decisions(next)),
                Err(e) => me.send(Action::Notify(Event::SaveFailed(e))),
            }
        });
    }

    /// Groups the `visible` entries of `library` with `decisions` in the grouping worker;
    /// `reply` gets the grouping or why there is none (see [`Grouper::request`]).
    pub fn regroup(
        &self,
        library: Vec<Rc<Entry>>,
        visible: Vec<Rc<Entry>>,
        decisions: Vec<Decision>,
        reply: OnGrouping,
    ) {
        self.0.grouper.request(library, visible, decisions, reply);
    }

    /// Downloads an export of grouped agreements.
    pub fn export_groups(&self, kind: ExportKind, groups: &[Group]) {
        let now = dom::now_iso();
        let stamp: String = now.chars().filter(char::is_ascii_digit).take(12).collect();
        let (content, ext, mime) = match kind {
            ExportKind::Json => (
                export::groups_to_json(groups, &now),
                "json",
                "application/json",
            ),
            ExportKind::Jsonl => (
                export::groups_to_jsonl(groups),
                "jsonl",
                "application/x-ndjson",
            ),
            ExportKind::Csv => (
                export::groups_to_csv(groups),
                "csv",
                "text/csv;charset=utf-8",
            ),
        };
        if let Err(e) =
            download::download(&format!("accord-agreements-{stamp}.{ext}"), mime, &content)
        {
            self.send(Action::Notify(Event::SaveFailed(e)));
        }
    }

    /// Deletes one entry.
    pub fn remove(&self, id: String) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let r = match me.db().await {
                Ok(db) => db.delete(&id).await,
                Err(e) => Err(e),
            };
            match r {
                Ok(()) => me.send(Action::Removed(id)),
                Err(e) => me.send(Action::Notify(Event::SaveFailed(e))),
            }
        });
    }

    /// Deletes every entry (after the user confirmed).
    pub fn clear(&self) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let r = match me.db().await {
                Ok(db) => db.clear().await,
                Err(e) => Err(e),
            };
            match r {
                Ok(()) => me.send(Action::Cleared),
                Err(e) => me.send(Action::Notify(Event::SaveFailed(e))),
            }
        });
    }

    /// Downloads an export of `entries`.
    pub fn export(&self, kind: ExportKind, entries: &[&Entry]) {
        let now = dom::now_iso();
        let stamp: String = now.chars().filter(char::is_ascii_digit).take(12).collect();
        let (content, ext, mime) = match kind {
            ExportKind::Json => (export::to_json(entries, &now), "json", "application/json"),
            ExportKind::Jsonl => (export::to_jsonl(entries), "jsonl", "application/x-ndjson"),
            ExportKind::Csv => (export::to_csv(entries), "csv", "text/csv;charset=utf-8"),
        };
        if let Err(e) = download::download(&format!("accord-{stamp}.{ext}"), mime, &content) {
            self.send(Action::Notify(Event::SaveFailed(e)));
        }
    }

    /// Imports a JSON export: all of it or, with the reason, nothing.
    pub fn import(&self, file: web_sys::File, lang: UiLang) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name = file.name();
            let refuse = |reason: String| {
                me.send(Action::Notify(Event::ImportRefused(name.clone(), reason)))
            };
            if file.size() > export::MAX_IMPORT_BYTES as f64 {
                return refuse(import_reason(
                    lang,
                    &ImportError::TooLarge(file.size() as usize),
                ));
            }
            let bytes = match files::bytes(&file).await {
                Ok(b) => b.to_vec(),
                Err(e) => return refuse(e),
            };
            let entries = match export::parse_import(&bytes) {
                Ok(entries) => entries,
                Err(e) => return refuse(import_reason(lang, &e)),
            };
            let written = match me.db().await {
                Ok(db) => db.put_all(&entries).await,
                Err(e) => Err(e),
            };
            match written {
                Ok(()) => me.send(Action::Imported(entries)),
                Err(e) => refuse(e),
            }
        });
    }
}

/// Why an import was refused, in words.
pub fn import_reason(lang: UiLang, e: &ImportError) -> String {
    let en = lang == UiLang::En;
    match e {
        ImportError::TooLarge(n) if en => format!(
            "the file is {} MB, over the limit of 64 MB",
            crate::viz::one_decimal(*n as f64 / 1_048_576.0)
        ),
        ImportError::TooLarge(n) => format!(
            "le fichier fait {} Mo, au-delà de la limite de 64 Mo",
            crate::viz::one_decimal(*n as f64 / 1_048_576.0)
        ),
        ImportError::NotJson(m) if en => format!("the file is not valid JSON ({m})"),
        ImportError::NotJson(m) => format!("le fichier n’est pas du JSON valide ({m})"),
        ImportError::WrongShape(m) if en => format!("the file is not an accord export ({m})"),
        ImportError::WrongShape(m) => format!("le fichier n’est pas un export accord ({m})"),
        ImportError::WrongVersion(v) if en => format!(
            "the export has schema version {v}; this version reads versions 1 to {SCHEMA_VERSION}"
        ),
        ImportError::WrongVersion(v) => {
            format!(
                "l’export est de version {v} ; cette version lit les versions 1 à {SCHEMA_VERSION}"
            )
        }
    }
}
