//! Input files: discovery, loading, and byte-offset → line:column mapping.
//!
//! Every later stage refers to text by [`Span`] (file id + byte range); line and column are
//! computed only when something is shown to a person.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::diag::{Code, Diagnostic};

/// Index of a file in [`Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A byte range in one input file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span {
            file,
            start: start as u32,
            end: end.max(start) as u32,
        }
    }

    /// An empty span at `offset`.
    pub fn point(file: FileId, offset: usize) -> Span {
        Span::new(file, offset, offset)
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// From the span's start to the end of that line (without the line end).
    pub fn first_line_to_end(self, text: &str) -> Span {
        let start = (self.start as usize).min(text.len());
        let end = memchr::memchr2(b'\r', b'\n', &text.as_bytes()[start..])
            .map_or(text.len(), |i| start + i);
        Span::new(self.file, start, end)
    }

    /// The part of the span on its first line, without the line end (for a table: its
    /// header row), so that a diagnostic underlines one line.
    pub fn first_line(self, text: &str) -> Span {
        let start = (self.start as usize).min(text.len());
        let end = (self.end as usize).min(text.len());
        let line_end =
            memchr::memchr2(b'\r', b'\n', &text.as_bytes()[start..end]).map_or(end, |i| start + i);
        Span::new(self.file, start, line_end)
    }
}

/// One input file. `name` is the path as the user gave it (forward slashes), used in every
/// diagnostic and in the generated code, so output does not depend on the working directory.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    /// The page's text; empty once [`SourceFile::keep_positions_only`] has let it go.
    text: String,
    /// The text's length in bytes, which outlives the text.
    len: usize,
    /// Byte offset of each line's start, built the first time a position is shown (most
    /// files never need it) or when the text is let go.
    line_starts: std::sync::OnceLock<Vec<u32>>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        SourceFile {
            name: name.into(),
            len: text.len(),
            text,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// The page's text.
    ///
    /// # Panics
    /// In debug builds, when the text was let go ([`SourceFile::keep_positions_only`]): a caller
    /// that reads it must run the pipeline with [`Keep::Text`](crate::pipeline::Keep::Text).
    pub fn text(&self) -> &str {
        debug_assert!(self.has_text(), "the text of `{}` was let go", self.name);
        &self.text
    }

    /// Whether the text is still held (it is, unless [`SourceFile::keep_positions_only`] let
    /// it go).
    pub fn has_text(&self) -> bool {
        self.text.len() == self.len
    }

    /// Lets the text go when positions in it need only its line starts: when it is ASCII,
    /// where a column in characters is a column in bytes. Returns whether it did. Positions
    /// ([`SourceFile::line_col`], [`Sources::location`]) stay as they were; the text itself
    /// and [`SourceFile::line_text`] are gone.
    pub fn keep_positions_only(&mut self) -> bool {
        if self.len == 0 || !self.text.is_ascii() {
            return false;
        }
        self.line_starts();
        self.text = String::new();
        true
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let bytes = self.text.as_bytes();
            // room for lines of 32 bytes on average (the corpus averages 37): one allocation
            let mut starts = Vec::with_capacity(bytes.len() / 32 + 1);
            starts.push(0);
            starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i as u32 + 1));
            starts
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.len);
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s as usize <= offset) - 1;
        let start = starts[line] as usize;
        // a text let go was ASCII: a character is a byte
        let col = if self.has_text() {
            self.text
                .get(start..offset)
                .map_or(offset - start, |s| s.chars().count())
        } else {
            offset - start
        };
        (line + 1, col + 1)
    }

    /// 0-based index of the line holding byte `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        self.line_starts()
            .partition_point(|&s| s as usize <= offset)
            - 1
    }

    /// Byte range of the 0-based line `index` (with its line end), if there is such a line.
    pub fn line_range(&self, index: usize) -> Option<std::ops::Range<usize>> {
        let starts = self.line_starts();
        let start = *starts.get(index)? as usize;
        let end = starts.get(index + 1).map_or(self.len, |&e| e as usize);
        Some(start..end)
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        let text = self.text();
        let starts = self.line_starts();
        let Some(&start) = starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let (start, end) = (
            start as usize,
            starts.get(line).map_or(text.len(), |&e| e as usize),
        );
        text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// All input files of one run, in a deterministic order (sorted by name).
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// `file:line` of the start of a span.
    pub fn location(&self, span: Span) -> Location {
        let file = self.get(span.file);
        let (line, column) = file.line_col(span.start as usize);
        Location {
            file: file.name.clone(),
            line,
            column,
        }
    }
}

impl Sources {
    /// `file:line:column` just after the end of a span (at least one column past its start).
    pub fn end_location(&self, span: Span) -> Location {
        let file = self.get(span.file);
        let (line, column) = file.line_col(span.end as usize);
        let start = file.line_col(span.start as usize);
        let column = if (line, column) == start {
            column + 1
        } else {
            column
        };
        Location {
            file: file.name.clone(),
            line,
            column,
        }
    }
}

/// A human-readable position.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Why the inputs could not be read at all (exit code 2 in the CLI).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("input path `{path}` does not exist")]
    Missing { path: String },
    #[error("cannot read `{path}`: {source}")]
    Unreadable {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// The display name of a path: as given, with forward slashes and without a leading `./`.
pub fn display_name(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

/// The files under `paths`, by display name (sorted, without duplicates), and every folder
/// walked.
pub struct Listing {
    pub files: Vec<(String, PathBuf)>,
    pub folders: Vec<PathBuf>,
}

/// Finds every file under `paths` (files, or folders walked recursively; hidden entries are
/// skipped). A missing or unreadable path is an error.
pub fn list(paths: &[PathBuf]) -> Result<Listing, InputError> {
    let mut found: Vec<PathBuf> = Vec::new();
    let mut folders = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => InputError::Missing {
                path: display_name(path),
            },
            _ => InputError::Unreadable {
                path: display_name(path),
                source: e,
            },
        })?;
        if meta.is_dir() {
            let walker = walkdir::WalkDir::new(path)
                .follow_links(true)
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                });
            for entry in walker {
                let entry = entry.map_err(|e| InputError::Unreadable {
                    path: e.path().map_or_else(|| display_name(path), display_name),
                    source: e.into(),
                })?;
                if entry.file_type().is_dir() {
                    folders.push(entry.into_path());
                } else if entry.file_type().is_file() {
                    found.push(entry.into_path());
                }
            }
        } else {
            found.push(path.clone());
        }
    }
    let mut files: Vec<(String, PathBuf)> =
        found.into_iter().map(|p| (display_name(&p), p)).collect();
    files.sort_unstable();
    files.dedup_by(|a, b| a.0 == b.0);
    folders.sort_unstable();
    Ok(Listing { files, folders })
}

/// Reads one file. Text that is not UTF-8 keeps its valid prefix (so that a diagnostic can
/// point at the bad byte) and returns the offset of the first bad byte.
pub fn read(name: &str, path: &Path) -> Result<(SourceFile, Option<usize>), InputError> {
    let bytes = std::fs::read(path).map_err(|e| InputError::Unreadable {
        path: name.to_string(),
        source: e,
    })?;
    Ok(from_bytes(name, bytes))
}

/// A file from its bytes: [`read`] without the reading.
pub fn from_bytes(name: &str, bytes: Vec<u8>) -> (SourceFile, Option<usize>) {
    match String::from_utf8(bytes) {
        Ok(text) => (SourceFile::new(name, text), None),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
            (SourceFile::new(name, prefix), Some(offset))
        }
    }
}

/// `offset` (clamped to `text`) moved back to the start of the character it falls in
/// (`str::floor_char_boundary`, which needs a newer Rust than this crate's minimum).
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The diagnostic for a file that is not UTF-8.
pub fn not_utf8(id: FileId, name: &str, offset: usize) -> Diagnostic {
    Diagnostic::new(
        Code::InvalidUtf8,
        Span::point(id, offset),
        format!("`{name}` is not valid UTF-8 (first invalid byte at offset {offset}); the file is skipped"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_characters() {
        let f = SourceFile::new("x", "ab\ncé\r\nz");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(6), (2, 3));
        assert_eq!(f.line_col(8), (3, 1));
        assert_eq!(f.line_text(2), "cé");
        assert_eq!(f.line_text(9), "");
    }

    #[test]
    fn positions_outlive_an_ascii_text() {
        let text = "ab\ncd\r\n\nlast";
        let kept = SourceFile::new("x", text);
        let mut let_go = SourceFile::new("x", text);
        assert!(let_go.keep_positions_only());
        assert!(!let_go.has_text() && kept.has_text());
        for offset in 0..=text.len() + 3 {
            assert_eq!(
                let_go.line_col(offset),
                kept.line_col(offset),
                "at {offset}"
            );
            assert_eq!(let_go.line_index(offset), kept.line_index(offset));
        }
        for line in 0..6 {
            assert_eq!(let_go.line_range(line), kept.line_range(line));
        }
        // a column in characters needs the text where a character is not a byte
        let mut wide = SourceFile::new("x", "cé\nz");
        assert!(!wide.keep_positions_only());
        assert_eq!((wide.line_col(3), wide.text()), ((1, 3), "cé\nz"));
        let mut empty = SourceFile::new("x", "");
        assert!(!empty.keep_positions_only());
        assert_eq!(empty.line_col(0), (1, 1));
    }

    #[test]
    fn first_line_of_a_span() {
        let text = "|a|b|\r\n|-|-|\n";
        let span = Span::new(FileId(0), 0, text.len());
        assert_eq!(span.first_line(text).range(), 0..5);
    }

    #[test]
    fn display_name_is_stable() {
        assert_eq!(
            display_name(Path::new("./docs-input/a.md")),
            "docs-input/a.md"
        );
    }
}
