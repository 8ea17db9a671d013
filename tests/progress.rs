//! A long run tells whoever asks how it goes: a step per page read, a step per crate written.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use docgen::pipeline::Progress;

#[derive(Debug, Default)]
struct Recorder {
    stages: Mutex<Vec<(&'static str, usize)>>,
    steps: AtomicUsize,
    finished: AtomicUsize,
}

impl Progress for Recorder {
    fn start(&self, stage: &'static str, total: usize) {
        self.stages.lock().unwrap().push((stage, total));
    }
    fn advance(&self, n: usize) {
        self.steps.fetch_add(n, Ordering::Relaxed);
    }
    fn finish(&self) {
        self.finished.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn reading_and_writing_report_their_steps() {
    let pages = std::fs::read_dir("docs-input").unwrap().count();
    let recorder = Arc::new(Recorder::default());
    let out = tempfile::tempdir().unwrap();
    docgen::Builder::new()
        .input("docs-input")
        .progress(recorder.clone())
        .write_crate(out.path().join("crate"), Some("progress-test"))
        .unwrap();
    let stages = recorder.stages.lock().unwrap().clone();
    assert_eq!(stages, [("reading pages", pages), ("writing crates", 1)]);
    assert_eq!(recorder.steps.load(Ordering::Relaxed), pages + 1);
    assert_eq!(recorder.finished.load(Ordering::Relaxed), 1);
}
