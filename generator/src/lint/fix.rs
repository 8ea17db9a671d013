//! `docgen lint --fix`: the mechanical fixes diagnostics carry (canonical type spellings,
//! stray commas and odd spaces in examples, Content-Length values), applied per file.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diag::{Diagnostic, Edit};
use crate::output::{self, OutputError};
use crate::source::{FileId, Sources};

/// The fixed text of one file.
pub struct FileFix {
    pub name: String,
    pub before: String,
    pub after: String,
    /// Diagnostics whose fixes were applied.
    pub fixed: usize,
}

/// Applies every fix that does not overlap an earlier one, file by file.
pub fn plan(sources: &Sources, diagnostics: &[Diagnostic]) -> Vec<FileFix> {
    let mut by_file: BTreeMap<FileId, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diagnostics.iter().filter(|d| !d.fix.is_empty()) {
        by_file.entry(d.span.file).or_default().push(d);
    }
    let mut out = Vec::new();
    for (file, diags) in by_file {
        let text = &sources.get(file).text();
        let mut taken: Vec<&Edit> = Vec::new();
        let mut fixed = 0;
        for d in diags {
            let clashes = d.fix.iter().any(|e| {
                e.span.file != file
                    || e.span.end as usize > text.len()
                    || taken
                        .iter()
                        .any(|t| e.span.start < t.span.end && t.span.start < e.span.end)
            });
            if !clashes {
                taken.extend(d.fix.iter());
                fixed += 1;
            }
        }
        taken.sort_by_key(|e| e.span.start);
        let mut after = String::with_capacity(text.len());
        let mut at = 0;
        for e in &taken {
            after.push_str(&text[at..e.span.start as usize]);
            after.push_str(&e.replacement);
            at = e.span.end as usize;
        }
        after.push_str(&text[at..]);
        if after != *text {
            out.push(FileFix {
                name: sources.get(file).name.clone(),
                before: text.to_string(),
                after,
                fixed,
            });
        }
    }
    out
}

/// Writes the fixed files in place (each through a temporary file).
pub fn write(fixes: &[FileFix]) -> Result<(), OutputError> {
    for f in fixes {
        output::write_file(&PathBuf::from(&f.name), &f.after)?;
    }
    Ok(())
}

/// A unified diff of what `write` would change.
pub fn diff(fixes: &[FileFix]) -> String {
    let mut s = String::new();
    for f in fixes {
        let diff = similar::TextDiff::from_lines(&f.before, &f.after);
        s.push_str(
            &diff
                .unified_diff()
                .context_radius(2)
                .header(&format!("a/{}", f.name), &format!("b/{}", f.name))
                .to_string(),
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::source::{SourceFile, Span};

    #[test]
    fn fixes_apply_without_overlap_and_diff() {
        let mut s = Sources::default();
        s.add(SourceFile::new(
            "p.md",
            "|id|string|x|\nContent-Length: 3\n",
        ));
        let file = FileId(0);
        let d = vec![
            Diagnostic::new(Code::NonCanonicalType, Span::new(file, 4, 10), "t")
                .with_fix(Span::new(file, 4, 10), "String"),
            Diagnostic::new(Code::NonCanonicalType, Span::new(file, 5, 8), "overlaps")
                .with_fix(Span::new(file, 5, 8), "X"),
            Diagnostic::new(Code::ContentLength, Span::new(file, 30, 31), "n")
                .with_fix(Span::new(file, 30, 31), "42"),
        ];
        let plan = plan(&s, &d);
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].after, "|id|String|x|\nContent-Length: 42\n");
        assert_eq!(plan[0].fixed, 2);
        let diff = diff(&plan);
        assert!(
            diff.contains("-|id|string|x|\n-Content-Length: 3\n+|id|String|x|"),
            "{diff}"
        );
    }
}
