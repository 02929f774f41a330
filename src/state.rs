//! The app's state and its reducer: every change is an [`Action`], applied by a pure
//! [`AppState::reduce`] (no storage, no browser calls, no clock), so it is tested natively.
//!
//! Side effects (IndexedDB writes, the worker, downloads) happen in `services::ops`, which
//! dispatches the outcome here: the library only changes after a write succeeded.

use accord_core::sort::Set;
use std::rc::Rc;

use accord_core::group::Decision;
use accord_core::Span;
use yew::Reducible;

use crate::i18n::UiLang;
use crate::model::{EditError, Entry, Filter};

/// A message to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Its number (for dismissal).
    pub id: u64,
    /// An error (`role="alert"`) or information (`role="status"`).
    pub error: bool,
    /// The text, in the interface language at the time.
    pub text: String,
}

/// What happened that the user must hear about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A file of another type was given.
    UnsupportedFile(String),
    /// An analysis failed (file name, reason).
    AnalysisFailed(Option<String>, String),
    /// A library write failed (reason).
    SaveFailed(String),
    /// An import was refused (file name, reason).
    ImportRefused(String, String),
    /// An import succeeded (count).
    Imported(usize),
    /// A corrected value was refused.
    EditRefused(EditError),
    /// Stored records that could not be read (damaged, or of another schema version) were
    /// left out when the library loaded (count).
    UnreadableRecords(usize),
}

/// Progress of the analyses under way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// Jobs sent since the counters were last reset.
    pub total: usize,
    /// Jobs finished (saved or failed).
    pub done: usize,
    /// Jobs failed.
    pub failed: usize,
}

impl Progress {
    /// Whether jobs are under way.
    pub fn busy(&self) -> bool {
        self.done < self.total
    }
}

/// The evidence being shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// The entry.
    pub entry_id: String,
    /// The field key (for the pressed state of its button).
    pub key: String,
    /// The spans.
    pub spans: Vec<Span>,
    /// Bumped on every click, so clicking the same value again scrolls again.
    pub seq: u64,
}

/// The whole state of the app.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    /// Interface language.
    pub lang: UiLang,
    /// The text in the input box.
    pub draft: String,
    /// The article date field (`YYYY-MM-DD` or empty).
    pub draft_date: String,
    /// The library, newest first (shared, so that a state change copies no article).
    pub library: Vec<Rc<Entry>>,
    /// Whether the library was read from storage.
    pub library_loaded: bool,
    /// The entry shown as cards.
    pub selected: Option<String>,
    /// An analysis that could not be saved, still shown.
    pub unsaved: Option<Rc<Entry>>,
    /// The evidence highlighted in the text.
    pub highlight: Option<Highlight>,
    /// Analyses under way.
    pub progress: Progress,
    /// The batch whose first result gets selected.
    pub select_first_of: Option<u64>,
    /// Bumped when the cards should take the focus.
    pub focus_seq: u64,
    /// Messages.
    pub notices: Vec<Notice>,
    /// Library search and filters.
    pub filter: Filter,
    /// Entries ticked for export.
    pub checked: Set<String>,
    /// Whether "clear the library" awaits confirmation.
    pub confirm_clear: bool,
    /// Whether something is being dragged over the window.
    pub dragging: bool,
    /// The analyst's split and join decisions on the grouping, oldest first.
    pub decisions: Vec<Decision>,
    /// How the tracker shows the grouped agreements.
    pub view: TrackerView,
    /// The agreements picked on the timeline or the network.
    pub shown: Option<Shown>,
    /// The groups ticked to be joined.
    pub join_ticks: Set<String>,
    next_notice: u64,
}

/// How the tracker shows the grouped agreements.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TrackerView {
    /// One card per agreement with its sources.
    #[default]
    List,
    /// The timeline.
    Timeline,
    /// The network of parties.
    Network,
}

/// Agreements picked on a drawing (a point of the timeline, a party, a pair of parties).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// What was picked, in words.
    pub label: String,
    /// The ids of the groups.
    pub groups: Vec<String>,
}

/// Every change of the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Change the interface language.
    SetLang(UiLang),
    /// The input box changed.
    SetDraft(String),
    /// The article date changed.
    SetDraftDate(String),
    /// The library was read (entries, newest first or not).
    LibraryLoaded(Vec<Entry>),
    /// Jobs were sent to the worker.
    JobsStarted {
        /// The batch.
        batch: u64,
        /// How many.
        count: usize,
    },
    /// A job finished without a record.
    JobFailed {
        /// File name.
        file_name: Option<String>,
        /// Reason.
        reason: String,
    },
    /// An entry was written to storage (new or edited).
    Saved {
        /// The entry.
        entry: Entry,
        /// The batch it came from, for a new analysis.
        batch: Option<u64>,
    },
    /// New analyses written to storage together (entry, batch).
    SavedMany(Vec<(Entry, Option<u64>)>),
    /// New analyses that could not be written together; the library stays as it was.
    SaveFailedMany {
        /// The analyses (entry, batch).
        items: Vec<(Entry, Option<u64>)>,
        /// Reason.
        reason: String,
    },
    /// An entry could not be written; the library stays as it was.
    SaveFailed {
        /// The new analysis that could not be saved (shown anyway), if it was one.
        unsaved: Option<Entry>,
        /// The batch, for a new analysis.
        batch: Option<u64>,
        /// Reason.
        reason: String,
    },
    /// Show an entry's cards.
    Select(String),
    /// Highlight evidence.
    Highlight {
        /// The entry.
        entry_id: String,
        /// The field key.
        key: String,
        /// The spans.
        spans: Vec<Span>,
    },
    /// An entry was deleted from storage.
    Removed(String),
    /// Storage was cleared.
    Cleared,
    /// Entries were imported (already written).
    Imported(Vec<Entry>),
    /// Tell the user something.
    Notify(Event),
    /// Close a message.
    Dismiss(u64),
    /// New search / filters.
    SetFilter(Filter),
    /// Tick or untick an entry for export.
    ToggleCheck(String),
    /// Tick every entry the filters show.
    CheckVisible,
    /// Untick everything.
    UncheckAll,
    /// Ask (true) or stop asking (false) to confirm clearing.
    AskClear(bool),
    /// Dragging over the window started or stopped.
    Dragging(bool),
    /// The grouping decisions were read from storage, or written there.
    Decisions(Vec<Decision>),
    /// Show the tracker as a list, a timeline or a network.
    SetView(TrackerView),
    /// Show the agreements picked on a drawing (`None`: none).
    Show(Option<Shown>),
    /// Tick or untick a group for joining.
    ToggleJoin(String),
}

impl AppState {
    /// A fresh state in `lang`.
    pub fn new(lang: UiLang) -> Self {
        AppState {
            lang,
            ..AppState::default()
        }
    }

    /// The entry shown as cards.
    pub fn selected_entry(&self) -> Option<&Rc<Entry>> {
        let id = self.selected.as_ref()?;
        self.library
            .iter()
            .find(|e| &e.id == id)
            .or_else(|| self.unsaved.as_ref().filter(|e| &e.id == id))
    }

    /// The library entries passing the filter.
    pub fn visible(&self) -> Vec<&Rc<Entry>> {
        self.library
            .iter()
            .filter(|e| self.filter.matches(e))
            .collect()
    }

    /// The entries an export covers: the ticked ones, else all.
    pub fn export_set(&self) -> Vec<&Rc<Entry>> {
        if self.checked.is_empty() {
            self.library.iter().collect()
        } else {
            self.library
                .iter()
                .filter(|e| self.checked.contains(&e.id))
                .collect()
        }
    }

    fn notify(&mut self, event: Event) {
        let t = self.lang.t();
        let (error, text) = match event {
            Event::UnsupportedFile(name) => (true, t.unsupported_file(&name)),
            Event::AnalysisFailed(name, reason) => {
                (true, t.analysis_failed(name.as_deref(), &reason))
            }
            Event::SaveFailed(reason) => (true, t.save_failed(&reason)),
            Event::ImportRefused(name, reason) => (true, t.import_refused(&name, &reason)),
            Event::Imported(n) => (false, t.imported(n)),
            Event::EditRefused(e) => (true, t.edit_error(&e)),
            Event::UnreadableRecords(n) => (true, t.unreadable_records(n)),
        };
        self.next_notice += 1;
        // The same message twice in a row (e.g. 300 unsupported files) is shown once.
        if self.notices.last().is_some_and(|n| n.text == text) {
            return;
        }
        self.notices.push(Notice {
            id: self.next_notice,
            error,
            text,
        });
        if self.notices.len() > 8 {
            self.notices.remove(0);
        }
    }

    fn job_done(&mut self, failed: bool) {
        self.progress.done = (self.progress.done + 1).min(self.progress.total);
        if failed {
            self.progress.failed += 1;
        }
    }

    fn select(&mut self, id: String) {
        if self.selected.as_ref() != Some(&id) {
            self.highlight = None;
        }
        self.selected = Some(id);
        self.focus_seq += 1;
    }

    /// Applies `action` (the reducer, also used by the tests).
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SetLang(l) => self.lang = l,
            Action::SetDraft(s) => self.draft = s,
            Action::SetDraftDate(s) => self.draft_date = s,
            Action::LibraryLoaded(entries) => {
                let mut entries: Vec<Rc<Entry>> = entries.into_iter().map(Rc::new).collect();
                accord_core::sort::by(&mut entries, |a, b| b.analyzed_at.cmp(&a.analyzed_at));
                // Entries saved while the library was loading stay.
                for e in std::mem::take(&mut self.library) {
                    if !entries.iter().any(|x| x.id == e.id) {
                        entries.insert(0, e);
                    }
                }
                self.library = entries;
                self.library_loaded = true;
            }
            Action::JobsStarted { batch, count } => {
                if !self.progress.busy() {
                    self.progress = Progress::default();
                }
                self.progress.total += count;
                self.select_first_of = Some(batch);
            }
            Action::JobFailed { file_name, reason } => {
                self.job_done(true);
                self.notify(Event::AnalysisFailed(file_name, reason));
            }
            Action::Saved { entry, batch } => {
                let id = entry.id.clone();
                let entry = Rc::new(entry);
                match self.library.iter_mut().find(|e| e.id == id) {
                    Some(slot) => *slot = entry,
                    None => self.library.insert(0, entry),
                }
                if self.unsaved.as_ref().is_some_and(|u| u.id == id) {
                    self.unsaved = None;
                }
                if let Some(b) = batch {
                    self.job_done(false);
                    if self.select_first_of == Some(b) {
                        self.select_first_of = None;
                        self.select(id);
                    }
                }
            }
            Action::SavedMany(items) => {
                for (entry, batch) in items {
                    self = self.apply(Action::Saved { entry, batch });
                }
            }
            Action::SaveFailedMany { items, reason } => {
                for (entry, batch) in items {
                    self = self.apply(Action::SaveFailed {
                        unsaved: Some(entry),
                        batch,
                        reason: reason.clone(),
                    });
                }
            }
            Action::SaveFailed {
                unsaved,
                batch,
                reason,
            } => {
                if let Some(b) = batch {
                    self.job_done(true);
                    if let Some(entry) = unsaved {
                        if self.select_first_of == Some(b) {
                            self.select_first_of = None;
                            let id = entry.id.clone();
                            self.unsaved = Some(Rc::new(entry));
                            self.select(id);
                        }
                    }
                } else if let Some(entry) = unsaved {
                    // An edit of an unsaved analysis: keep it on screen.
                    if self.unsaved.as_ref().is_some_and(|u| u.id == entry.id) {
                        self.unsaved = Some(Rc::new(entry));
                    }
                }
                self.notify(Event::SaveFailed(reason));
            }
            Action::Select(id) => self.select(id),
            Action::Highlight {
                entry_id,
                key,
                spans,
            } => {
                let seq = self.highlight.as_ref().map_or(0, |h| h.seq) + 1;
                self.highlight = Some(Highlight {
                    entry_id,
                    key,
                    spans,
                    seq,
                });
            }
            Action::Removed(id) => {
                self.library.retain(|e| e.id != id);
                self.checked.remove(&id);
                if self.selected.as_ref() == Some(&id) {
                    self.selected = None;
                    self.highlight = None;
                }
            }
            Action::Cleared => {
                self.library.clear();
                self.checked.clear();
                self.confirm_clear = false;
                if self.unsaved.is_none()
                    || self.selected != self.unsaved.as_ref().map(|u| u.id.clone())
                {
                    self.selected = None;
                    self.highlight = None;
                }
            }
            Action::Imported(entries) => {
                let n = entries.len();
                for e in entries {
                    let e = Rc::new(e);
                    match self.library.iter_mut().find(|x| x.id == e.id) {
                        Some(slot) => *slot = e,
                        None => self.library.push(e),
                    }
                }
                accord_core::sort::by(&mut self.library, |a, b| b.analyzed_at.cmp(&a.analyzed_at));
                self.notify(Event::Imported(n));
            }
            Action::Notify(event) => self.notify(event),
            Action::Dismiss(id) => self.notices.retain(|n| n.id != id),
            Action::SetFilter(f) => self.filter = f,
            Action::ToggleCheck(id) => {
                if !self.checked.remove(&id) {
                    self.checked.insert(id);
                }
            }
            Action::CheckVisible => {
                let ids: Vec<String> = self.visible().iter().map(|e| e.id.clone()).collect();
                self.checked.extend(ids);
            }
            Action::UncheckAll => self.checked.clear(),
            Action::AskClear(b) => self.confirm_clear = b,
            Action::Dragging(b) => self.dragging = b,
            Action::Decisions(d) => {
                self.decisions = d;
                self.join_ticks.clear();
            }
            Action::SetView(v) => {
                if self.view != v {
                    self.shown = None;
                }
                self.view = v;
            }
            Action::Show(s) => self.shown = s,
            Action::ToggleJoin(id) => {
                if !self.join_ticks.remove(&id) {
                    self.join_ticks.insert(id);
                }
            }
        }
        self
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::sample_entry;

    fn entry(id: &str, at: &str) -> Entry {
        Entry {
            id: id.into(),
            analyzed_at: at.into(),
            ..sample_entry()
        }
    }

    #[test]
    fn a_batch_selects_its_first_saved_result_and_counts() {
        let s = AppState::new(UiLang::En)
            .apply(Action::JobsStarted { batch: 7, count: 3 })
            .apply(Action::Saved {
                entry: entry("a", "1"),
                batch: Some(7),
            })
            .apply(Action::JobFailed {
                file_name: Some("x.txt".into()),
                reason: "bad".into(),
            })
            .apply(Action::Saved {
                entry: entry("b", "2"),
                batch: Some(7),
            });
        assert_eq!(s.selected.as_deref(), Some("a"));
        assert_eq!(
            s.progress,
            Progress {
                total: 3,
                done: 3,
                failed: 1
            }
        );
        assert!(!s.progress.busy());
        assert_eq!(
            s.library.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["b", "a"]
        );
        assert_eq!(s.notices.len(), 1);
        assert!(s.notices[0].text.contains("x.txt"));
    }

    #[test]
    fn a_failed_save_keeps_the_library_and_shows_the_result() {
        let s = AppState::new(UiLang::Fr)
            .apply(Action::LibraryLoaded(vec![entry("old", "1")]))
            .apply(Action::JobsStarted { batch: 1, count: 1 })
            .apply(Action::SaveFailed {
                unsaved: Some(entry("new", "2")),
                batch: Some(1),
                reason: "QuotaExceededError".into(),
            });
        assert_eq!(s.library.len(), 1);
        assert_eq!(s.selected_entry().map(|e| e.id.as_str()), Some("new"));
        assert!(s.notices[0].error && s.notices[0].text.contains("inchangée"));
        // A failed edit changes nothing either.
        let before = s.library.clone();
        let s = s.apply(Action::SaveFailed {
            unsaved: None,
            batch: None,
            reason: "quota".into(),
        });
        assert_eq!(s.library, before);
    }

    #[test]
    fn edits_replace_and_removal_deselects() {
        let edited = entry("a", "1")
            .with_edit(&crate::model::Field::Location(0), "Nairobi")
            .unwrap();
        let s = AppState::new(UiLang::En)
            .apply(Action::LibraryLoaded(vec![
                entry("a", "1"),
                entry("b", "3"),
            ]))
            .apply(Action::Select("a".into()))
            .apply(Action::Highlight {
                entry_id: "a".into(),
                key: "title".into(),
                spans: vec![Span::new(0, 4)],
            })
            .apply(Action::Saved {
                entry: edited.clone(),
                batch: None,
            });
        assert_eq!(
            *s.library[1], edited,
            "sorted newest first, replaced in place"
        );
        assert!(s.highlight.is_some(), "an edit keeps the highlight");
        let s = s
            .apply(Action::ToggleCheck("a".into()))
            .apply(Action::Removed("a".into()));
        assert_eq!(s.selected, None);
        assert!(s.checked.is_empty());
        let s = s.apply(Action::AskClear(true)).apply(Action::Cleared);
        assert!(s.library.is_empty() && !s.confirm_clear);
    }

    #[test]
    fn imports_merge_by_id_and_exports_follow_ticks() {
        let s = AppState::new(UiLang::En)
            .apply(Action::LibraryLoaded(vec![entry("a", "1")]))
            .apply(Action::Imported(vec![entry("a", "1"), entry("c", "5")]));
        assert_eq!(s.library.len(), 2);
        assert_eq!(s.export_set().len(), 2);
        let s = s.apply(Action::SetFilter(Filter {
            query: "nothing like this".into(),
            ..Filter::default()
        }));
        assert!(s.clone().apply(Action::CheckVisible).checked.is_empty());
        let all = s
            .clone()
            .apply(Action::SetFilter(Filter::default()))
            .apply(Action::CheckVisible);
        assert_eq!(all.checked.len(), 2);
        assert!(all.apply(Action::UncheckAll).checked.is_empty());
        let s = s.apply(Action::ToggleCheck("c".into()));
        assert_eq!(
            s.export_set()
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>(),
            ["c"]
        );
        assert!(!s.notices[0].error);
    }

    #[test]
    fn grouped_saves_and_failures_count_every_job() {
        let s = AppState::new(UiLang::En)
            .apply(Action::JobsStarted { batch: 2, count: 4 })
            .apply(Action::SavedMany(vec![
                (entry("a", "1"), Some(2)),
                (entry("b", "2"), Some(2)),
            ]))
            .apply(Action::SaveFailedMany {
                items: vec![(entry("c", "3"), Some(2)), (entry("d", "4"), Some(2))],
                reason: "QuotaExceededError".into(),
            });
        assert_eq!(
            s.progress,
            Progress {
                total: 4,
                done: 4,
                failed: 2
            }
        );
        assert_eq!(s.library.len(), 2);
        assert_eq!(s.selected.as_deref(), Some("a"));
        assert_eq!(s.notices.len(), 1, "one message for the group");
    }

    #[test]
    fn tracker_views_picks_and_join_ticks() {
        let s = AppState::new(UiLang::En)
            .apply(Action::SetView(TrackerView::Timeline))
            .apply(Action::Show(Some(Shown {
                label: "May 2024".into(),
                groups: vec!["a#0".into()],
            })))
            .apply(Action::ToggleJoin("a#0".into()))
            .apply(Action::ToggleJoin("b#0".into()))
            .apply(Action::ToggleJoin("a#0".into()));
        assert!(s.shown.is_some());
        assert_eq!(s.join_ticks.iter().collect::<Vec<_>>(), ["b#0"]);
        let s = s.apply(Action::SetView(TrackerView::Network));
        assert_eq!(s.shown, None, "another drawing forgets the pick");
        let s = s.apply(Action::Decisions(vec![crate::tracker::split(
            accord_core::group::SourceRef {
                id: "b".into(),
                agreement: 0,
            },
        )]));
        assert_eq!(s.decisions.len(), 1);
        assert!(s.join_ticks.is_empty(), "a decision clears the ticks");
    }

    #[test]
    fn repeated_notices_collapse_and_dismiss() {
        let mut s = AppState::new(UiLang::En);
        for _ in 0..3 {
            s = s.apply(Action::Notify(Event::UnsupportedFile("a.pdf".into())));
        }
        assert_eq!(s.notices.len(), 1);
        let id = s.notices[0].id;
        assert!(s.apply(Action::Dismiss(id)).notices.is_empty());
    }
}
