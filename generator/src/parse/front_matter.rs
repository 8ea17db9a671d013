//! YAML front matter (`---` … `---` at the top of a markdown page).
//!
//! The docs use flat `key: value` lines only; reading them line by line keeps each entry's span
//! for diagnostics (a TODO in `author:` is reported on its own line).

use crate::diag::{Code, Diagnostic};
use crate::source::{FileId, Span};

#[derive(Clone, Debug)]
pub struct FrontMatter {
    pub span: Span,
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub key: String,
    pub value: String,
    pub span: Span,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.key.eq_ignore_ascii_case(key))
    }
}

/// Reads the front matter at the start of `text`, if there is one.
pub fn parse(file: FileId, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<FrontMatter> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    let first = body.lines().next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut offset = bom + first.len() + line_end_len(&body[first.len()..]);
    let mut entries = Vec::new();
    while offset < text.len() {
        let rest = &text[offset..];
        let line = rest.lines().next().unwrap_or("");
        let next = offset + line.len() + line_end_len(&rest[line.len()..]);
        let span = Span::new(file, offset, offset + line.len());
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Some(FrontMatter {
                span: Span::new(file, bom, next),
                entries,
            });
        }
        if !trimmed.trim().is_empty() && !trimmed.trim_start().starts_with('#') {
            match trimmed.split_once(':') {
                Some((key, value)) if !key.trim().is_empty() && !key.starts_with(' ') => {
                    entries.push(Entry {
                        key: key.trim().to_string(),
                        value: unquote(value.trim()).to_string(),
                        span,
                    });
                }
                _ if line.starts_with(' ') || line.starts_with('-') => {
                    // a continuation or list item of the previous key: kept with it
                    if let Some(last) = entries.last_mut() {
                        if !last.value.is_empty() {
                            last.value.push(' ');
                        }
                        last.value
                            .push_str(unquote(trimmed.trim().trim_start_matches("- ")));
                    }
                }
                _ => diagnostics.push(Diagnostic::new(
                    Code::MalformedFrontMatter,
                    span,
                    format!(
                        "front matter line `{}` is not a `key: value` pair",
                        trimmed.trim()
                    ),
                )),
            }
        }
        offset = next;
    }
    diagnostics.push(
        Diagnostic::new(
            Code::MalformedFrontMatter,
            Span::new(file, bom, bom + 3),
            "front matter opened with `---` is never closed",
        )
        .with_help("end the front matter with a line `---`"),
    );
    None
}

fn line_end_len(rest: &str) -> usize {
    if rest.starts_with("\r\n") {
        2
    } else if rest.starts_with('\n') {
        1
    } else {
        0
    }
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_with_spans() {
        let text = "---\ntitle: \"Update x\"\ndoc_type: apiPageType\n---\n# Update x\n";
        let mut d = Vec::new();
        let fm = parse(FileId(0), text, &mut d).unwrap();
        assert!(d.is_empty());
        assert_eq!(fm.get("title").unwrap().value, "Update x");
        assert_eq!(fm.get("doc_type").unwrap().value, "apiPageType");
        assert_eq!(fm.get("doc_type").unwrap().span.start, 22);
        assert_eq!(
            &text[fm.span.range()],
            "---\ntitle: \"Update x\"\ndoc_type: apiPageType\n---\n"
        );
    }

    #[test]
    fn unclosed_and_malformed_are_reported() {
        let mut d = Vec::new();
        assert!(parse(FileId(0), "---\ntitle x\n", &mut d).is_none());
        let codes: Vec<_> = d.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [Code::MalformedFrontMatter, Code::MalformedFrontMatter]
        );
    }

    #[test]
    fn no_front_matter() {
        let mut d = Vec::new();
        assert!(parse(FileId(0), "# Title\n", &mut d).is_none());
        assert!(d.is_empty());
    }
}
