//! An ordered parallel map over a stream: one reader thread, a pool of workers, and the
//! calling thread writing results in input order.
//!
//! The reader may run at most `window` jobs ahead of the writer, so the jobs queued, being
//! worked on and waiting in the reorder buffer are bounded whatever the input length: a
//! batch of 10,000 articles streams in constant memory, and the first records come out
//! while the rest is still being read. Plain `std` threads and channels; no async runtime.
//!
//! When the writer fails (say, the reader of standard output went away), it tells the reader
//! to stop and returns at once without joining: the process is about to exit, and a reader
//! blocked on an idle standard input must not keep it alive.

use std::collections::BTreeMap;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, sync_channel};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

/// Flow control between the writer and the reader.
struct Gate {
    /// Number of results written so far.
    written: Mutex<u64>,
    room: Condvar,
    stopped: AtomicBool,
}

impl Gate {
    /// Waits until job `seq` fits in the window; `false` when the writer has stopped.
    fn wait_for_room(&self, seq: u64, window: u64) -> bool {
        let Ok(mut written) = self.written.lock() else {
            return false;
        };
        while seq >= *written + window && !self.stopped.load(Ordering::Acquire) {
            written = match self.room.wait(written) {
                Ok(w) => w,
                Err(_) => return false,
            };
        }
        !self.stopped.load(Ordering::Acquire)
    }

    fn advance(&self, written: u64) {
        if let Ok(mut w) = self.written.lock() {
            *w = written;
        }
        self.room.notify_all();
    }

    fn stop(&self) {
        self.stopped.store(true, Ordering::Release);
        let _guard = self.written.lock();
        self.room.notify_all();
    }
}

/// Why a job gave no result: the message of a panic in the work function.
pub type Panicked = String;

/// Runs `work` on every job `source` emits, on `workers` threads, and hands the results to
/// `sink` in emission order. `source` gets a callback that returns `false` once the output
/// side has stopped (it should return then). A panic in `work` becomes `Err(message)` for
/// that job only. Returns the first error of `sink`.
pub fn ordered_map<J, R, S, W, K>(
    workers: usize,
    window: usize,
    source: S,
    work: W,
    mut sink: K,
) -> io::Result<()>
where
    J: Send + 'static,
    R: Send + 'static,
    S: FnOnce(&mut dyn FnMut(J) -> bool) + Send + 'static,
    W: Fn(J) -> R + Send + Sync + 'static,
    K: FnMut(Result<R, Panicked>) -> io::Result<()>,
{
    let workers = workers.max(1);
    let window = window.max(workers) as u64;
    let gate = Arc::new(Gate {
        written: Mutex::new(0),
        room: Condvar::new(),
        stopped: AtomicBool::new(false),
    });
    let (job_tx, job_rx) = sync_channel::<(u64, J)>(workers);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (result_tx, result_rx) = channel::<(u64, Result<R, Panicked>)>();

    let reader_gate = Arc::clone(&gate);
    thread::spawn(move || {
        let mut seq = 0u64;
        source(&mut |job| {
            if !reader_gate.wait_for_room(seq, window) || job_tx.send((seq, job)).is_err() {
                return false;
            }
            seq += 1;
            true
        });
    });

    let work = Arc::new(work);
    for _ in 0..workers {
        let (jobs, results, work) = (Arc::clone(&job_rx), result_tx.clone(), Arc::clone(&work));
        thread::spawn(move || loop {
            let next = match jobs.lock() {
                Ok(jobs) => jobs.recv(),
                Err(_) => return,
            };
            let Ok((seq, job)) = next else {
                return;
            };
            let result = catch_unwind(AssertUnwindSafe(|| work(job))).map_err(panic_message);
            if results.send((seq, result)).is_err() {
                return;
            }
        });
    }
    drop(result_tx);

    let mut pending = BTreeMap::new();
    let mut next = 0u64;
    for (seq, result) in result_rx {
        pending.insert(seq, result);
        while let Some(result) = pending.remove(&next) {
            if let Err(e) = sink(result) {
                gate.stop();
                return Err(e);
            }
            next += 1;
            gate.advance(next);
        }
    }
    Ok(())
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_under_uneven_work() {
        let mut out = Vec::new();
        ordered_map(
            4,
            8,
            |emit| {
                for i in 0..500u64 {
                    if !emit(i) {
                        return;
                    }
                }
            },
            |i| {
                if i % 7 == 0 {
                    thread::sleep(std::time::Duration::from_millis(1));
                }
                i * 2
            },
            |r| {
                out.push(r.unwrap());
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(out, (0..500).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_panic_is_one_result() {
        let mut out = Vec::new();
        ordered_map(
            2,
            4,
            |emit| {
                for i in 0..10u32 {
                    emit(i);
                }
            },
            |i| {
                assert!(i != 3, "boom {i}");
                i
            },
            |r| {
                out.push(r.map_err(|m| m.contains("boom 3")));
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(out.len(), 10);
        assert_eq!(out[3], Err(true));
        assert_eq!(out[9], Ok(9));
    }

    #[test]
    fn a_failing_sink_stops_the_reader() {
        let emitted = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let counter = Arc::clone(&emitted);
        let result = ordered_map(
            2,
            4,
            move |emit| {
                for i in 0..u64::MAX {
                    if !emit(i) {
                        return;
                    }
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            },
            |i| i,
            |r| {
                if r.unwrap() == 5 {
                    Err(io::ErrorKind::BrokenPipe.into())
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(result.unwrap_err().kind(), io::ErrorKind::BrokenPipe);
        thread::sleep(std::time::Duration::from_millis(50));
        assert!(emitted.load(Ordering::Relaxed) < 20);
    }
}
