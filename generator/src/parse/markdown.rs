//! Markdown pages through pulldown-cmark: one pass over the event stream, no tree.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::{
    annotation, front_matter, Block, BlockKind, CodeBlock, Format, Inline, Page, Parsed, Piece,
    Row, Table,
};
use crate::diag::{Code, Diagnostic};
use crate::source::{FileId, Span};

/// Inline content being collected, with what kind of block it becomes.
struct InlineBuf {
    pieces: Vec<Piece>,
    start: usize,
    end: usize,
    /// Set while inside `**…**` or a link: text goes there first.
    strong: Option<String>,
    link: Option<(String, String)>,
}

impl InlineBuf {
    fn new(start: usize, end: usize) -> InlineBuf {
        InlineBuf {
            // most inline content is one piece: room for one, not the four a first push makes
            pieces: Vec::with_capacity(1),
            start,
            end,
            strong: None,
            link: None,
        }
    }

    fn push_text(&mut self, text: &str, code: bool) {
        if let Some((t, _)) = &mut self.link {
            t.push_str(text);
        } else if let Some(s) = &mut self.strong {
            s.push_str(text);
        } else if code {
            self.pieces.push(Piece::Code(text.to_string()));
        } else if let Some(Piece::Text(t)) = self.pieces.last_mut() {
            t.push_str(text);
        } else {
            self.pieces.push(Piece::Text(text.to_string()));
        }
    }

    fn finish(self, file: FileId) -> Inline {
        Inline {
            pieces: self.pieces,
            span: Some(Span::new(file, self.start, self.end)),
        }
    }
}

enum Container {
    Heading(u8),
    Paragraph,
    Item,
    Cell,
}

pub fn parse(file: FileId, text: &str) -> Parsed {
    let mut diagnostics = Vec::new();
    let front_matter = front_matter::parse(file, text, &mut diagnostics);
    let mut blocks = Vec::new();

    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut inline: Option<(Container, InlineBuf)> = None;
    let mut table: Option<(Table, usize, bool)> = None; // (table, start, in_head)
    let mut row: Option<Row> = None;
    // (block, start, fenced)
    let mut code: Option<(CodeBlock, usize, bool)> = None;
    let mut html: Option<(String, usize, usize)> = None;
    let mut in_metadata = false;
    let mut header_cells = 0;

    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        if in_metadata {
            if let Event::End(TagEnd::MetadataBlock(_)) = event {
                in_metadata = false;
            }
            continue;
        }
        if let Some((block, _, _)) = &mut code {
            match event {
                Event::Text(t) if !t.is_empty() => {
                    // a line starts where the content does, after a line end the content
                    // ended with, and after each line end inside this text but its last byte
                    if block.content.is_empty() || block.content.ends_with('\n') {
                        block.line_starts.push(range.start as u32);
                    }
                    let inner = memchr::memchr_iter(b'\n', &t.as_bytes()[..t.len() - 1]);
                    block
                        .line_starts
                        .extend(inner.map(|i| (range.start + i + 1) as u32));
                    block.content.push_str(&t);
                }
                Event::End(TagEnd::CodeBlock) => {
                    let (block, start, fenced) = code.take().expect("inside a code block");
                    if fenced {
                        unclosed_fence(file, text, start..range.end, &mut diagnostics);
                    }
                    blocks.push(Block {
                        span: Span::new(file, start, range.end),
                        kind: BlockKind::Code(block),
                    });
                }
                _ => {}
            }
            continue;
        }
        if let Some((buf, _, end)) = &mut html {
            match event {
                Event::Html(t) | Event::Text(t) => buf.push_str(&t),
                Event::End(TagEnd::HtmlBlock) => {
                    *end = range.end;
                    let (buf, start, end) = html.take().expect("inside an html block");
                    if let Some(a) = annotation::parse(file, &buf, start, &mut diagnostics) {
                        blocks.push(Block {
                            span: Span::new(file, start, end),
                            kind: BlockKind::Annotation(a),
                        });
                    }
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(tag) => {
                let container = match &tag {
                    Tag::Heading { level, .. } => Some(Container::Heading(*level as u8)),
                    Tag::Paragraph => Some(Container::Paragraph),
                    Tag::Item => Some(Container::Item),
                    Tag::TableCell => Some(Container::Cell),
                    _ => None,
                };
                match tag {
                    Tag::MetadataBlock(_) => in_metadata = true,
                    Tag::CodeBlock(kind) => {
                        flush(&mut inline, &mut blocks, file);
                        let fenced = matches!(kind, CodeBlockKind::Fenced(_));
                        let info = match kind {
                            CodeBlockKind::Fenced(info) => info.trim().to_string(),
                            CodeBlockKind::Indented => String::new(),
                        };
                        code = Some((
                            CodeBlock {
                                info,
                                // the block's text bounds its content: one allocation
                                content: String::with_capacity(range.len()),
                                line_starts: Vec::new(),
                                recovered: None,
                            },
                            range.start,
                            fenced,
                        ));
                    }
                    Tag::HtmlBlock => {
                        flush(&mut inline, &mut blocks, file);
                        html = Some((String::new(), range.start, range.end));
                    }
                    Tag::Table(_) => {
                        flush(&mut inline, &mut blocks, file);
                        table = Some((Table::default(), range.start, false));
                        let header =
                            Span::new(file, range.start, range.start).first_line_to_end(text);
                        header_cells = raw_cells(&text[header.range()]);
                    }
                    Tag::TableHead => {
                        if let Some(t) = &mut table {
                            t.2 = true;
                        }
                    }
                    Tag::TableRow => {
                        row = Some(Row {
                            span: Span::new(file, range.start, range.end).first_line(text),
                            cells: Vec::with_capacity(header_cells),
                            cut: false,
                        })
                    }
                    Tag::Strong => {
                        if let Some((_, buf)) = &mut inline {
                            if buf.link.is_none() && buf.strong.is_none() {
                                buf.strong = Some(String::new());
                            }
                        }
                    }
                    Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                        if let Some((_, buf)) = &mut inline {
                            if buf.link.is_none() {
                                buf.link = Some((String::new(), dest_url.to_string()));
                            }
                        }
                    }
                    _ => {}
                }
                if let Some(container) = container {
                    flush(&mut inline, &mut blocks, file);
                    inline = Some((container, InlineBuf::new(range.start, range.end)));
                }
            }
            Event::End(tag) => match tag {
                TagEnd::Strong => {
                    if let Some((_, buf)) = &mut inline {
                        if buf.link.is_none() {
                            if let Some(s) = buf.strong.take() {
                                buf.pieces.push(Piece::Strong(s));
                            }
                        }
                    }
                }
                TagEnd::Link | TagEnd::Image => {
                    if let Some((_, buf)) = &mut inline {
                        if let Some((text, dest)) = buf.link.take() {
                            match &mut buf.strong {
                                Some(s) => s.push_str(&text),
                                None => buf.pieces.push(Piece::Link { text, dest }),
                            }
                        }
                    }
                }
                TagEnd::TableCell => {
                    if let Some((Container::Cell, buf)) = inline.take() {
                        let cell = buf.finish(file);
                        match (&mut row, &mut table) {
                            (Some(r), _) => r.cells.push(cell),
                            (None, Some((t, _, true))) => t.header.push(cell),
                            _ => {}
                        }
                    }
                }
                TagEnd::TableHead => {
                    if let Some(t) = &mut table {
                        t.2 = false;
                    }
                }
                TagEnd::TableRow => {
                    if let (Some(r), Some((t, start, _))) = (row.take(), &mut table) {
                        end_row(file, text, r, t, *start, header_cells, &mut diagnostics);
                    }
                }
                TagEnd::Table => {
                    if let Some((t, start, _)) = table.take() {
                        blocks.push(Block {
                            span: Span::new(file, start, range.end),
                            kind: BlockKind::Table(t),
                        });
                    }
                }
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item => {
                    flush(&mut inline, &mut blocks, file);
                }
                _ => {}
            },
            Event::Text(t) => {
                if let Some((_, buf)) = &mut inline {
                    buf.push_text(&t, false);
                }
            }
            Event::Code(t) => {
                if let Some((_, buf)) = &mut inline {
                    buf.push_text(&t, true);
                }
            }
            Event::SoftBreak | Event::HardBreak | Event::InlineHtml(_) => {
                if let Some((_, buf)) = &mut inline {
                    buf.push_text(" ", false);
                }
            }
            Event::Html(t) => {
                // an HTML block that pulldown-cmark did not wrap (inside a list, say)
                let mut d = Vec::new();
                if let Some(a) = annotation::parse(file, &t, range.start, &mut d) {
                    blocks.push(Block {
                        span: Span::new(file, range.start, range.end),
                        kind: BlockKind::Annotation(a),
                    });
                }
                diagnostics.extend(d);
            }
            _ => {}
        }
    }
    flush(&mut inline, &mut blocks, file);
    Parsed {
        page: Page {
            file,
            format: Format::Markdown,
            front_matter,
            blocks,
        },
        diagnostics,
    }
}

/// Keeps a table row, reporting it when its raw cells are not as many as the header's
/// (the header starts at `start` in `text`). Out of line: the event loop stays small.
#[inline(never)]
fn end_row(
    file: FileId,
    text: &str,
    mut r: Row,
    t: &mut Table,
    start: usize,
    expected: usize,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let raw_row = &text[r.span.range()];
    let found = raw_cells(raw_row);
    r.cut = found > expected;
    if found != expected && !is_group_label(raw_row) {
        let header_line = Span::new(file, start, start).first_line_to_end(text);
        diagnostics.push(
            Diagnostic::new(
                Code::TableShape,
                r.span,
                format!("table row has {found} cells but its header has {expected}"),
            )
            .with_related(header_line, "header")
            .with_help("a `|` inside a cell must be escaped as `\\|`"),
        );
    }
    t.rows.push(r);
}

/// Reports a fenced code block (`range` in `text`) whose closing fence is missing: it runs
/// to the end of its container, or it holds a line that opens a fenced block (a fence with an
/// info string, which cannot close one), so the next closing fence ends the wrong block.
fn unclosed_fence(
    file: FileId,
    text: &str,
    range: std::ops::Range<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let block = text.get(range.clone()).unwrap_or("");
    let opening = block.lines().next().unwrap_or("").trim_start();
    let fence_char = if opening.starts_with('~') { '~' } else { '`' };
    // a fence closes (or opens a block inside) only with at least as many characters
    let width = opening.chars().take_while(|&c| c == fence_char).count();
    let fence = fence_char.to_string().repeat(width);
    let is_fence = |line: &str| line.trim_start().starts_with(fence.as_str());
    let open = Span::new(file, range.start, range.start + opening.len());
    // a fence with an info string inside the block: another block's opening (looked for
    // where the fence character starts a line, not on every line)
    let needle = format!("\n{fence}");
    let inner_fences = memchr::memmem::find_iter(block.as_bytes(), needle.as_bytes());
    for at in inner_fences {
        let line_start = at + 1;
        let line = block[line_start..].lines().next().unwrap_or("");
        let t = line.trim();
        if !t.trim_start_matches(fence_char).trim().is_empty() {
            let offset = range.start + line_start;
            let inner = Span::new(file, offset, offset + line.trim_end().len());
            diagnostics.push(
                Diagnostic::new(
                    Code::UnclosedCodeFence,
                    open,
                    format!("this code block is not closed before `` {t} `` opens another: both are read as one block of code"),
                )
                .with_related(inner, "read as a line of the block above")
                .with_help("close the block with a fence line (three backticks) before the next one"),
            );
            return;
        }
    }
    let body = block.trim_end();
    let last = body.rsplit('\n').next().unwrap_or("");
    let closed = body.contains('\n') && is_fence(last);
    if !closed {
        let lines = body.lines().count();
        diagnostics.push(
            Diagnostic::new(
                Code::UnclosedCodeFence,
                open,
                format!("this code block is never closed: the {} lines after it, to the end of the page or list, are read as code", lines.saturating_sub(1)),
            )
            .with_help("close the block with a fence line (three backticks) after its last line"),
        );
    }
}

/// A row of one bold cell (`|**Android for Work**|`) that heads the rows after it: a
/// convention of generated pages, which renders as a label row, not a row short of cells.
fn is_group_label(line: &str) -> bool {
    let cell = line.trim().trim_matches('|').trim();
    cell.len() > 4
        && cell.starts_with("**")
        && cell.ends_with("**")
        && !cell[2..cell.len() - 2].contains(['|', '*'])
}

/// The number of cells of a raw table row: unescaped `|` separators, outer pipes optional.
fn raw_cells(line: &str) -> usize {
    let t = line.trim().as_bytes();
    let t = t.strip_prefix(b"|").unwrap_or(t);
    let t = match t {
        [.., b'\\', b'|'] => t,
        [rest @ .., b'|'] => rest,
        _ => t,
    };
    // a `|` counts unless an odd number of backslashes stands before it
    1 + memchr::memchr_iter(b'|', t)
        .filter(|&i| t[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 0)
        .count()
}

/// Ends the inline content being collected and stores it as its block.
fn flush(inline: &mut Option<(Container, InlineBuf)>, blocks: &mut Vec<Block>, file: FileId) {
    let Some((container, mut buf)) = inline.take() else {
        return;
    };
    if let Some(s) = buf.strong.take() {
        buf.pieces.push(Piece::Strong(s));
    }
    let span = Span::new(file, buf.start, buf.end);
    let content = buf.finish(file);
    if content.is_empty() {
        return;
    }
    let kind = match container {
        Container::Heading(level) => BlockKind::Heading {
            level,
            text: content,
        },
        Container::Cell => return,
        Container::Paragraph | Container::Item => {
            if is_include(&content) {
                return;
            }
            BlockKind::Paragraph(content)
        }
    };
    blocks.push(Block { span, kind });
}

/// `[!INCLUDE [name](path)]` lines pull in shared boilerplate; they are skipped.
fn is_include(content: &Inline) -> bool {
    let first = match content.pieces.first() {
        Some(Piece::Text(t)) => t.trim_start(),
        _ => return false,
    };
    let head = first.get(..9).unwrap_or(first);
    head.eq_ignore_ascii_case("[!INCLUDE")
        || head
            .get(..8)
            .is_some_and(|h| h.eq_ignore_ascii_case("[INCLUDE"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<BlockKind> {
        let p = parse(FileId(0), text);
        p.page.blocks.into_iter().map(|b| b.kind).collect()
    }

    #[test]
    fn tables_with_and_without_trailing_pipes() {
        let text = "|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The **id** of [x](../x.md) `a`.|\n\nName|Type\n---|---\nb|[Int32](i.md)\n";
        let b = blocks(text);
        let BlockKind::Table(t) = &b[0] else {
            panic!("{b:?}")
        };
        assert_eq!(t.header_names(), ["property", "type", "description"]);
        assert_eq!(t.rows[0].cells[2].plain(), "The id of x a.");
        assert_eq!(
            t.rows[0].cells[2].links().collect::<Vec<_>>(),
            [("x", "../x.md")]
        );
        let BlockKind::Table(t) = &b[1] else {
            panic!("{b:?}")
        };
        assert_eq!(t.rows[0].cells[1].plain(), "Int32");
    }

    #[test]
    fn rows_with_the_wrong_number_of_cells_are_reported() {
        // the lines of the rows reported
        let reported = |text: &str| -> Vec<usize> {
            parse(FileId(0), text)
                .diagnostics
                .iter()
                .filter(|d| d.code == Code::TableShape)
                .map(|d| text[..d.span.start as usize].matches('\n').count() + 1)
                .collect()
        };
        let text = "|a|b|c|\n|-|-|-|\n|1|2|3|\n|1|2|\n|1|2|3|4|\n|1|x \\| y|3|\n";
        assert_eq!(reported(text), [4, 5]);
        assert_eq!(raw_cells("a|b"), 2);
        // a bold label row heading the rows after it is not short of cells
        let text = "|a|b|c|\n|-|-|-|\n|**Android for Work**|\n|1|2|3|\n|**x|y**|\n|*x*|\n";
        assert_eq!(reported(text), [5, 6]);
    }

    #[test]
    fn annotation_then_code_block_with_line_offsets() {
        let text =
            "# T\n\n<!-- {\n  \"blockType\": \"request\",\n} -->\n``` http\nGET /me\n\n{}\n```\n";
        let p = parse(FileId(0), text);
        let kinds: Vec<_> = p.page.blocks.iter().map(|b| &b.kind).collect();
        assert!(matches!(kinds[0], BlockKind::Heading { level: 1, .. }));
        assert!(matches!(kinds[1], BlockKind::Annotation(_)));
        let BlockKind::Code(c) = kinds[2] else {
            panic!()
        };
        assert_eq!(c.lang(), "http");
        assert_eq!(c.content, "GET /me\n\n{}\n");
        assert_eq!(&text[c.line_starts[2] as usize..][..2], "{}");
    }

    #[test]
    fn every_content_line_of_a_code_block_maps_to_its_line_in_the_page() {
        // a fenced block, one in a list item (its indent is not content) and CRLF line ends
        let text = "``` json\n{\n  \"a\": 1,\n\n}\n```\n\n- item\n\n      GET /x\n      Host: y\n\n``` http\r\nPOST /z\r\n\r\n{}\r\n```\r\n";
        let p = parse(FileId(0), text);
        let codes: Vec<_> = p
            .page
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Code(c) => Some(c),
                _ => None,
            })
            .collect();
        assert_eq!(codes.len(), 3);
        for c in codes {
            let lines: Vec<&str> = c.content.split_inclusive('\n').collect();
            assert_eq!(c.line_starts.len(), lines.len(), "{:?}", c.content);
            for (line, &start) in lines.iter().zip(&c.line_starts) {
                let line = line.trim_end_matches(['\r', '\n']);
                assert!(
                    text[start as usize..].starts_with(line),
                    "line {line:?} not at {start}"
                );
            }
        }
    }

    #[test]
    fn includes_are_skipped_and_front_matter_read() {
        let text =
            "---\ntitle: x\n---\n\n[!INCLUDE [beta](../../includes/beta.md)]\n\nBody text.\n";
        let p = parse(FileId(0), text);
        assert_eq!(
            p.page.front_matter.unwrap().get("title").unwrap().value,
            "x"
        );
        assert_eq!(p.page.blocks.len(), 1);
    }

    #[test]
    fn code_blocks_without_their_closing_fence_are_reported() {
        let unclosed = |text: &str| {
            parse(FileId(0), text)
                .diagnostics
                .iter()
                .filter(|d| d.code == Code::UnclosedCodeFence)
                .map(|d| (d.span.start, d.related.len()))
                .collect::<Vec<_>>()
        };
        // closed, with a longer closing fence, and a fence of tildes: fine
        assert!(unclosed("```http\nGET /x\n```\n\n````json\n{}\n`````\n~~~\na\n~~~\n").is_empty());
        // a shorter fence inside a longer one is content (markdown about markdown)
        assert!(unclosed("````md\nSee:\n```json\n{}\n```\n````\n").is_empty());
        // running to the end of the page
        assert_eq!(
            unclosed("# T\n\n```http\nGET /x\n\n## Response\n"),
            [(5, 0)]
        );
        // ended by the next block's fence: the opening is named, the other fence related
        assert_eq!(
            unclosed("```http\nGET /x\n\n```http\nHTTP/1.1 200 OK\n```\n"),
            [(0, 1)]
        );
    }

    #[test]
    fn annotation_after_a_note_block_quote() {
        let text = ">**Note:** shortened.\n<!-- {\n  \"blockType\": \"response\",\n  \"truncated\": true\n}\n-->\n``` http\nHTTP/1.1 200 OK\n```\n";
        let kinds = blocks(text);
        assert!(
            kinds
                .iter()
                .any(|k| matches!(k, BlockKind::Annotation(a) if a.truncated)),
            "{kinds:?}"
        );
    }
}
