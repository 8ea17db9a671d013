//! How `docgen lint` shows diagnostics: rustc-style through codespan-reporting, or JSON.

use std::io::{IsTerminal, Write};
use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as Level};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, termcolor};

use docgen::source::{FileId, Sources};
use docgen::{Diagnostic, Severity};

/// The input files as codespan sees them.
struct SourceFiles<'a>(&'a Sources);

impl<'a> Files<'a> for SourceFiles<'a> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(&self.0.get(id).name)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(self.0.get(id).text())
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.0.get(id).line_index(byte_index))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let file = self.0.get(id);
        file.line_range(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: file.line_index(file.text().len()),
        })
    }
}

fn to_report(d: &Diagnostic) -> Report<FileId> {
    let level = match d.severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Note,
    };
    let mut labels = vec![Label::primary(d.span.file, d.span.range())];
    labels.extend(
        d.related
            .iter()
            .map(|r| Label::secondary(r.span.file, r.span.range()).with_message(&r.message)),
    );
    let mut report = Report::new(level)
        .with_code(d.code.as_str())
        .with_message(&d.message)
        .with_labels(labels);
    if let Some(help) = &d.help {
        report = report.with_notes(vec![format!("help: {help}")]);
    }
    report
}

/// rustc-style output with the source lines.
pub fn human(
    sources: &Sources,
    diagnostics: &[Diagnostic],
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let files = SourceFiles(sources);
    let config = term::Config::default();
    let mut buffer = if std::io::stdout().is_terminal() {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    for d in diagnostics {
        term::emit_to_write_style(&mut buffer, &config, &files, &to_report(d))?;
    }
    out.write_all(buffer.as_slice())?;
    Ok(())
}
