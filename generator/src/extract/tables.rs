//! Tables: properties / request-body parameters, permissions, request headers.

use super::prose;
use super::{EnumFact, MemberFact, PermissionsFact, PropertyFact};
use crate::diag::{Code, Diagnostic};
use crate::model::{PathTemplate, Permissions, QualifiedName, Segment, Text, TypeRef};
use crate::parse::{Inline, Piece, Table};
use crate::source::{FileId, Span};

/// Column positions of a property-like table, or `None` for other tables.
pub struct Columns {
    name: usize,
    ty: usize,
    description: Option<usize>,
}

/// `names`: the table's [`Table::header_names`].
pub fn property_columns(names: &[String]) -> Option<Columns> {
    let ty = names.iter().position(|h| h == "type")?;
    let name = names.iter().position(|h| {
        matches!(
            h.as_str(),
            "property"
                | "name"
                | "parameter"
                | "property name"
                | "relationship"
                | "relationship name"
                | "member"
                | "field"
        )
    })?;
    let description = names.iter().position(|h| h.starts_with("description"));
    Some(Columns {
        name,
        ty,
        description,
    })
}

/// A request body's `Name | Value | Description` table whose values are all types
/// (`string`, `[ItemReference](…)`, `String collection`): parameters, written another way.
/// `names`: the table's [`Table::header_names`].
pub fn value_type_columns(table: &Table, names: &[String]) -> Option<Columns> {
    let name = names.iter().position(|h| h == "name" || h == "parameter")?;
    let ty = names.iter().position(|h| h == "value")?;
    let description = names.iter().position(|h| h.starts_with("description"));
    let is_type = |cell: Option<&Inline>| {
        let text = cell_text(cell);
        let text = text.strip_suffix(" collection").unwrap_or(&text);
        let linked = cell.is_some_and(|c| c.links().count() == 1);
        !text.is_empty()
            && !text.contains(' ')
            && (linked || crate::model::Primitive::from_doc_name(text).is_some())
    };
    let all_types = !table.rows.is_empty() && table.rows.iter().all(|r| is_type(r.cells.get(ty)));
    all_types.then_some(Columns {
        name,
        ty,
        description,
    })
}

fn cell_text(cell: Option<&Inline>) -> String {
    cell.map(|c| c.plain()).unwrap_or_default()
}

/// The text of a cell as written in the page, for prose that needs positions.
fn raw<'a>(cell: &Inline, source: &'a str) -> (&'a str, usize) {
    match cell.span {
        Some(span) => (source.get(span.range()).unwrap_or(""), span.start as usize),
        None => ("", 0),
    }
}

/// Column positions of an enum members table (`Member | Value | Description`).
pub struct MemberColumns {
    name: usize,
    value: Option<usize>,
    description: Option<usize>,
}

/// `names`: the table's [`Table::header_names`].
pub fn member_columns(names: &[String]) -> Option<MemberColumns> {
    if names.first().map(String::as_str) != Some("member") || names.iter().any(|h| h == "type") {
        return None;
    }
    Some(MemberColumns {
        name: 0,
        value: names.iter().position(|h| h == "value"),
        description: names.iter().position(|h| h.starts_with("description")),
    })
}

/// The members of an enum table, with their numeric values where given.
pub fn member_rows(table: &mut Table, columns: &MemberColumns) -> Vec<MemberFact> {
    table
        .rows
        .iter_mut()
        .filter_map(|row| {
            let cell = row.cells.get(columns.name)?;
            let name = cell.plain().trim_matches(['`', '*', ' ']).to_string();
            if name.is_empty() {
                return None;
            }
            let span = cell.span.unwrap_or(row.span);
            let value = columns
                .value
                .and_then(|i| row.cells.get(i))
                .and_then(|c| c.plain().trim().parse().ok());
            let description = columns
                .description
                .and_then(|i| row.cells.get_mut(i))
                .map(|c| Text(std::mem::take(&mut c.pieces)))
                .unwrap_or_default();
            Some(MemberFact {
                name,
                value,
                description,
                span,
            })
        })
        .collect()
}

pub struct PropertyRows {
    pub properties: Vec<PropertyFact>,
    pub enums: Vec<EnumFact>,
}

/// Reads the rows of a property table. Prose enum lists in descriptions become enum facts
/// for the property's (named) type.
/// The property rows read from one table: a type of more fields than this would not build.
pub const MAX_TABLE_ROWS: usize = 2_000;

pub fn property_rows(
    file: FileId,
    table: &mut Table,
    columns: &Columns,
    source: &str,
    namespace: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> PropertyRows {
    let mut properties: Vec<PropertyFact> = Vec::new();
    let mut read = 0usize;
    // the properties by name once the table is long (a scan is quicker for short ones)
    let mut by_name: Option<std::collections::HashMap<String, usize>> = None;
    let mut enums = Vec::new();
    for row in table.rows.iter_mut() {
        let name_cell = row.cells.get(columns.name);
        let name = cell_text(name_cell)
            .trim_matches(['`', '*', ' '])
            .to_string();
        if name.is_empty() {
            continue;
        }
        read += 1;
        if read > MAX_TABLE_ROWS {
            diagnostics.push(Diagnostic::new(
                Code::TableTooLarge,
                row.span,
                format!(
                    "this table has more than {MAX_TABLE_ROWS} rows; this one and those after it are left out"
                ),
            ));
            break;
        }
        let rest_empty = row
            .cells
            .iter()
            .enumerate()
            .all(|(i, c)| i == columns.name || c.is_empty());
        let bold = name_cell.is_some_and(|c| matches!(c.pieces.as_slice(), [Piece::Strong(_)]));
        if rest_empty && bold {
            // a group label inside the table (`|**Device configuration**|`), not a property
            continue;
        }
        if !is_property_name(&name) {
            diagnostics.push(
                Diagnostic::new(
                    Code::TableShape,
                    row.span,
                    format!("table row does not start with a property name (`{}`): is a cell broken across lines?", truncate(&name, 40)),
                )
                .with_help("keep each table row on one line; write a line break inside a cell as `<br/>`"),
            );
            continue;
        }
        let type_text = cell_text(row.cells.get(columns.ty));
        let type_span = row
            .cells
            .get(columns.ty)
            .and_then(|c| c.span)
            .unwrap_or(row.span);
        let ty = if type_text.is_empty() {
            diagnostics.push(Diagnostic::new(
                Code::MissingTypeCell,
                row.span,
                format!("property `{name}` has an empty type cell"),
            ));
            None
        } else {
            let ty = TypeRef::from_doc(&type_text, namespace);
            if let Some(cell) = row.cells.get(columns.ty) {
                let (raw_type, raw_start) = raw(cell, source);
                canonical_spelling(file, &type_text, raw_type, raw_start, diagnostics);
            }
            if ty.is_none() {
                diagnostics.push(Diagnostic::new(
                    Code::UnresolvedType,
                    type_span,
                    format!("type `{type_text}` of property `{name}` names no single type; it is carried as raw JSON"),
                ));
            }
            ty
        };
        let description_cell = columns.description.and_then(|i| row.cells.get_mut(i));
        let (raw_description, raw_description_start) = description_cell
            .as_deref()
            .map_or(("", 0), |c| raw(c, source));
        let has_description = description_cell.is_some();
        let description = description_cell
            .map(|c| Text(std::mem::take(&mut c.pieces)))
            .unwrap_or_default();
        // (in a row a `|` cut, the cut cell's backtick is the cut's doing, reported as such)
        let unterminated = (!row.cut)
            .then(|| unterminated_backtick(raw_description))
            .flatten();
        if let Some(at) = unterminated {
            diagnostics.push(
                Diagnostic::new(
                    Code::UnterminatedBacktick,
                    Span::new(
                        file,
                        raw_description_start + at,
                        raw_description_start + at + 1,
                    ),
                    format!("the description of `{name}` opens a backtick that is never closed"),
                )
                .with_help("close the code span with a second backtick"),
            );
        }
        let inherited_from = prose::INHERIT
            .is_in(raw_description)
            .then(|| prose::inherited_from(raw_description))
            .flatten();
        let todo = prose::todo(raw_description).is_some();
        let earlier = match &by_name {
            Some(index) => index.get(&name).map(|&i| &properties[i]),
            None => properties.iter().find(|p| p.name == name),
        };
        if let Some(dup) = earlier {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateProperty,
                    row.span,
                    format!("property `{name}` is listed twice in this table"),
                )
                .with_related(dup.span, "first listed here"),
            );
            continue;
        }
        if has_description {
            let (raw_text, raw_start) = (raw_description, raw_description_start);
            if let Some(span) = prose::todo_span(file, raw_text, raw_start) {
                diagnostics.push(Diagnostic::new(
                    Code::TodoPlaceholder,
                    span,
                    format!("description of `{name}` is a TODO placeholder"),
                ));
            }
            let lists_values = prose::POSSIBLE_VALUE.is_in(raw_text);
            if let (true, Some(TypeRef::Named(enum_name))) =
                (lists_values, ty.as_ref().map(TypeRef::element))
            {
                if let Some(e) = prose_enum(
                    file,
                    &name,
                    enum_name,
                    raw_text,
                    raw_start,
                    row.span,
                    diagnostics,
                ) {
                    enums.push(e);
                }
            }
        }
        if let Some(index) = &mut by_name {
            index.insert(name.clone(), properties.len());
        } else if properties.len() >= 64 {
            let mut index: std::collections::HashMap<String, usize> = properties
                .iter()
                .enumerate()
                .map(|(i, p)| (p.name.clone(), i))
                .collect();
            index.insert(name.clone(), properties.len());
            by_name = Some(index);
        }
        properties.push(PropertyFact {
            name,
            ty,
            description,
            span: row.span,
            todo,
            inherited_from,
        });
    }
    PropertyRows { properties, enums }
}

/// The enum stated by "Possible values are …" in a property description. Repeated lists are
/// reported; the first list is the one that counts.
fn prose_enum(
    file: FileId,
    property: &str,
    enum_name: &QualifiedName,
    raw_text: &str,
    raw_start: usize,
    row: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<EnumFact> {
    let lists = prose::possible_values(raw_text);
    let first = lists.first()?;
    for later in &lists[1..] {
        let at = |r: &std::ops::Range<usize>| {
            Span::new(
                file,
                raw_start + r.start,
                raw_start + r.end.saturating_sub(1),
            )
        };
        let span = at(&later.phrase);
        let first_span = at(&first.phrase);
        if later.names() == first.names() {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicatePossibleValues,
                    span,
                    format!("the description of `{property}` states its possible values twice"),
                )
                .with_related(first_span, "first stated here")
                .with_help("keep one \"Possible values are …\" sentence"),
            );
        } else {
            diagnostics.push(
                Diagnostic::new(
                    Code::PossibleValuesDisagree,
                    span,
                    format!(
                        "the description of `{property}` lists possible values [{}] here but [{}] earlier",
                        later.names().join(", "),
                        first.names().join(", ")
                    ),
                )
                .with_related(first_span, "first list"),
            );
        }
    }
    Some(EnumFact {
        name: enum_name.clone(),
        span: row,
        flags: false,

        members: first
            .members
            .iter()
            .map(|(name, range)| MemberFact {
                name: name.clone(),
                value: None,
                description: Text::default(),
                span: Span::new(file, raw_start + range.start, raw_start + range.end),
            })
            .collect(),
    })
}

/// The permissions table: one row per kind, or a column per kind ([`kind_columns`]).
pub fn permissions(
    file: FileId,
    table: &Table,
    headers: &[String],
    source: &str,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> PermissionsFact {
    if let Some(columns) = kind_columns(headers) {
        return per_resource_permissions(table, columns, span);
    }
    let mut permissions = Permissions::default();
    let mut todo = None;
    for row in &table.rows {
        let kind = cell_text(row.cells.first()).to_ascii_lowercase();
        let Some(cell) = row.cells.get(1) else {
            continue;
        };
        let text = cell.plain();
        let (raw_text, raw_start) = raw(cell, source);
        if let Some(span) = prose::todo_span(file, raw_text, raw_start) {
            diagnostics.push(Diagnostic::new(
                Code::TodoPlaceholder,
                span,
                format!(
                    "permissions for `{}` are a TODO placeholder",
                    cell_text(row.cells.first())
                ),
            ));
            todo.get_or_insert(row.span);
            continue;
        }
        let list = permission_list(&text);
        let slot = if kind.contains("personal") {
            &mut permissions.delegated_personal
        } else if kind.contains("delegated") {
            &mut permissions.delegated_work
        } else if kind.contains("application") {
            &mut permissions.application
        } else {
            continue;
        };
        slot.extend(list);
    }
    match todo {
        Some(at) if permissions.is_empty() => PermissionsFact::Todo(at),
        _ => PermissionsFact::Listed(permissions, span),
    }
}

/// The permissions named in a cell, `Not supported` left out.
fn permission_list(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(|p| p.trim().trim_end_matches('.').trim().to_string())
        .filter(|p| !p.is_empty() && !p.to_ascii_lowercase().starts_with("not "))
        .collect()
}

/// The columns of a permissions table with a column per kind and a row per resource or
/// scenario (`| Supported resource | Delegated (work or school account) | … |`), from its
/// lowercase header: `[work, personal, application]`, at least two of them found.
pub fn kind_columns(headers: &[String]) -> Option<[Option<usize>; 3]> {
    let column =
        |kind: fn(&str) -> bool| headers.iter().skip(1).position(|h| kind(h)).map(|i| i + 1);
    let columns = [
        column(|h| h.contains("delegated") && !h.contains("personal")),
        column(|h| h.contains("personal")),
        column(|h| h.contains("application")),
    ];
    (columns.iter().flatten().count() >= 2).then_some(columns)
}

fn per_resource_permissions(
    table: &Table,
    [work, personal, application]: [Option<usize>; 3],
    span: Span,
) -> PermissionsFact {
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let list = |c: Option<usize>| {
                c.map(|c| permission_list(&cell_text(row.cells.get(c))))
                    .unwrap_or_default()
            };
            let permissions = Permissions {
                delegated_work: list(work),
                delegated_personal: list(personal),
                application: list(application),
            };
            (label_words(&cell_text(row.cells.first())), permissions)
        })
        .collect();
    PermissionsFact::PerResource(rows, span)
}

/// The lowercase words of a row label: `group event`, `todoTaskList` (todo, task, list).
fn label_words(label: &str) -> Vec<String> {
    let mut words = Vec::new();
    for w in label.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut start = 0;
        for (i, c) in w.char_indices().skip(1) {
            if c.is_ascii_uppercase() {
                words.push(w[start..i].to_ascii_lowercase());
                start = i;
            }
        }
        words.push(w[start..].to_ascii_lowercase());
    }
    words.retain(|w| !w.is_empty());
    words
}

/// The permissions of one endpoint: of a per-resource table, the row whose words the path
/// names most (`group event` for `/groups/{id}/events/{id}`), ties going to the word deepest
/// in the path, `Missing` when no row's words are in it; any other fact as it is.
pub fn permissions_for_path(fact: &PermissionsFact, path: &PathTemplate) -> PermissionsFact {
    let PermissionsFact::PerResource(rows, span) = fact else {
        return fact.clone();
    };
    let segments: Vec<String> = path
        .segments
        .iter()
        .filter_map(|s| match s {
            Segment::Literal(l) => Some(l),
            Segment::Param(_) => None,
        })
        .flat_map(|l| l.split(['/', '(', ')', '.', ':']))
        .filter(|w| !w.is_empty())
        .map(|w| match w.to_ascii_lowercase() {
            me if me == "me" => "users".to_string(),
            w => w,
        })
        .collect();
    // `lists` for `list`, and for `tasklist` too
    let position = |word: &str| {
        segments.iter().rposition(|s| {
            let singular = s.strip_suffix('s').unwrap_or(s);
            s == word
                || singular == word
                || s.strip_suffix("es") == Some(word)
                || (singular.len() >= 4 && word.ends_with(singular))
        })
    };
    let mut best: Option<((usize, usize), &Permissions)> = None;
    for (words, permissions) in rows {
        let found: Vec<usize> = words.iter().filter_map(|w| position(w)).collect();
        let Some(&deepest) = found.iter().max() else {
            continue;
        };
        let score = (found.len(), deepest);
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, permissions));
        }
    }
    match best {
        Some((_, p)) => PermissionsFact::Row(p.clone(), *span),
        None => PermissionsFact::Missing,
    }
}

/// Headers whose description says "Required".
pub fn required_headers(table: &Table) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for row in &table.rows {
        let name = cell_text(row.cells.first());
        let rest: String = row
            .cells
            .iter()
            .skip(1)
            .map(|c| c.plain())
            .collect::<Vec<_>>()
            .join(" ");
        // "Bearer {token}. Required.", "Bearer <token> Required" — not "required when using $search"
        let required = rest.split(['.', ';']).any(|sentence| {
            let s = sentence.trim().to_ascii_lowercase();
            s.ends_with("required") && !s.ends_with("not required")
        });
        if required && !name.is_empty() && !out.iter().any(|h| h.eq_ignore_ascii_case(&name)) {
            out.push(name);
        }
    }
    out
}

/// The position of the first backtick run in `raw` that opens a code span no run of the same
/// length closes (CommonMark: outside a code span a backslash escapes a backtick; inside one it
/// is content, so a span that holds just a backslash is closed).
fn unterminated_backtick(raw: &str) -> Option<usize> {
    let bytes = raw.as_bytes();
    let run_at = |i: usize| bytes[i..].iter().take_while(|&&b| b == b'`').count();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'`' => {
                let run = run_at(i);
                let mut j = i + run;
                let close = loop {
                    match memchr::memchr(b'`', &bytes[j.min(bytes.len())..]) {
                        None => break None,
                        Some(at) => {
                            let r = run_at(j + at);
                            if r == run {
                                break Some(j + at);
                            }
                            j += at + r;
                        }
                    }
                };
                match close {
                    Some(c) => i = c + run,
                    None => return Some(i),
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Reports a type written in another spelling than the docs' canonical one (`string` →
/// `String`, `int` → `Int32`, `GUID` → `Guid`, `Timestamp` → `DateTimeOffset`, `string (url)` →
/// `String`), with a fix that rewrites it in place.
fn canonical_spelling(
    file: FileId,
    plain: &str,
    raw_text: &str,
    raw_start: usize,
    d: &mut Vec<Diagnostic>,
) {
    let mut word = plain.trim();
    for prefix in ["(Optional)", "(optional)"] {
        word = word.strip_prefix(prefix).map_or(word, str::trim);
    }
    let inner = word
        .strip_prefix("Collection(")
        .and_then(|w| w.strip_suffix(')'))
        .or_else(|| word.strip_suffix(" collection"))
        .or_else(|| word.strip_suffix(" Collection"))
        .unwrap_or(word);
    let base = inner.split(" (").next().unwrap_or(inner).trim();
    let Some(p) = crate::model::Primitive::from_doc_name(base) else {
        return;
    };
    let canonical = p.doc_name();
    if inner == canonical {
        return;
    }
    let written = if inner.ends_with(')') && inner.contains(" (") {
        inner
    } else {
        base
    };
    let Some(at) = raw_text.find(written) else {
        return;
    };
    let span = Span::new(file, raw_start + at, raw_start + at + written.len());
    d.push(
        Diagnostic::new(
            Code::NonCanonicalType,
            span,
            format!("type `{written}` is not spelled canonically; the docs write `{canonical}`"),
        )
        .with_help(format!("write `{canonical}`"))
        .with_fix(span, canonical),
    );
}

/// Property names are identifiers, with the `@` and `.` of annotations allowed.
fn is_property_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '@' | '.' | '-' | '$'))
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn property_tables_are_told_by_their_header() {
        let names = |h: &[&str]| h.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        for first in ["Property", "Relationship", "Relationship name", "Name"] {
            let header = names(&[&first.to_lowercase(), "type", "description"]);
            let c = property_columns(&header).expect(first);
            assert_eq!((c.name, c.ty, c.description), (0, 1, Some(2)), "{first}");
        }
        assert!(property_columns(&names(&["value", "type"])).is_none());
    }

    fn table(text: &str) -> Table {
        let parsed = crate::parse::markdown::parse(FileId(0), text);
        match parsed.page.blocks.into_iter().next().map(|b| b.kind) {
            Some(crate::parse::BlockKind::Table(t)) => t,
            other => panic!("not a table: {other:?}"),
        }
    }

    #[test]
    fn name_value_tables_of_types_are_parameters() {
        let types = table("| Name | Value | Description |\n|:-|:-|:-|\n| parentReference | [ItemReference](../resources/itemreference.md) | Where. |\n| name | string | The name. |\n");
        let columns = value_type_columns(&types, &types.header_names()).expect("parameters");
        assert_eq!((columns.name, columns.ty), (0, 1));
        // a header table's values are no types
        let headers = table("| Name | Value | Description |\n|:-|:-|:-|\n| Authorization | Bearer {token} | Required. |\n");
        assert!(value_type_columns(&headers, &headers.header_names()).is_none());
    }

    fn spelled(plain: &str, raw: &str) -> Vec<(String, String)> {
        let mut d = Vec::new();
        canonical_spelling(FileId(0), plain, raw, 0, &mut d);
        d.iter()
            .map(|d| {
                (
                    raw[d.span.range()].to_string(),
                    d.fix[0].replacement.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn canonical_type_spellings() {
        assert_eq!(
            spelled("string", "string"),
            [("string".to_string(), "String".to_string())]
        );
        assert_eq!(
            spelled("int collection", "int collection"),
            [("int".into(), "Int32".into())]
        );
        assert_eq!(
            spelled("GUID", "[GUID](x.md)"),
            [("GUID".into(), "Guid".into())]
        );
        assert_eq!(
            spelled("Timestamp", "Timestamp"),
            [("Timestamp".into(), "DateTimeOffset".into())]
        );
        assert_eq!(
            spelled("string (url)", "string (url)"),
            [("string (url)".into(), "String".into())]
        );
        assert!(spelled("String", "String").is_empty());
        assert!(spelled("String collection", "String collection").is_empty());
        assert!(spelled("user", "[user](user.md)").is_empty());
    }

    #[test]
    fn unterminated_backticks() {
        assert_eq!(unterminated_backtick("Values: `a`, `b."), Some(13));
        assert_eq!(unterminated_backtick("Values: `a`, \\` b."), None);
        assert_eq!(unterminated_backtick("none"), None);
        // a backslash inside a code span is content: `\` is closed (invitation.md)
        assert_eq!(unterminated_backtick("Escape with (`\\`), then `a`."), None);
        // a closing run must be as long as the opening one
        assert_eq!(unterminated_backtick("``a` b` c"), Some(0));
        assert_eq!(unterminated_backtick("``a`b``, `c"), Some(9));
    }
}
