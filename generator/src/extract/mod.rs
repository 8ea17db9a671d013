//! Stage 2, extract: one [`Page`] → [`PageFacts`] (what the page states, each fact with its
//! span). No cross-page knowledge here: names stay as written and merge resolves them.

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
use crate::model::{PathTemplate, QualifiedName, Segment, Text, TypeRef};
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
    let facts = assemble(page, source, w, &mut d);
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

/// Turns what the walk collected into facts.
fn assemble(page: &Page, source: &SourceFile, mut w: Walk, d: &mut Vec<Diagnostic>) -> PageFacts {
    let file = page.file;
    let namespace = w
        .namespace
        .clone()
        .unwrap_or_else(|| DEFAULT_NAMESPACE.to_string());
    let (title, title_span) = w
        .title
        .clone()
        .unwrap_or_else(|| (String::new(), Span::point(file, 0)));
    let doc_type = page
        .front_matter
        .as_ref()
        .and_then(|f| f.get("doc_type"))
        .map(|e| e.value.to_ascii_lowercase());
    // "x resource type (deprecated)": the title without an aside at its end
    let bare_title = match title.trim_end().strip_suffix(')') {
        Some(t) => t
            .rsplit_once(" (")
            .map_or(title.as_str(), |(t, _)| t.trim_end()),
        None => title.trim_end(),
    };
    let kind = match doc_type.as_deref() {
        _ if bare_title.ends_with(" resource type") => PageKind::Resource,
        // "x resource" over a table and a sketch of a type, whatever its doc_type says
        _ if bare_title.ends_with(" resource")
            && w.resource.is_some()
            && w.properties.is_some() =>
        {
            PageKind::Resource
        }
        Some("enumpagetype") => PageKind::Enum,
        _ if title.ends_with(" enum type") || title.ends_with(" enumeration type") => {
            PageKind::Enum
        }
        // a page filed as a resource page with neither a title, a table nor a sketch of a
        // type: an API page (its request lines say so) or an overview ("Use the Microsoft
        // Search API"), without the sections a resource page needs
        Some("resourcepagetype")
            if w.resource.is_none() && w.properties.is_none() && w.relationships.is_none() =>
        {
            if w.saw_http_request || !w.request_lines.is_empty() {
                PageKind::Api
            } else {
                PageKind::Other
            }
        }
        Some("resourcepagetype") => PageKind::Resource,
        Some("apipagetype") => PageKind::Api,
        _ if w.saw_http_request || !w.request_lines.is_empty() => PageKind::Api,
        _ if w.resource.is_some() || w.properties.is_some() => PageKind::Resource,
        _ => PageKind::Other,
    };
    let mut types = Vec::new();
    let mut enums = Vec::new();

    for (name, members, span) in w.named_enums {
        enums.push(EnumFact {
            name: QualifiedName::parse(&name, &namespace),
            span,
            members,
            flags: false,
        });
    }
    if kind == PageKind::Enum
        && (title.ends_with(" enum type") || title.ends_with(" enumeration type"))
    {
        let name = title.split_whitespace().next().unwrap_or("");
        // "Flag enum to determine …": in the page's description or its front matter's
        let summary = page
            .front_matter
            .as_ref()
            .and_then(|f| f.get("description"))
            .map(|e| e.value.as_str());
        let described = w.description.as_ref().map(Text::plain);
        let flags = summary
            .into_iter()
            .chain(described.as_deref())
            .any(prose::says_flags);
        match w.members {
            Some((members, span)) if !name.is_empty() => enums.push(EnumFact {
                name: QualifiedName::parse(name, &namespace),
                span,
                members,
                flags,
            }),
            _ => {}
        }
    }

    if kind == PageKind::Resource {
        let name = w
            .resource
            .as_ref()
            .and_then(|(a, _)| a.odata_type.clone())
            .or_else(|| {
                bare_title
                    .strip_suffix(" resource type")
                    .map(|t| t.trim().to_string())
            })
            .filter(|n| !n.is_empty() && !n.contains(' '));
        if let Some(name) = name {
            let name = QualifiedName::parse(&name, &namespace);
            let annotation = w.resource.as_ref().map(|(a, _)| a);
            let (properties, enums_p, span) = match w.properties {
                Some((rows, span)) => (rows.properties, rows.enums, span),
                None => (Vec::new(), Vec::new(), title_span),
            };
            enums.extend(enums_p);
            let relationships = match w.relationships {
                Some((rows, _)) => {
                    enums.extend(rows.enums);
                    rows.properties
                }
                None => Vec::new(),
            };
            let base_type = annotation
                .and_then(|a| a.base_type.clone())
                .map(|b| (QualifiedName::parse(&b, &namespace), span))
                .or_else(|| {
                    let (name, at) = w.inherits.as_ref()?;
                    Some((QualifiedName::parse(name, &namespace), *at))
                });
            let key = annotation.and_then(|a| a.key_property.clone()).or_else(|| {
                properties
                    .iter()
                    .any(|p| p.name == "id")
                    .then(|| "id".to_string())
            });
            types.push(TypeFact {
                name,
                rank: Rank::ResourcePage,
                span,
                description: w.description.clone().unwrap_or_default(),
                base_type: base_type.or_else(|| inherited(&properties, &namespace)),
                properties,
                relationships,
                key,
                open_type: annotation.is_some_and(|a| a.open_type)
                    || w.description
                        .as_ref()
                        .is_some_and(|d| prose::says_open_type(&d.plain())),
                parameters: false,
                titled: false,
            });
        }
    }

    // the request body's type: from the sentence, else from "Update x" / "Create x" titles
    // (the heading's, else the front matter's)
    let front_title = page
        .front_matter
        .as_ref()
        .and_then(|f| f.get("title"))
        .map_or("", |e| e.value.as_str());
    let title_type = titled_type(&title).or_else(|| titled_type(front_title));
    let body_type_name = w.request_body.clone().or_else(|| {
        w.body_properties.as_ref()?;
        Some((title_type?.to_string(), title_span))
    });
    let mut request_type = body_type_name
        .as_ref()
        .and_then(|(n, s)| Some((TypeRef::from_doc(n, &namespace)?, *s)));
    // an action's parameter table (a POST whose body is no documented type) becomes a type
    // of its own, named after the action
    let mut parameters = false;
    if let (Some((_, span)), None) = (&w.body_properties, &request_type) {
        if let Some(action) = action_name(&w.request_lines) {
            let name = QualifiedName::new(namespace.clone(), format!("{action}RequestBody"));
            request_type = Some((TypeRef::Named(name), *span));
            parameters = true;
        }
    }
    if let (Some((rows, span)), None | Some((TypeRef::Primitive(_) | TypeRef::Collection(_), _))) =
        (&w.body_properties, &request_type)
    {
        d.push(Diagnostic::new(
            Code::UnattachedTable,
            *span,
            format!(
                "this request-body table ({}) is not part of the model: the page does not say which type the body is (\"supply a JSON representation of the [x] object\")",
                rows_phrase(rows.properties.len())
            ),
        ));
    }
    if let (Some((rows, span)), Some((TypeRef::Named(name), _))) =
        (w.body_properties, &request_type)
    {
        enums.extend(rows.enums);
        types.push(TypeFact {
            name: name.clone(),
            rank: Rank::ApiPage,
            span,
            description: Text::default(),
            base_type: inherited(&rows.properties, &namespace),
            key: rows
                .properties
                .iter()
                .any(|p| p.name == "id")
                .then(|| "id".to_string()),
            properties: rows.properties,
            relationships: Vec::new(),
            open_type: false,
            parameters,
            titled: w.request_body.is_none() && !parameters,
        });
    }

    let response_type = w.response.as_ref().and_then(|(r, span)| {
        let (name, collection) = r.body.as_ref()?;
        let ty = TypeRef::from_doc(name, &namespace)?;
        Some((
            if *collection {
                TypeRef::Collection(Box::new(ty))
            } else {
                ty
            },
            *span,
        ))
    });
    // what the page says of all its request lines goes to each: copied, and moved to the last
    let lines = std::mem::take(&mut w.request_lines);
    let last = lines.len().saturating_sub(1);
    let mut description = w.description.take().unwrap_or_default();
    let mut required_headers = std::mem::take(&mut w.required_headers);
    let mut headers = std::mem::take(&mut w.headers);
    let endpoints: Vec<EndpointFact> = lines
        .into_iter()
        .enumerate()
        .map(|(i, (method, path, span))| {
            // a GET sends a body only as a function's parameters, as the docs show them
            let sends_body = matches!(method.as_str(), "POST" | "PUT" | "PATCH")
                || (parameters && method == "GET");
            let request_guess = sends_body
                .then(|| request_guess(&method, &path, title_type, &namespace, &w.response))
                .flatten();
            let permissions = w
                .permissions
                .as_ref()
                .map_or(PermissionsFact::Missing, |p| {
                    tables::permissions_for_path(p, &path)
                });
            EndpointFact {
                title: title.clone(),
                description: share(&mut description, i == last),
                span,
                // an update that returns the updated object sends (part of) that object
                request_type: request_type
                    .clone()
                    .or_else(|| {
                        let updated = matches!(&response_type, Some((TypeRef::Named(_), _)));
                        (method == "PATCH" && updated).then(|| response_type.clone())?
                    })
                    .filter(|_| sends_body),
                request_guess,
                response_status: w.response.as_ref().map(|(r, _)| r.status),
                response_type: response_type.clone(),
                required_headers: share(&mut required_headers, i == last),
                headers: share(&mut headers, i == last),
                query_options: w
                    .query
                    .options(matches!(&response_type, Some((TypeRef::Collection(_), _)))),
                permissions,
                method,
                path,
            }
        })
        .collect();

    let body_types = (request_type.map(|(t, _)| t), response_type.map(|(t, _)| t));
    let mut examples = w.examples;
    let folder_version = code::page_version(&source.name);
    code::link_examples(&mut examples, &endpoints, folder_version, d);
    let version = folder_version
        .map(str::to_string)
        .or_else(|| examples.iter().find_map(|e| e.version.clone()));
    let ms_prod = page
        .front_matter
        .as_ref()
        .and_then(|f| f.get("ms.prod").or_else(|| f.get("ms.subservice")))
        .map(|e| e.value.as_str());
    PageFacts {
        file,
        version,
        area: crate::model::area::of_page(&source.name, ms_prod),
        kind,
        title,
        namespace,
        types,
        enums,
        endpoints,
        examples,
        body_types,
        stem: page_stem(&source.name),
        linked_bodies: w.linked_bodies,
    }
}

/// A page's file name without folder and extension, in lower case.
fn page_stem(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = file.strip_suffix(".md").unwrap_or(file);
    stem.to_ascii_lowercase()
}

/// The request body type a page implies without stating it: `{"@odata.id": …}` for a
/// `$ref`; the object a create returns with `201 Created`; `x` of an "Update x" or "Create x"
/// title.
fn request_guess(
    method: &str,
    path: &PathTemplate,
    title_type: Option<&str>,
    namespace: &str,
    response: &Option<(prose::ResponseSentence, Span)>,
) -> Option<TypeRef> {
    if matches!(path.segments.last(), Some(Segment::Literal(l)) if l.ends_with("/$ref")) {
        return Some(TypeRef::Named(crate::model::reference_body()));
    }
    if let Some((r, _)) = response {
        if method == "POST" && r.status == 201 {
            if let Some((name, false)) = &r.body {
                return TypeRef::from_doc(name, namespace);
            }
        }
    }
    TypeRef::from_doc(title_type?, namespace)
}

/// `x` of an "Update x" or "Create x" title ("Update an x", "Update x (deprecated)", "Update
/// a delegated permission grant (x)").
fn titled_type(title: &str) -> Option<&str> {
    let (title, aside) = match title.trim_end().strip_suffix(')') {
        Some(t) => t
            .rsplit_once('(')
            .map_or((title, None), |(t, a)| (t, Some(a.trim()))),
        None => (title, None),
    };
    let mut words = title
        .split_whitespace()
        .filter(|w| !matches!(*w, "a" | "an" | "the"));
    let verb = matches!(words.next(), Some("Update" | "Create"));
    // a type's name in parentheses names the type
    let named = aside.filter(|a| {
        a.chars().any(|c| c.is_ascii_uppercase()) && a.chars().all(|c| c.is_ascii_alphanumeric())
    });
    match (verb, named, words.next(), words.next()) {
        (true, Some(name), _, _) => Some(name),
        (true, None, Some(name), None) => Some(name),
        _ => None,
    }
}

/// The action the POST request lines of a page call (their last segment, namespace dropped:
/// `/users/{id}/microsoft.graph.checkMemberGroups` → `checkMemberGroups`), qualified by the
/// word before it in the first line that calls it. When lines disagree (a line copied from
/// another page), the action most of them call; none when there is no such majority.
fn action_name(lines: &[(String, PathTemplate, Span)]) -> Option<String> {
    let is_identifier = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    // (action, binding) of each line
    let mut calls: Vec<(&str, Option<&str>)> = Vec::new();
    for (method, path, _) in lines {
        // an action, or a function the page calls with a body
        if method != "POST" && method != "GET" {
            return None;
        }
        // the path's words (a literal holds the text between parameters, slashes included),
        // `None` for a parameter
        let words: Vec<Option<&str>> = path
            .segments
            .iter()
            .flat_map(|s| match s {
                Segment::Literal(l) => l.split('/').filter(|w| !w.is_empty()).map(Some).collect(),
                Segment::Param(_) => vec![None],
            })
            .collect();
        let (Some(Some(last)), rest) = (words.last(), &words[..words.len().saturating_sub(1)])
        else {
            return None;
        };
        // `microsoft.graph.assign` is the action `assign`
        let name = last.rsplit('.').next().unwrap_or(last);
        if !is_identifier(name) {
            return None;
        }
        // the action of one binding: the word before it, parameters skipped
        // (`…/configurationPolicies/{id}/assign` → `configurationPoliciesAssign`)
        let binding = rest
            .iter()
            .rev()
            .flatten()
            .map(|w| w.rsplit('.').next().unwrap_or(w))
            .next()
            .filter(|b| is_identifier(b));
        calls.push((name, binding));
    }
    let count = |name: &str| calls.iter().filter(|(n, _)| *n == name).count();
    let most = calls.iter().map(|(n, _)| count(n)).max()?;
    let mut majority = calls.iter().filter(|(n, _)| count(n) == most);
    let &(name, binding) = majority.next()?;
    if majority.any(|(n, _)| *n != name) {
        return None;
    }
    Some(match binding {
        Some(b) => format!("{b}{}{}", name[..1].to_ascii_uppercase(), &name[1..]),
        None => name.to_string(),
    })
}

/// "Inherited from \[entity\]" on any row names the base type.
fn inherited(properties: &[PropertyFact], namespace: &str) -> Option<(QualifiedName, Span)> {
    properties.iter().find_map(|p| {
        Some((
            QualifiedName::parse(p.inherited_from.as_ref()?, namespace),
            p.span,
        ))
    })
}

fn rows_phrase(n: usize) -> String {
    format!("{n} row{}", if n == 1 { "" } else { "s" })
}

/// A copy of `value`, or `value` itself (left empty) when this is its `last` use.
fn share<T: Clone + Default>(value: &mut T, last: bool) -> T {
    if last {
        std::mem::take(value)
    } else {
        value.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::titled_type;

    #[test]
    fn titles_that_name_the_body_type() {
        assert_eq!(titled_type("Update widget"), Some("widget"));
        assert_eq!(
            titled_type("Update an oAuth2PermissionGrant"),
            Some("oAuth2PermissionGrant")
        );
        assert_eq!(
            titled_type("Update identityProvider (deprecated)"),
            Some("identityProvider")
        );
        assert_eq!(
            titled_type("Update a delegated permission grant (oAuth2PermissionGrant)"),
            Some("oAuth2PermissionGrant")
        );
        assert_eq!(titled_type("Update user mailbox settings"), None);
        assert_eq!(titled_type("List widgets"), None);
    }
}
