//! Page structure: the sections each kind of page needs, once each and in order, and its
//! front matter. Only for markdown pages: a page copied from the rendered site keeps too few
//! of its headings to judge.

use super::PageKind;
use crate::diag::{Code, Diagnostic};
use crate::parse::{Format, Page};
use crate::source::Span;

/// A level-2 section: its title (lowercase) and the heading's span.
pub struct Section {
    pub title: String,
    /// 2 or 3.
    pub level: u8,
    pub span: Span,
}

/// Which expected section a heading is: its index in the page kind's order, if any.
fn slot(kind: PageKind, title: &str) -> Option<usize> {
    let t = title.trim();
    let api = |t: &str| -> Option<usize> {
        Some(match t {
            "permissions" | "prerequisites" => 0,
            "http request" => 1,
            "request body" => 2,
            "response" => 3,
            t if t == "example"
                || t == "examples"
                || t.starts_with("example ")
                || t.starts_with("examples ") =>
            {
                4
            }
            _ => return None,
        })
    };
    match kind {
        PageKind::Api => api(t),
        PageKind::Resource => Some(match t {
            "methods" => 0,
            "properties" => 1,
            "relationships" => 2,
            "json representation" => 3,
            _ => return None,
        }),
        PageKind::Enum => (t == "members").then_some(0),
        PageKind::Other => None,
    }
}

/// What a page's content says it needs.
#[derive(Clone, Copy)]
pub struct Needs {
    /// Some request line sends a body (POST, PUT, PATCH).
    pub request_body: bool,
    /// The type has properties to list (not an abstract type sketched as `{}`).
    pub properties: bool,
}

/// The sections a page of this kind must have: (slot, name shown).
fn required(kind: PageKind, needs: Needs) -> Vec<(usize, &'static str)> {
    match kind {
        PageKind::Api => {
            let mut r = vec![
                (0, "Permissions"),
                (1, "HTTP request"),
                (3, "Response"),
                (4, "Example"),
            ];
            if needs.request_body {
                r.insert(2, (2, "Request body"));
            }
            r
        }
        PageKind::Resource if needs.properties => {
            vec![(1, "Properties"), (3, "JSON representation")]
        }
        PageKind::Resource => vec![(3, "JSON representation")],
        PageKind::Enum => vec![(0, "Members")],
        PageKind::Other => Vec::new(),
    }
}

pub fn check(
    page: &Page,
    kind: PageKind,
    sections: &[Section],
    needs: Needs,
    title_span: Span,
    d: &mut Vec<Diagnostic>,
) {
    if page.format != Format::Markdown {
        return;
    }
    match &page.front_matter {
        None => d.push(
            Diagnostic::new(Code::MissingFrontMatter, Span::point(page.file, 0), "page has no front matter")
                .with_help("start the page with `---`, `title: \"…\"`, `description: \"…\"`, `doc_type: …`, `---`"),
        ),
        Some(fm) => {
            for key in ["title", "description"] {
                if fm.get(key).is_none_or(|e| e.value.trim().is_empty()) {
                    d.push(Diagnostic::new(
                        Code::MalformedFrontMatter,
                        Span::new(fm.span.file, fm.span.start as usize, fm.span.start as usize + 3),
                        format!("front matter has no `{key}`"),
                    ));
                }
            }
        }
    }
    // level-3 headings count only towards the required sections some pages nest
    // ("### HTTP request" and "### Example" per scenario, and "### Response" before any
    // example: after one it is that example's response)
    let mut nested: Vec<usize> = Vec::new();
    let mut in_examples = false;
    for s in sections {
        let Some(slot) = slot(kind, &s.title) else {
            continue;
        };
        let counts = kind == PageKind::Api
            && s.level == 3
            && (slot == 1 || slot == 4 || (slot == 3 && !in_examples));
        if counts {
            nested.push(slot);
        }
        in_examples |= kind == PageKind::Api && slot == 4;
    }
    let mut seen: Vec<(usize, &Section)> = Vec::new();
    for s in sections.iter().filter(|s| s.level == 2) {
        let Some(slot) = slot(kind, &s.title) else {
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(k, f)| *k == slot && f.title == s.title) {
            d.push(
                Diagnostic::new(
                    Code::DuplicateSection,
                    s.span,
                    format!("section \"{}\" appears twice", s.title),
                )
                .with_related(first.span, "first here"),
            );
            continue;
        }
        if let Some((_, later)) = seen.iter().find(|(k, _)| *k > slot) {
            d.push(
                Diagnostic::new(
                    Code::SectionOrder,
                    s.span,
                    format!(
                        "section \"{}\" should come before \"{}\"",
                        s.title, later.title
                    ),
                )
                .with_related(later.span, "placed after this one"),
            );
        }
        seen.push((slot, s));
    }
    for (slot, name) in required(kind, needs) {
        if !seen.iter().any(|(k, _)| *k == slot) && !nested.contains(&slot) {
            d.push(Diagnostic::new(
                Code::MissingSection,
                title_span,
                format!("{} page has no \"{name}\" section", kind_name(kind)),
            ));
        }
    }
}

fn kind_name(kind: PageKind) -> &'static str {
    match kind {
        PageKind::Api => "API",
        PageKind::Resource => "resource",
        PageKind::Enum => "enum",
        PageKind::Other => "this",
    }
}
