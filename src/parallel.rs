//! Documents on every core, results in input order.
//!
//! A document is independent of every other until the exports, so the pipeline runs on
//! `threads` worker threads while one thread reads the input and the calling thread
//! writes the results. Each document carries its sequence number; the writer holds
//! back a result until every earlier one is written, so the output is byte-identical
//! to a one-thread run whatever the thread count and however long each document takes.
//!
//! ```text
//!   reader thread ──(seq, Document)──▶ workers ×N ──(seq, result)──▶ calling thread
//!   (produce)          queue            analyze, map    reorder map    consume, idle
//! ```
//!
//! The queue and the reorder map sit under one lock, and a thread is woken only when
//! it waits and there is something worth waking for: the writer for a run of results
//! (or at once when the input is slow), the reader when half the queue is free. A
//! channel per stage woke two threads per document (75,000 context switches and 0.4 s
//! of system time over the 15,860-story corpus on two threads; about 3,500 now).
//!
//! Both the queue and the results finished ahead of the writer are bounded, so a fast
//! reader never piles up documents in memory and a slow document holds the others
//! back only so far.
//!
//! Errors: a reader error (a broken JSON line) stops the reading; documents already
//! read are still analyzed and written, then the error is returned, as in a one-thread
//! run. A writer error (disk full) stops everything and is returned.

use crate::model::{Analysis, Document};
use crate::pipeline::Pipeline;
use anyhow::{Result, anyhow};
use std::collections::{BTreeMap, VecDeque};
use std::sync::{Condvar, Mutex, MutexGuard};

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
            consume(map(analyze_caught(pipe, &doc)?), doc.source_bytes)?;
            idle()
        });
        return r;
    }
    let map = &map;
    let shared = &Shared::new(threads);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(move || {
                // However this worker ends, the others and the writer learn of it.
                let _exit = WorkerExit(shared);
                while let Some((seq, doc)) = shared.take() {
                    let bytes = doc.source_bytes;
                    match analyze_caught(pipe, &doc).map(map) {
                        Ok(out) => shared.put(seq, out, bytes),
                        Err(e) => return shared.fail(e),
                    }
                }
            });
        }
        let reader = s.spawn(move || {
            let mut seq = 0u64;
            let r = produce(&mut |doc: Document| {
                shared.send(seq, doc)?;
                seq += 1;
                Ok(())
            });
            shared.end_of_input();
            r
        });
        let written = shared.write_in_order(&mut consume, &mut idle);
        let read = reader
            .join()
            .map_err(|_| anyhow!("the reader thread stopped unexpectedly"))?;
        written?;
        idle()?;
        read
    })
}

/// Analyze one document; a panic inside the pipeline (a bug: no input should cause
/// one) becomes an error naming the document, so a run over an archive stops with a
/// message saying where, having written everything before it, instead of aborting.
fn analyze_caught(pipe: &Pipeline, doc: &Document) -> Result<Analysis> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pipe.analyze(doc))).map_err(|_| {
        let at = if doc.origin.is_empty() { &doc.id } else { &doc.origin };
        anyhow!("{at}: the analysis of this document failed (a bug in guanxi: please report it with the document)")
    })
}

/// Results written per wake-up of the writer while the input keeps coming: one
/// thread hand-over per batch rather than per document.
const WRITE_BATCH: usize = 16;

/// What the reader, the workers and the writer share, under one lock. Each waits on
/// its own condition and is woken only when it is waiting (the flags), so a fast
/// input costs no thread hand-over per document.
struct Shared<T> {
    state: Mutex<State<T>>,
    /// Workers wait for documents (or for room ahead of the writer).
    work: Condvar,
    /// The reader waits for room in the queue.
    room: Condvar,
    /// The writer waits for the next result.
    ready: Condvar,
    /// Documents read ahead at most.
    queue_max: usize,
    /// Results finished ahead of the one the writer waits for, at most.
    ahead_max: u64,
}

struct State<T> {
    /// Documents read and not yet taken, in order, with their sequence numbers.
    queue: VecDeque<(u64, Document)>,
    /// The reader may still add documents.
    reading: bool,
    /// The writer failed, or a document's analysis did: everyone stops.
    stopped: bool,
    /// A document's analysis failed (a bug): the error the writer returns.
    failed: Option<anyhow::Error>,
    /// Results finished ahead of the writer: (result, source bytes) by sequence.
    results: BTreeMap<u64, (T, u64)>,
    /// The sequence number the writer writes next.
    next: u64,
    workers: usize,
    idle_workers: usize,
    writer_waiting: bool,
    reader_waiting: bool,
}

impl<T> Shared<T> {
    /// Bounds for `threads` workers: the queue and the results finished ahead of the
    /// writer, so memory stays flat however long the input.
    fn new(threads: usize) -> Shared<T> {
        Shared {
            state: Mutex::new(State {
                queue: VecDeque::new(),
                reading: true,
                stopped: false,
                failed: None,
                results: BTreeMap::new(),
                next: 0,
                workers: threads,
                idle_workers: 0,
                writer_waiting: false,
                reader_waiting: false,
            }),
            work: Condvar::new(),
            room: Condvar::new(),
            ready: Condvar::new(),
            queue_max: threads * 64,
            ahead_max: (threads * 64) as u64,
        }
    }

    /// The lock; a thread that panicked holding it left the state consistent (every
    /// update is a single step), so poisoning is ignored.
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'g>(
        &self,
        cond: &Condvar,
        guard: MutexGuard<'g, State<T>>,
    ) -> MutexGuard<'g, State<T>> {
        cond.wait(guard).unwrap_or_else(|e| e.into_inner())
    }

    /// Reader: queue a document, waiting while the queue is full. Fails once the
    /// writer has failed (or no worker is left), so the reading stops.
    fn send(&self, seq: u64, doc: Document) -> Result<()> {
        let mut st = self.lock();
        while st.queue.len() >= self.queue_max && !st.stopped && st.workers > 0 {
            st.reader_waiting = true;
            st = self.wait(&self.room, st);
            st.reader_waiting = false;
        }
        if st.stopped || st.workers == 0 {
            return Err(anyhow!("stopped: the results could not be written"));
        }
        st.queue.push_back((seq, doc));
        if st.idle_workers > 0 {
            self.work.notify_one();
        }
        Ok(())
    }

    /// Reader: no more documents.
    fn end_of_input(&self) {
        let mut st = self.lock();
        st.reading = false;
        self.work.notify_all();
        self.ready.notify_one();
    }

    /// Worker: the next document, when it is not too far ahead of the writer; none
    /// when the input is over or everything stops.
    fn take(&self) -> Option<(u64, Document)> {
        let mut st = self.lock();
        loop {
            if st.stopped {
                return None;
            }
            let next = st.next;
            if st
                .queue
                .front()
                .is_some_and(|(q, _)| *q < next + self.ahead_max)
            {
                let item = st.queue.pop_front();
                // Wake a reader held back by the bound once half the queue is free,
                // not at every document taken.
                if st.reader_waiting && st.queue.len() <= self.queue_max / 2 {
                    self.room.notify_one();
                }
                return item;
            }
            if st.queue.is_empty() && !st.reading {
                return None;
            }
            st.idle_workers += 1;
            st = self.wait(&self.work, st);
            st.idle_workers -= 1;
        }
    }

    /// Worker: a finished result. The writer is woken for a run worth writing, or at
    /// once when the input is slow or over (a live stream sees each line promptly).
    fn put(&self, seq: u64, out: T, bytes: u64) {
        let mut st = self.lock();
        st.results.insert(seq, (out, bytes));
        if st.writer_waiting
            && st.results.contains_key(&st.next)
            && (st.queue.is_empty()
                || !st.reading
                || ready_run(&st.results, st.next) >= WRITE_BATCH)
        {
            self.ready.notify_one();
        }
    }

    /// Worker: a document's analysis failed. Everyone stops; the writer returns the
    /// error after what was ready before it.
    fn fail(&self, e: anyhow::Error) {
        let mut st = self.lock();
        st.failed.get_or_insert(e);
        st.stopped = true;
        self.work.notify_all();
        self.room.notify_all();
        self.ready.notify_one();
    }

    /// Writer (the calling thread): hand the results to `consume` in sequence, calling
    /// `idle` before each wait, until every worker is done or something fails; on a
    /// failure everyone stops.
    fn write_in_order(
        &self,
        consume: &mut impl FnMut(T, u64) -> Result<()>,
        idle: &mut impl FnMut() -> Result<()>,
    ) -> Result<()> {
        let mut written: Result<()> = Ok(());
        let mut st = self.lock();
        loop {
            let first = st.next;
            let mut run = Vec::new();
            loop {
                let next = st.next;
                let Some(r) = st.results.remove(&next) else {
                    break;
                };
                run.push(r);
                st.next += 1;
            }
            if !run.is_empty() {
                if st.idle_workers > 0 && st.next > first {
                    // Room ahead opened for workers held back by the bound.
                    self.work.notify_all();
                }
                drop(st);
                written = run
                    .into_iter()
                    .try_for_each(|(an, bytes)| consume(an, bytes));
                st = self.lock();
                if written.is_err() {
                    break;
                }
                continue;
            }
            if let Some(e) = st.failed.take() {
                written = Err(e);
                break;
            }
            if st.workers == 0 {
                break;
            }
            // Nothing ready: hand the writer its moment to flush, then wait.
            drop(st);
            written = idle();
            st = self.lock();
            if written.is_err() {
                break;
            }
            if st.results.contains_key(&st.next) || st.workers == 0 || st.failed.is_some() {
                continue;
            }
            st.writer_waiting = true;
            st = self.wait(&self.ready, st);
            st.writer_waiting = false;
        }
        if written.is_err() {
            // Stop everyone: workers drop their work, the reader's next send fails.
            st.stopped = true;
            self.work.notify_all();
            self.room.notify_all();
        }
        written
    }
}

/// Counts a worker out when it ends, even by a panic, and wakes whoever might wait
/// on it: the writer (no more results from it) and the reader (no more room).
struct WorkerExit<'a, T>(&'a Shared<T>);

impl<T> Drop for WorkerExit<'_, T> {
    fn drop(&mut self) {
        let mut st = self.0.lock();
        st.workers -= 1;
        self.0.ready.notify_one();
        self.0.room.notify_all();
        drop(st);
    }
}

/// How many consecutive results from `next` are ready.
fn ready_run<T>(results: &BTreeMap<u64, T>, next: u64) -> usize {
    results
        .range(next..)
        .zip(next..)
        .take_while(|((k, _), want)| *k == want)
        .count()
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
    fn a_slow_first_document_holds_the_others_back_but_not_forever() {
        // The first document takes far longer than the 400 after it: workers run ahead
        // up to the bound, wait, and every result still comes out once, in order.
        let pipe = Pipeline::load(None).expect("dictionaries");
        let slow = Document {
            id: "slow".into(),
            text: "副市长王建国出席签约仪式。".repeat(20_000),
            ..Default::default()
        };
        for threads in [2, 3] {
            let mut seen = Vec::new();
            analyze_in_order(
                &pipe,
                threads,
                |emit| {
                    emit(slow.clone())?;
                    docs(400).try_for_each(emit)
                },
                |an, _| {
                    seen.push(an.id);
                    Ok(())
                },
            )
            .expect("no error");
            let mut want = vec!["slow".to_string()];
            want.extend((0..400).map(|i| format!("d{i}")));
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
