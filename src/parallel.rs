//! Documents on every core, results in input order.
//!
//! A document is independent of every other until the exports, so the pipeline runs on
//! `threads` worker threads while one thread reads the input and the calling thread
//! writes the results. Each document carries its sequence number; the writer holds
//! back a result until every earlier one is written, so the output is byte-identical
//! to a one-thread run whatever the thread count and however long each document takes.
//!
//! ```text
//!   reader thread ──(seq, Document)──▶ workers ×N ──(seq, Analysis)──▶ calling thread
//!   (produce)         bounded channel   analyze      bounded channel    reorder, consume
//! ```
//!
//! Both channels are bounded, so a fast reader never piles up documents in memory; the
//! reorder buffer holds only what finished ahead of a slow document.
//!
//! Errors: a reader error (a broken JSON line) stops the reading; documents already
//! read are still analyzed and written, then the error is returned, as in a one-thread
//! run. A writer error (disk full) stops everything and is returned.

use crate::model::{Analysis, Document};
use crate::pipeline::Pipeline;
use anyhow::{Result, anyhow};
use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, TryRecvError, sync_channel};
use std::sync::{Arc, Mutex};

/// The number of threads to use when none is given: every core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Analyze the documents `produce` hands over on `threads` threads and give each
/// result to `consume` in the order the documents were produced, with the document's
/// `source_bytes`. With one thread everything runs on the calling thread.
pub fn analyze_in_order<R: Send>(
    pipe: &Pipeline,
    threads: usize,
    produce: impl FnOnce(&mut dyn FnMut(Document) -> Result<()>) -> Result<R> + Send,
    consume: impl FnMut(Analysis, u64) -> Result<()>,
) -> Result<R> {
    analyze_map_in_order(pipe, threads, produce, |an| an, consume, || Ok(()))
}

/// [`analyze_in_order`], with `map` applied to each result on the worker thread that
/// made it (serializing a JSON line, say), so that only `consume` runs in turn; and
/// `idle` called whenever no further result is ready, the moment for a writer to
/// flush what it buffered (one write per burst of results, not one per document,
/// yet nothing held back while the input is slow).
pub fn analyze_map_in_order<R: Send, T: Send>(
    pipe: &Pipeline,
    threads: usize,
    produce: impl FnOnce(&mut dyn FnMut(Document) -> Result<()>) -> Result<R> + Send,
    map: impl Fn(Analysis) -> T + Sync,
    mut consume: impl FnMut(T, u64) -> Result<()>,
    mut idle: impl FnMut() -> Result<()>,
) -> Result<R> {
    if threads <= 1 {
        let r = produce(&mut |doc: Document| {
            consume(map(pipe.analyze(&doc)), doc.source_bytes)?;
            idle()
        });
        return r;
    }
    let map = &map;
    std::thread::scope(|s| {
        let (doc_tx, doc_rx) = sync_channel::<(u64, Document)>(threads * 64);
        let doc_rx: Arc<Mutex<Receiver<(u64, Document)>>> = Arc::new(Mutex::new(doc_rx));
        let (res_tx, res_rx) = sync_channel::<(u64, T, u64)>(threads * 64);
        for _ in 0..threads {
            let doc_rx = Arc::clone(&doc_rx);
            let res_tx = res_tx.clone();
            s.spawn(move || {
                loop {
                    // Take the next document; the lock is held only while receiving.
                    let next = match doc_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, doc)) = next else { return };
                    let out = map(pipe.analyze(&doc));
                    if res_tx.send((seq, out, doc.source_bytes)).is_err() {
                        return;
                    }
                }
            });
        }
        // Only the workers hold the receiver now: when they stop, the reader's sends
        // fail instead of waiting forever.
        drop(doc_rx);
        drop(res_tx);
        let reader = s.spawn(move || {
            let mut seq = 0u64;
            let r = produce(&mut |doc: Document| {
                doc_tx
                    .send((seq, doc))
                    .map_err(|_| anyhow!("stopped: the results could not be written"))?;
                seq += 1;
                Ok(())
            });
            drop(doc_tx);
            r
        });
        let mut next = 0u64;
        let mut ahead: BTreeMap<u64, (T, u64)> = BTreeMap::new();
        let mut written: Result<()> = Ok(());
        loop {
            let (seq, an, bytes) = match res_rx.try_recv() {
                Ok(next) => next,
                Err(TryRecvError::Disconnected) => break,
                Err(TryRecvError::Empty) => {
                    if let Err(e) = idle() {
                        written = Err(e);
                        break;
                    }
                    match res_rx.recv() {
                        Ok(next) => next,
                        Err(_) => break,
                    }
                }
            };
            ahead.insert(seq, (an, bytes));
            while let Some((an, bytes)) = ahead.remove(&next) {
                next += 1;
                if let Err(e) = consume(an, bytes) {
                    written = Err(e);
                    break;
                }
            }
            if written.is_err() {
                break;
            }
        }
        if written.is_ok() {
            written = idle();
        }
        // Dropping the receiver makes the workers, then the reader, stop.
        drop(res_rx);
        let read = reader
            .join()
            .map_err(|_| anyhow!("the reader thread stopped unexpectedly"))?;
        written?;
        read
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(n: usize) -> impl Iterator<Item = Document> {
        (0..n).map(|i| Document {
            id: format!("d{i}"),
            text: format!("副市长王建国出席第{i}次会议。"),
            ..Default::default()
        })
    }

    #[test]
    fn results_come_in_input_order_and_a_writer_error_stops_everything() {
        let pipe = Pipeline::load(None).expect("dictionaries");
        for threads in [1, 2, 4] {
            let mut seen = Vec::new();
            let r = analyze_in_order(
                &pipe,
                threads,
                |emit| docs(500).try_for_each(emit),
                |an, _| {
                    seen.push(an.id);
                    if seen.len() == 7 {
                        anyhow::bail!("disk full");
                    }
                    Ok(())
                },
            );
            // The writer's error comes back (no deadlock), after exactly 7 results
            // in input order.
            let err = r.expect_err("the writer failed");
            assert!(err.to_string().contains("disk full"), "{err}");
            let want: Vec<String> = (0..7).map(|i| format!("d{i}")).collect();
            assert_eq!(seen, want, "threads {threads}");
        }
    }

    #[test]
    fn a_reader_error_comes_back_after_what_was_read() {
        let pipe = Pipeline::load(None).expect("dictionaries");
        let mut n = 0;
        let r: Result<()> = analyze_in_order(
            &pipe,
            3,
            |emit| {
                docs(20).try_for_each(&mut *emit)?;
                anyhow::bail!("line 21: broken JSON")
            },
            |_, _| {
                n += 1;
                Ok(())
            },
        );
        assert!(
            r.expect_err("reader failed")
                .to_string()
                .contains("line 21")
        );
        assert_eq!(n, 20);
    }
}
