//! Stage 2, extract: one [`Page`] → [`PageFacts`] (what the page states, each fact with its
//! span). No cross-page knowledge here: names stay as written and merge resolves them.

mod assemble;
mod code;
mod facts;
pub mod http;
pub mod prose;
pub mod query;
mod structure;
mod tables;

pub use facts::*;
pub use tables::MAX_TABLE_ROWS;

use crate::diag::{Code, Diagnostic};
use crate::model::{PathTemplate, Text};
use crate::parse::{Annotation, BlockKind, Page};
use crate::source::{SourceFile, Span};

pub const DEFAULT_NAMESPACE: &str = "microsoft.graph";

/// Where in the page a block stands.
#[derive(Default)]
pub(super) struct Section {
    /// The current level-2 heading, lowercase.
    h2: String,
    /// The current level-3 heading under it, lowercase.
    h3: String,
    /// The latest heading of any level, as written.
    last: String,
}

impl Section {
    /// The section a table belongs to: its level-2 heading's, or "request body" under a
    /// level-3 "Request body" heading (pages that nest it under "HTTP request").
    fn table_section(&self) -> &str {
        if self.h3 == "request body" {
            "request body"
        } else {
            &self.h2
        }
    }
}

/// A level-2 heading as a section name: "operationError Properties", under a page titled
/// "operationError resource type", is that page's "properties" (and likewise "relationships").
fn own_section(h2: String, title: Option<&(String, Span)>) -> String {
    for section in [" properties", " relationships"] {
        if let Some(word) = h2.strip_suffix(section) {
            let first = title.and_then(|(t, _)| t.split_whitespace().next());
            if !word.contains(' ') && first.is_some_and(|f| word.eq_ignore_ascii_case(f)) {
                return section.trim_start().to_string();
            }
        }
    }
    h2
}

impl Section {
    /// In an "HTTP request" section (some pages put it at level 3, one per scenario).
    fn is_http_request(&self) -> bool {
        self.h2 == "http request" || self.h3 == "http request"
    }
}

/// What the walk over a page's blocks collects before facts are assembled.
#[derive(Default)]
pub(super) struct Walk {
    sections: Vec<structure::Section>,
    title: Option<(String, Span)>,
    description: Option<Text>,
    namespace: Option<String>,
    request_lines: Vec<(String, PathTemplate, Span)>,
    permissions: Option<PermissionsFact>,
    required_headers: Vec<String>,
    /// Every header the "Request headers" table names.
    headers: Vec<String>,
    /// What the "Optional query parameters" section says.
    query: query::QueryDoc,
    request_body: Option<(String, Span)>,
    response: Option<(prose::ResponseSentence, Span)>,
    /// The body types of `request_body` and `response` that are a link's text, with the
    /// page the link points to.
    linked_bodies: Vec<(String, String)>,
    /// The "### x object" heading (lower case `x`) of the request body's first table.
    body_object: Option<String>,
    body_properties: Option<(tables::PropertyRows, Span)>,
    properties: Option<(tables::PropertyRows, Span)>,
    relationships: Option<(tables::PropertyRows, Span)>,
    resource: Option<(Annotation, Span)>,
    /// Rows of a `Member | Value | Description` table.
    members: Option<(Vec<MemberFact>, Span)>,
    /// Member tables under "x values" headings.
    named_enums: Vec<(String, Vec<MemberFact>, Span)>,
    /// "Inherits from \[x\]" in a paragraph before the first section.
    inherits: Option<(String, Span)>,
    examples: Vec<ExampleFact>,
    saw_http_request: bool,
}

/// Reads the facts of a page. Description text is moved out of the page's blocks.
pub fn extract(page: &mut Page, source: &SourceFile) -> (PageFacts, Vec<Diagnostic>) {
    let file = page.file;
    let page_text = source.text();
    let mut d = Vec::new();
    let mut w = Walk::default();
    let mut section = Section::default();
    let mut pending: Option<(Annotation, Span)> = None;
    let namespace_of = |w: &Walk| {
        w.namespace
            .clone()
            .unwrap_or_else(|| DEFAULT_NAMESPACE.to_string())
    };

    if let Some(fm) = &page.front_matter {
        for e in &fm.entries {
            let line = &page_text[e.span.range()];
            if let Some(span) = prose::todo_span(file, line, e.span.start as usize) {
                d.push(Diagnostic::new(
                    Code::TodoPlaceholder,
                    span,
                    format!("front matter `{}` is a TODO placeholder", e.key),
                ));
            }
        }
    }

    for block in page.blocks.iter_mut() {
        if !matches!(block.kind, BlockKind::Code(_)) {
            if let Some((_, at)) = pending.take() {
                if !matches!(block.kind, BlockKind::Annotation(_)) {
                    d.push(Diagnostic::new(
                        Code::AnnotationWithoutCode,
                        at,
                        "annotation is not followed by a code block",
                    ));
                }
            }
        }
        if section.h2 == "optional query parameters"
            && matches!(block.kind, BlockKind::Paragraph(_) | BlockKind::Table(_))
        {
            w.query
                .read(page_text.get(block.span.range()).unwrap_or(""));
        }
        match &mut block.kind {
            BlockKind::Heading { level, text } => {
                let plain = text.plain();
                section.last = plain.clone();
                if *level == 1 && w.title.is_none() {
                    w.title = Some((plain, block.span));
                } else if *level <= 2 {
                    section.h2 = own_section(plain.to_ascii_lowercase(), w.title.as_ref());
                    section.h3.clear();
                    w.sections.push(structure::Section {
                        title: section.h2.clone(),
                        level: 2,
                        span: block.span.first_line(page_text),
                    });
                } else if *level == 3 {
                    section.h3 = plain.to_ascii_lowercase();
                    w.sections.push(structure::Section {
                        title: section.h3.clone(),
                        level: 3,
                        span: block.span.first_line(page_text),
                    });
                }
                if section.is_http_request() {
                    w.saw_http_request = true;
                }
            }
            BlockKind::Paragraph(inline) => {
                // the raw text decides cheaply whether the paragraph needs reading at all
                let raw = page_text.get(block.span.range()).unwrap_or("");
                if raw.trim_start().starts_with("Namespace:") {
                    let plain = inline.plain();
                    // the first word: a sentence may follow on the next line
                    if let Some(ns) = plain
                        .strip_prefix("Namespace:")
                        .and_then(|ns| ns.split_whitespace().next())
                    {
                        w.namespace.get_or_insert_with(|| ns.to_string());
                    }
                    continue;
                }
                if w.inherits.is_none() && section.h2.is_empty() {
                    if let Some(name) = prose::base_type_named(raw) {
                        w.inherits = Some((name, block.span.first_line(page_text)));
                    }
                }
                let wants_description =
                    w.description.is_none() && section.h2.is_empty() && w.title.is_some();
                let wants_body = w.request_body.is_none() && prose::JSON_REPRESENTATION.is_in(raw);
                // "… response code …", or in the Response section "… a `200 OK` response and …"
                let wants_response = w.response.is_none()
                    && !section.h2.starts_with("example")
                    && (prose::RESPONSE_CODE.is_in(raw)
                        || (section.h2 == "response" && prose::RESPONSE_AND.is_in(raw)));
                let plain = if wants_description || wants_body || wants_response {
                    inline.plain()
                } else {
                    String::new()
                };
                if let Some(span) = prose::todo_span(file, raw, block.span.start as usize) {
                    d.push(Diagnostic::new(
                        Code::TodoPlaceholder,
                        span,
                        "paragraph is a TODO placeholder",
                    ));
                }
                if wants_description && !is_boilerplate(&plain) {
                    w.description = Some(Text(std::mem::take(&mut inline.pieces)));
                }
                // the names linked to resource pages count as types
                let linked: Vec<(&str, &str)> = if wants_body || wants_response {
                    inline
                        .links()
                        .filter_map(|(text, dest)| {
                            let page = dest.split_once("resources/")?.1;
                            let page = page.split(['.', '#', '?']).next().unwrap_or(page);
                            Some((text.trim(), page))
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                // the page a body type's link points to ("[users](user.md)" for `user` too)
                let link_of = |name: &str| {
                    linked
                        .iter()
                        .find(|(text, _)| {
                            *text == name || text.strip_suffix('s').is_some_and(|one| one == name)
                        })
                        .map(|(_, page)| (name.to_string(), page.to_ascii_lowercase()))
                };
                if wants_body {
                    if let Some(ty) = prose::request_body_type(&plain, &linked) {
                        w.linked_bodies.extend(link_of(&ty));
                        w.request_body = Some((ty, block.span));
                    }
                }
                if wants_response {
                    if let Some(r) = prose::response_sentence(&plain, &linked) {
                        if let Some((name, _)) = &r.body {
                            w.linked_bodies.extend(link_of(name));
                        }
                        w.response = Some((r, block.span));
                    }
                }
            }
            BlockKind::Table(table) => {
                let headers = table.header_names();
                // a row per kind, or (in the permissions section) a column per kind
                let per_kind =
                    section.h2 == "permissions" && tables::kind_columns(&headers).is_some();
                if per_kind
                    || headers
                        .first()
                        .is_some_and(|h| h.starts_with("permission type"))
                {
                    if w.permissions.is_none() {
                        w.permissions = Some(tables::permissions(
                            file, table, &headers, page_text, block.span, &mut d,
                        ));
                    }
                } else if section.h2 == "request headers" {
                    w.required_headers = tables::required_headers(table);
                    w.headers = query::headers(table);
                } else if let Some(columns) = tables::member_columns(&headers) {
                    let members = tables::member_rows(table, &columns);
                    let span = block.span.first_line(page_text);
                    // "### printColorMode values" names the enum its table lists
                    match section.last.strip_suffix(" values").map(str::trim) {
                        Some(name) if !name.is_empty() && !name.contains(' ') => {
                            w.named_enums.push((name.to_string(), members, span));
                        }
                        _ if w.members.is_none() => w.members = Some((members, span)),
                        _ => {}
                    }
                } else if let Some(columns) = tables::property_columns(&headers).or_else(|| {
                    (section.table_section() == "request body")
                        .then(|| tables::value_type_columns(table, &headers))
                        .flatten()
                }) {
                    let rows = tables::property_rows(
                        file,
                        table,
                        &columns,
                        page_text,
                        &namespace_of(&w),
                        &mut d,
                    );
                    // "### x object" headings in a request body each give the table of one of
                    // the types the body may be: the first is read as the body's
                    let object = (section.table_section() == "request body")
                        .then(|| section.h3.strip_suffix(" object"))
                        .flatten()
                        .filter(|name| !name.is_empty() && !name.contains(' '));
                    if let Some(object) = object {
                        match &w.body_object {
                            Some(first) if first != object => {
                                d.push(Diagnostic::new(
                                    Code::UnattachedTable,
                                    block.span.first_line(page_text),
                                    format!(
                                        "this table under \"{}\" ({}) is not part of the model: docgen reads the request body as the first object the section describes (\"{first} object\")",
                                        section.h3,
                                        rows_phrase(rows.properties.len())
                                    ),
                                ));
                                continue;
                            }
                            Some(_) => {}
                            None => w.body_object = Some(object.to_string()),
                        }
                    }
                    let slot = match section.table_section() {
                        "request body" => &mut w.body_properties,
                        "relationships" => &mut w.relationships,
                        "properties" => &mut w.properties,
                        other => {
                            d.push(Diagnostic::new(
                                Code::UnattachedTable,
                                block.span.first_line(page_text),
                                format!(
                                    "this table under \"{other}\" ({}) is not part of the model: docgen reads property tables under Properties, Relationships and Request body",
                                    rows_phrase(rows.properties.len())
                                ),
                            ));
                            continue;
                        }
                    };
                    match slot {
                        Some((existing, _)) => {
                            existing.properties.extend(rows.properties);
                            existing.enums.extend(rows.enums);
                        }
                        None => *slot = Some((rows, block.span.first_line(page_text))),
                    }
                }
            }
            BlockKind::Annotation(a) => {
                pending = Some((a.clone(), block.span.first_line(page_text)));
            }
            BlockKind::Code(code) => {
                let annotation = pending.take();
                code::code_block(
                    (file, page_text),
                    code,
                    block.span,
                    annotation,
                    &section,
                    &mut w,
                    &mut d,
                );
            }
        }
    }
    if let Some((_, at)) = pending {
        d.push(Diagnostic::new(
            Code::AnnotationWithoutCode,
            at,
            "annotation is not followed by a code block",
        ));
    }
    let sections = std::mem::take(&mut w.sections);
    let title_span = w
        .title
        .as_ref()
        .map_or(Span::point(page.file, 0), |(_, s)| s.first_line(page_text));
    let facts = assemble::assemble(page, source, w, &mut d);
    let needs = structure::Needs {
        request_body: facts
            .endpoints
            .iter()
            .any(|e| matches!(e.method.as_str(), "POST" | "PUT" | "PATCH")),
        // an abstract type sketched as `{}` has no properties to list
        properties: !facts.examples.iter().any(|e| {
            e.kind == crate::model::ExampleKind::Resource
                && e.body.as_ref().is_some_and(|b| b.empty_object)
        }),
    };
    structure::check(page, facts.kind, &sections, needs, title_span, &mut d);
    (facts, d)
}

fn is_boilerplate(plain: &str) -> bool {
    let lower = plain.to_ascii_lowercase();
    ["important", "note", "namespace", "[!", "caution", "warning"]
        .iter()
        .any(|p| lower.starts_with(p))
}

fn rows_phrase(n: usize) -> String {
    format!("{n} row{}", if n == 1 { "" } else { "s" })
}
