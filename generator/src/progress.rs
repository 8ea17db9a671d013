//! The progress bar of long runs: drawn on stderr when it is a terminal and there is enough
//! to read; silent otherwise (CI logs, pipes, small inputs).

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Fewer pages than this finish before a bar would be worth drawing.
const WORTH_SHOWING: usize = 500;

#[derive(Debug)]
pub struct Bar(ProgressBar);

impl Bar {
    pub fn new() -> Bar {
        let bar = ProgressBar::hidden();
        if std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        Bar(bar)
    }
}

impl docgen::pipeline::Progress for Bar {
    fn start(&self, stage: &'static str, total: usize) {
        if stage == "reading pages" && total < WORTH_SHOWING {
            self.0.set_draw_target(ProgressDrawTarget::hidden());
        }
        let style = ProgressStyle::with_template("{msg:>15} [{bar:40}] {pos}/{len} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        self.0.set_style(style);
        self.0.set_message(stage);
        self.0.set_length(total as u64);
        self.0.set_position(0);
    }

    fn advance(&self, n: usize) {
        self.0.inc(n as u64);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
