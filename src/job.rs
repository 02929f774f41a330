//! The protocol between the page and the analysis worker, and the pure work the worker does.
//!
//! The page posts a [`Job`] (as JSON) plus, for a file, its raw bytes; the worker decodes
//! the bytes, runs [`accord_core::analyze`] and posts back a [`JobResult`]. Running a job
//! is a pure function ([`run`]) so it is tested natively; the message plumbing is in
//! `services::worker_host` and `services::analysis`.
//!
//! Grouping runs in a worker too (the grouping and its reference tables stay out of the
//! page's download, and a large library regroups off the main thread): the page posts a
//! [`GroupRequest`] with the records the worker does not hold yet, the worker keeps them
//! in a [`GroupCache`] and answers with a [`GroupReply`] (`services::grouping`).

use accord_core::group::{Decision, Grouping, Source};
use accord_core::{Analysis, Date, Options};
use serde::{Deserialize, Serialize};

use crate::model::SourceFormat;

/// One article to analyze.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    /// The page's number for this job.
    pub id: u64,
    /// The batch it belongs to.
    pub batch: u64,
    /// The file name, when it came from a file.
    #[serde(default)]
    pub file_name: Option<String>,
    /// The text, when pasted (files come as bytes beside the JSON).
    #[serde(default)]
    pub text: Option<String>,
    /// The input's format.
    pub format: SourceFormat,
    /// The reference date, `YYYY-MM-DD`.
    #[serde(default)]
    pub reference_date: Option<String>,
}

/// What came of a job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobResult {
    /// The job's id.
    pub id: u64,
    /// The job's batch.
    pub batch: u64,
    /// The job's file name.
    #[serde(default)]
    pub file_name: Option<String>,
    /// The record and the decoded input, or why there is none.
    pub outcome: Result<Done, String>,
    /// Time spent in the engine, in milliseconds (measured by the worker).
    #[serde(default)]
    pub elapsed_ms: f64,
}

/// A successful analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Done {
    /// The input as text.
    pub source: String,
    /// The reference date the analysis used.
    #[serde(default)]
    pub reference_date: Option<String>,
    /// The record.
    #[serde(deserialize_with = "crate::wire::de_analysis")]
    pub record: Analysis,
}

/// A grouping to compute: the sources in grouping order (by id), the records the worker
/// does not hold yet, and the analyst's decisions.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GroupRequest {
    /// The page's number for this request.
    pub seq: u64,
    /// Forget every record held before this request.
    #[serde(default)]
    pub reset: bool,
    /// Records to hold (new, or changed since they were sent).
    #[serde(default)]
    pub add: Vec<Source>,
    /// Records to forget (no longer in the library).
    #[serde(default)]
    pub drop: Vec<String>,
    /// The ids of the sources to group, in grouping order.
    pub order: Vec<String>,
    /// The split and join decisions, oldest first.
    #[serde(default)]
    pub decisions: Vec<Decision>,
}

/// The answer to a [`GroupRequest`]: the grouping or why there is none (two optional
/// fields rather than a `Result`, whose reader is larger in the page's download).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupReply {
    /// The request's number.
    pub seq: u64,
    /// The grouping.
    #[serde(default)]
    pub grouping: Option<Grouping>,
    /// Why there is no grouping.
    #[serde(default)]
    pub error: Option<String>,
}

impl GroupReply {
    /// The answer to request `seq`.
    pub fn new(seq: u64, outcome: Result<Grouping, String>) -> GroupReply {
        match outcome {
            Ok(g) => GroupReply {
                seq,
                grouping: Some(g),
                error: None,
            },
            Err(e) => GroupReply {
                seq,
                grouping: None,
                error: Some(e),
            },
        }
    }

    /// The grouping, or why there is none.
    pub fn outcome(self) -> Result<Grouping, String> {
        match (self.grouping, self.error) {
            (Some(g), _) => Ok(g),
            (None, e) => Err(e.unwrap_or_else(|| "the grouping worker gave no grouping".into())),
        }
    }
}

/// The records the grouping worker holds, sorted by id (one each), so that a regrouping
/// sends only what changed. (A sorted vector rather than a hash map: one hash table type
/// fewer in the worker's download.)
#[derive(Debug, Default)]
pub struct GroupCache(Vec<Source>);

impl GroupCache {
    /// How many records it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether it holds no record.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Where the record `id` is.
    fn position(&self, id: &str) -> Option<usize> {
        self.0.binary_search_by(|s| s.id.as_str().cmp(id)).ok()
    }

    /// Updates the held records and groups the requested ones ([`accord_core::group::group`]);
    /// an id it does not hold is an error (the page then sends everything again).
    pub fn run(&mut self, req: GroupRequest) -> Result<Grouping, String> {
        if req.reset {
            self.0.clear();
        }
        if !req.drop.is_empty() {
            let drop = accord_core::sort::set(req.drop);
            self.0
                .retain(|s| !accord_core::sort::contains(&drop, &s.id));
        }
        if !req.add.is_empty() {
            // A record added again replaces the one held: of equal ids, the last stays.
            self.0.extend(req.add);
            accord_core::sort::by(&mut self.0, |a, b| a.id.cmp(&b.id));
            self.0.reverse();
            self.0.dedup_by(|later, kept| later.id == kept.id);
            self.0.reverse();
        }
        // The held records of the order, each once, by position.
        let mut taken = vec![false; self.0.len()];
        let mut at = Vec::with_capacity(req.order.len());
        for id in &req.order {
            let Some(i) = self.position(id) else {
                return Err(format!(
                    "the grouping worker does not hold the article {id}"
                ));
            };
            if !std::mem::replace(&mut taken[i], true) {
                at.push(i);
            }
        }
        // The sources are moved out for the grouping and back after it: no copy.
        let mut slots: Vec<Option<Source>> =
            std::mem::take(&mut self.0).into_iter().map(Some).collect();
        let sources: Vec<Source> = at.iter().filter_map(|&i| slots[i].take()).collect();
        let grouping = accord_core::group::group(&sources, &req.decisions);
        for (&i, s) in at.iter().zip(sources) {
            slots[i] = Some(s);
        }
        self.0 = slots.into_iter().flatten().collect();
        Ok(grouping)
    }
}

/// Writes `value` as compact JSON through [`serde_json::Value`]. Every JSON writer of the
/// app goes this way (and every reader through [`from_json`]), so each type's serde code is
/// compiled for one (de)serializer only: the web app's download stays small.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    serde_json::to_value(value)
        .map(|v| v.to_string())
        .map_err(|e| e.to_string())
}

/// Reads JSON text through [`serde_json::Value`] (see [`to_json`]).
pub fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str::<serde_json::Value>(json)
        .and_then(serde_json::from_value)
        .map_err(|e| e.to_string())
}

/// Decodes a file's bytes with the engine's decoder (UTF-8, UTF-16 with a byte-order
/// mark, Windows-1252); binary files (PDF, Word, images) are refused with a reason rather
/// than shown garbled.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    accord_core::decode::decode(bytes)
        .map(|d| d.text)
        .map_err(|e| e.to_string())
}

/// Runs one job: decode `bytes` when the job has no text, then analyze.
pub fn run(job: &Job, bytes: Option<&[u8]>) -> Result<Done, String> {
    let source = match (&job.text, bytes) {
        (Some(t), _) => t.clone(),
        (None, Some(b)) => {
            if b.len() > accord_core::MAX_INPUT_BYTES {
                return Err(format!(
                    "the file is {} MB, over the limit of {} MB",
                    crate::viz::one_decimal(b.len() as f64 / 1_048_576.0),
                    accord_core::MAX_INPUT_BYTES / 1_048_576
                ));
            }
            decode(b)?
        }
        (None, None) => return Err("nothing to analyze".into()),
    };
    let reference = job
        .reference_date
        .as_deref()
        .and_then(|d| d.parse::<Date>().ok());
    let options = Options {
        reference_date: reference,
        format: job.format.to_core(),
    };
    let record = accord_core::analyze(&source, &options).map_err(|e| e.to_string())?;
    Ok(Done {
        source,
        reference_date: reference.map(|d| d.to_string()),
        record,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Entry;

    #[test]
    fn decode_reads_text_and_refuses_binary_files() {
        assert_eq!(decode(b"\xEF\xBB\xBFCaf\xC3\xA9").unwrap(), "Café");
        assert_eq!(decode(b"Caf\xE9 sign\xE9").unwrap(), "Café signé");
        assert!(decode(b"%PDF-1.7\n...").unwrap_err().contains("PDF"));
    }

    #[test]
    fn the_group_cache_groups_what_it_holds_like_the_page_did() {
        use crate::model::tests::entry_at as entry;
        use std::rc::Rc;
        let (a, b, c) = (
            entry("a", "3", "Dakar"),
            entry("b", "1", "Dakar"),
            entry("c", "2", "Thiès"),
        );
        let all = [&a, &b, &c];
        let order = |list: &[&Rc<Entry>]| -> Vec<String> {
            crate::tracker::in_order(list)
                .iter()
                .map(|e| e.id.clone())
                .collect()
        };
        let mut cache = GroupCache::default();
        let first = cache
            .run(GroupRequest {
                seq: 1,
                add: crate::tracker::sources(&all),
                order: order(&all),
                ..GroupRequest::default()
            })
            .unwrap();
        assert_eq!(first, crate::tracker::grouping(&all, &[]));
        assert_eq!(first.groups.len(), 1);
        // The answer crosses to the page as JSON and back unchanged.
        let reply = to_json(&GroupReply::new(1, Ok(first.clone()))).unwrap();
        assert_eq!(
            from_json::<GroupReply>(&reply).unwrap().outcome(),
            Ok(first.clone())
        );
        let failed = to_json(&GroupReply::new(2, Err("no".into()))).unwrap();
        assert_eq!(
            from_json::<GroupReply>(&failed).unwrap().outcome(),
            Err("no".into())
        );
        // Nothing sent again: the held records are grouped, with a decision.
        let split = crate::tracker::split(accord_core::group::SourceRef {
            id: "c".into(),
            agreement: 0,
        });
        let again = cache
            .run(GroupRequest {
                seq: 2,
                order: order(&all),
                decisions: vec![split.clone()],
                ..GroupRequest::default()
            })
            .unwrap();
        assert_eq!(again, crate::tracker::grouping(&all, &[split]));
        assert_eq!(again.groups.len(), 2);
        assert_eq!(cache.len(), 3);
        // A dropped record is forgotten; asking for it is an error, not a wrong grouping.
        let two = [&a, &b];
        let fewer = cache
            .run(GroupRequest {
                seq: 3,
                drop: vec!["c".into()],
                order: order(&two),
                ..GroupRequest::default()
            })
            .unwrap();
        assert_eq!(fewer, crate::tracker::grouping(&two, &[]));
        assert_eq!(cache.len(), 2);
        let missing = cache.run(GroupRequest {
            seq: 4,
            order: order(&all),
            ..GroupRequest::default()
        });
        assert!(missing.unwrap_err().contains("article c"));
        // A reset forgets everything held before.
        let reset = cache.run(GroupRequest {
            seq: 5,
            reset: true,
            order: vec!["a".into()],
            ..GroupRequest::default()
        });
        assert!(reset.is_err());
        assert!(cache.is_empty());
    }

    #[test]
    fn jobs_run_from_text_or_bytes() {
        let job = Job {
            id: 1,
            batch: 1,
            file_name: None,
            text: Some("Acme and Beta signed a memorandum of understanding.".into()),
            format: SourceFormat::Text,
            reference_date: Some("2024-05-08".into()),
        };
        let done = run(&job, None).unwrap();
        assert_eq!(done.source, job.text.clone().unwrap());
        assert_eq!(done.reference_date.as_deref(), Some("2024-05-08"));
        let from_bytes = Job {
            text: None,
            format: SourceFormat::Html,
            ..job.clone()
        };
        let done = run(&from_bytes, Some(b"<p>Hello</p>")).unwrap();
        assert_eq!(done.source, "<p>Hello</p>");
        assert!(run(&Job { text: None, ..job }, None).is_err());
    }
}
