//! Baselines: today's findings recorded so that only new ones fail a pull request.
//!
//! A finding is keyed by its code, file, the text of the line it points at and its message
//! ([`super::format::fingerprint`]), never by line number, so edits elsewhere in a page keep it
//! matched. Keys are counted: two identical findings need two baseline entries.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diag::Diagnostic;
use crate::source::Sources;

use super::format::fingerprint;

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Baseline {
    /// Format version.
    pub version: u32,
    pub findings: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub code: String,
    pub file: String,
    pub fingerprint: String,
    /// For people reading the file; not part of the key.
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("cannot read baseline `{path}`: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("baseline `{path}` is not a docgen baseline: {message}")]
    Format { path: String, message: String },
}

/// What comparing findings with a baseline gives.
pub struct Comparison {
    /// Findings not in the baseline: these are reported.
    pub new: Vec<Diagnostic>,
    /// Findings the baseline covers.
    pub known: usize,
    /// Baseline entries no longer found (fixed, or their line changed).
    pub gone: usize,
}

impl Baseline {
    pub fn from_findings(sources: &Sources, diagnostics: &[Diagnostic]) -> Baseline {
        let mut findings: Vec<Entry> = diagnostics
            .iter()
            .map(|d| Entry {
                code: d.code.as_str().to_string(),
                file: sources.get(d.span.file).name.clone(),
                fingerprint: fingerprint(sources, d),
                message: d.message.clone(),
            })
            .collect();
        findings.sort();
        Baseline {
            version: 1,
            findings,
        }
    }

    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: shown.clone(),
            source,
        })?;
        let baseline: Baseline =
            serde_json::from_str(&text).map_err(|e| BaselineError::Format {
                path: shown.clone(),
                message: e.to_string(),
            })?;
        if baseline.version != 1 {
            return Err(BaselineError::Format {
                path: shown,
                message: format!("version {} is not supported (expected 1)", baseline.version),
            });
        }
        Ok(baseline)
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a baseline serializes");
        s.push('\n');
        s
    }

    /// Splits findings into new and known ones.
    pub fn compare(&self, sources: &Sources, diagnostics: &[Diagnostic]) -> Comparison {
        let mut remaining: BTreeMap<(String, String, String), usize> = BTreeMap::new();
        for e in &self.findings {
            *remaining
                .entry((e.code.clone(), e.file.clone(), e.fingerprint.clone()))
                .or_default() += 1;
        }
        let mut new = Vec::new();
        let mut known = 0;
        for d in diagnostics {
            let key = (
                d.code.as_str().to_string(),
                sources.get(d.span.file).name.clone(),
                fingerprint(sources, d),
            );
            match remaining.get_mut(&key) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    known += 1;
                }
                _ => new.push(d.clone()),
            }
        }
        Comparison {
            new,
            known,
            gone: remaining.values().sum(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::source::{FileId, SourceFile, Span};

    #[test]
    fn only_new_findings_remain_and_gone_ones_are_counted() {
        let mut before = Sources::default();
        before.add(SourceFile::new("a.md", "x\n|bad|row|\n|other|row|\n"));
        let old = [
            Diagnostic::new(Code::DuplicateProperty, Span::new(FileId(0), 2, 5), "dup"),
            Diagnostic::new(Code::DuplicateProperty, Span::new(FileId(0), 14, 17), "dup"),
        ];
        let baseline = Baseline::from_findings(&before, &old);
        let reloaded: Baseline = serde_json::from_str(&baseline.to_json()).unwrap();
        assert_eq!(reloaded, baseline);

        // a line added above, the second finding fixed, a new one elsewhere
        let mut after = Sources::default();
        after.add(SourceFile::new("a.md", "new\nx\n|bad|row|\n|third|row|\n"));
        let now = [
            Diagnostic::new(Code::DuplicateProperty, Span::new(FileId(0), 6, 9), "dup"),
            Diagnostic::new(Code::DuplicateProperty, Span::new(FileId(0), 18, 21), "dup"),
        ];
        let c = reloaded.compare(&after, &now);
        assert_eq!(c.known, 1);
        assert_eq!(c.gone, 1);
        assert_eq!(c.new.len(), 1);
        assert_eq!(c.new[0].span.start, 18);
    }
}
