//! Stage 1, parse: page text → [`Page`] (front matter + a flat list of blocks with spans).
//!
//! Two readers produce the same blocks: [`markdown`] (pulldown-cmark) for the docs' markdown
//! sources and [`text`] for pages copied as plain text from the rendered site. The format is
//! recognised from the content, never from the file name.

pub mod annotation;
pub mod front_matter;
pub mod json;
pub mod markdown;
pub mod text;

use crate::diag::Diagnostic;
use crate::source::{FileId, SourceFile, Span};

pub use annotation::Annotation;
pub use front_matter::FrontMatter;

/// How a page is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// The docs' markdown source (front matter, pipe tables, fenced code, annotations).
    Markdown,
    /// Text copied from the rendered web page: tables flattened to space-separated lines,
    /// code fences and the braces of JSON bodies lost.
    RenderedText,
}

/// One parsed page.
#[derive(Clone, Debug)]
pub struct Page {
    pub file: FileId,
    pub format: Format,
    pub front_matter: Option<FrontMatter>,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

#[derive(Clone, Debug)]
pub enum BlockKind {
    Heading { level: u8, text: Inline },
    Paragraph(Inline),
    Table(Table),
    Code(CodeBlock),
    Annotation(Annotation),
}

/// A piece of inline text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// `code`, without the backticks.
    Code(String),
    /// **bold** text, flattened.
    Strong(String),
    Link {
        text: String,
        dest: String,
    },
}

/// Inline content (a heading, paragraph or table cell) as pieces, with its span.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inline {
    pub pieces: Vec<Piece>,
    pub span: Option<Span>,
}

impl Inline {
    pub fn plain_text(text: &str, span: Span) -> Inline {
        Inline {
            pieces: vec![Piece::Text(text.to_string())],
            span: Some(span),
        }
    }

    /// The text as a reader sees it (no markup, backticks dropped), whitespace collapsed.
    pub fn plain(&self) -> String {
        plain(&self.pieces)
    }

    /// The destinations of the links, in order, with their text.
    pub fn links(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Link { text, dest } => Some((text.as_str(), dest.as_str())),
            _ => None,
        })
    }

    pub fn is_empty(&self) -> bool {
        is_blank(&self.pieces)
    }
}

impl Piece {
    /// The text a reader sees.
    pub fn text(&self) -> &str {
        match self {
            Piece::Text(t) | Piece::Code(t) | Piece::Strong(t) => t,
            Piece::Link { text, .. } => text,
        }
    }
}

/// The text of pieces as a reader sees it (no markup, backticks dropped), white space
/// collapsed: the pieces' texts joined, each run of white space (`char::is_whitespace`) one
/// space, none at either end. One pass and one allocation; a word may go on across pieces.
pub fn plain(pieces: &[Piece]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.text().len()).sum());
    // white space seen since the last word: one space before the next, if any
    let mut gap = false;
    for piece in pieces {
        let t = piece.text();
        // where the word being read starts
        let mut word = 0;
        // white space of `len` bytes at `i` ends the word
        let mut space = |i: usize, len: usize| {
            push_word(&mut out, &t[word..i], &mut gap);
            gap = true;
            word = i + len;
        };
        if t.is_ascii() {
            // nearly every piece: its white space is what `char::is_whitespace` says of a byte
            for (i, _) in t.bytes().enumerate().filter(|(_, b)| is_ascii_space(*b)) {
                space(i, 1);
            }
        } else {
            for (i, c) in t.char_indices().filter(|(_, c)| c.is_whitespace()) {
                space(i, c.len_utf8());
            }
        }
        push_word(&mut out, &t[word..], &mut gap);
    }
    out
}

/// `char::is_whitespace` of an ASCII byte (which, unlike `u8::is_ascii_whitespace`, counts
/// the vertical tab).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Appends a word (or the part of one a piece holds), after one space when white space
/// came before it and it is not the first.
fn push_word(out: &mut String, word: &str, gap: &mut bool) {
    if word.is_empty() {
        return;
    }
    if *gap && !out.is_empty() {
        out.push(' ');
    }
    *gap = false;
    out.push_str(word);
}

/// Whether pieces hold nothing but white space.
pub fn is_blank(pieces: &[Piece]) -> bool {
    pieces.iter().all(|p| p.text().trim().is_empty())
}

#[derive(Clone, Debug, Default)]
pub struct Table {
    pub header: Vec<Inline>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug)]
pub struct Row {
    pub span: Span,
    pub cells: Vec<Inline>,
    /// An unescaped `|` (inside a code span, say) cut the row into more cells than its header
    /// has (reported as `table-cell-count`): the cell it cut ends early, the cells after are lost.
    pub cut: bool,
}

impl Table {
    /// The header cells as lowercase plain text.
    pub fn header_names(&self) -> Vec<String> {
        self.header
            .iter()
            .map(|c| c.plain().to_lowercase())
            .collect()
    }
}

/// A code block. `line_starts[i]` is the byte offset in the file of content line `i`, so that
/// a position inside the content maps back to the page.
#[derive(Clone, Debug)]
pub struct CodeBlock {
    pub info: String,
    pub content: String,
    pub line_starts: Vec<u32>,
    /// Set when the reader had to rebuild parts of the content (braces of a rendered page).
    pub recovered: Option<String>,
}

impl CodeBlock {
    /// File offset of byte `offset` of the content (start of its line).
    pub fn file_offset(&self, offset: usize) -> usize {
        let before = &self.content.as_bytes()[..offset.min(self.content.len())];
        let line = memchr::memchr_iter(b'\n', before).count();
        self.line_starts
            .get(line)
            .or(self.line_starts.last())
            .map_or(0, |&o| o as usize)
    }

    pub fn lang(&self) -> &str {
        self.info.split_whitespace().next().unwrap_or("")
    }
}

/// The parse of one page, with what went wrong on the way.
pub struct Parsed {
    pub page: Page,
    pub diagnostics: Vec<Diagnostic>,
}

/// Recognises the format from the content.
pub fn detect_format(text: &str) -> Format {
    let t = text.trim_start_matches('\u{feff}');
    if t.starts_with("---") {
        return Format::Markdown;
    }
    let markdownish = t.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("```")
            || l.starts_with("# ")
            || l.starts_with("## ")
            || l.starts_with("<!--")
            || (l.starts_with('|') && l.contains("---"))
    });
    if markdownish {
        Format::Markdown
    } else {
        Format::RenderedText
    }
}

/// Parses one page in whichever format it is written.
pub fn parse(file: FileId, source: &SourceFile) -> Parsed {
    match detect_format(source.text()) {
        Format::Markdown => markdown::parse(file, source.text()),
        Format::RenderedText => text::parse(file, source.text()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_joins_pieces_and_collapses_white_space() {
        // what `plain` must equal: the texts joined, then split on white space and rejoined
        fn expected(pieces: &[Piece]) -> String {
            let joined: String = pieces.iter().map(Piece::text).collect();
            joined.split_whitespace().collect::<Vec<_>>().join(" ")
        }
        let texts = [
            "",
            " ",
            "a",
            "  a  b  ",
            "a\tb\r\nc",
            "x\u{a0}y",
            "\u{a0}",
            "é è",
            "a\u{b}b",
            "a\u{c}b\u{1f}c",
            "a\u{85}b\u{3000}c",
            "word",
            " lead",
            "trail ",
            "Possible values are: `a`, `b`.",
        ];
        for a in texts {
            for b in texts {
                for pieces in [
                    vec![Piece::Text(a.into())],
                    vec![Piece::Text(a.into()), Piece::Code(b.into())],
                    vec![
                        Piece::Strong(b.into()),
                        Piece::Link {
                            text: a.into(),
                            dest: "x".into(),
                        },
                        Piece::Text(b.into()),
                    ],
                ] {
                    assert_eq!(plain(&pieces), expected(&pieces), "{pieces:?}");
                }
            }
        }
        for b in 0..128u8 {
            assert_eq!(is_ascii_space(b), char::from(b).is_whitespace(), "{b}");
        }
    }

    #[test]
    fn format_is_recognised_from_content() {
        assert_eq!(detect_format("---\ntitle: x\n---\n"), Format::Markdown);
        assert_eq!(detect_format("Title\n\n## Permissions\n"), Format::Markdown);
        assert_eq!(
            detect_format("Update x\n\nNamespace: microsoft.graph\nHTTP Request\n"),
            Format::RenderedText
        );
    }
}
