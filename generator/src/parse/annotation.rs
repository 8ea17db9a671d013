//! HTML-comment annotations before code blocks: `<!-- { "blockType": "request", … } -->`.

use super::json::tree::Json;

use super::json;
use crate::diag::{Code, Diagnostic};
use crate::source::{FileId, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockType {
    Request,
    Response,
    Resource,
    Example,
    Ignored,
    Other(String),
}

/// The fields docgen reads from an annotation (the conventions of ApiDoctor).
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    pub block_type: BlockType,
    /// The example's name, or its names: a response shared by several requests lists theirs
    /// (`"name": ["list-children-root", "list-children"]`).
    pub names: Vec<String>,
    pub odata_type: Option<String>,
    pub truncated: bool,
    pub is_collection: bool,
    pub is_empty: bool,
    pub key_property: Option<String>,
    pub base_type: Option<String>,
    pub optional_properties: Vec<String>,
    pub open_type: bool,
}

/// Reads the annotation in an HTML comment. `None` when the comment holds no JSON object
/// (an ordinary comment); diagnostics for JSON that is broken.
pub fn parse(
    file: FileId,
    html: &str,
    start: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Annotation> {
    let inner = html.trim().strip_prefix("<!--")?;
    let inner = inner.trim_end().strip_suffix("-->").unwrap_or(inner);
    let open = inner.find('{')?;
    if !inner[..open].trim().is_empty() {
        return None;
    }
    let close = inner.rfind('}').map_or(inner.len(), |c| c + 1);
    let body = &inner[open..close];
    let body_start = start + (html.len() - html.trim_start().len()) + 4 + open;
    // strict JSON (nearly every annotation) is read where it stands; broken JSON is repaired
    let repaired;
    let value = match json::tree::parse(body) {
        Ok(value) => value,
        Err(_) => match json::check_lenient(body) {
            Ok(r) => {
                if let Some(fix) = r.fixes.first() {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::AnnotationRecovered,
                            Span::point(file, body_start + fix.offset()),
                            format!(
                                "annotation is not strict JSON ({}); read after repair",
                                fix.what
                            ),
                        )
                        .with_help("fix the annotation so that it parses as JSON"),
                    );
                }
                repaired = r.text;
                // what the repair accepts reads as JSON
                json::tree::parse(&repaired).ok()?
            }
            Err(e) => {
                diagnostics.push(Diagnostic::new(
                    Code::InvalidAnnotation,
                    Span::point(file, body_start + e.offset),
                    format!("annotation is not valid JSON: {}", e.message),
                ));
                return None;
            }
        },
    };
    let Json::Object(map) = value else {
        return None;
    };
    if !map.contains_key("blockType") && map.contains_key("type") {
        // a page annotation (`"type": "#page.annotation"`), not about a code block
        return None;
    }
    let string = |k: &str| map.get(k).and_then(Json::as_str).map(str::to_string);
    let boolean = |k: &str| map.get(k).is_some_and(Json::is_true);
    let block_type = match string("blockType").as_deref() {
        Some("request") => BlockType::Request,
        Some("response") => BlockType::Response,
        Some("resource") => BlockType::Resource,
        Some("example") => BlockType::Example,
        Some("ignored") => BlockType::Ignored,
        other => {
            let shown = other.unwrap_or("").to_string();
            diagnostics.push(Diagnostic::new(
                Code::UnknownBlockType,
                Span::point(file, body_start),
                if other.is_none() {
                    "annotation has no `blockType`".to_string()
                } else {
                    format!("unknown blockType `{shown}`; expected request, response, resource, example or ignored")
                },
            ));
            BlockType::Other(shown)
        }
    };
    // `@type`, an older spelling of `@odata.type`
    let legacy_type = string("@type").filter(|_| !map.contains_key("@odata.type"));
    if legacy_type.is_some() {
        if let Some(at) = body.find("\"@type\"") {
            let span = Span::new(file, body_start + at, body_start + at + "\"@type\"".len());
            diagnostics.push(
                Diagnostic::new(
                    Code::LegacyAnnotationKey,
                    span,
                    "annotation key `@type` is the old spelling of `@odata.type`; read as `@odata.type`",
                )
                .with_help("write `\"@odata.type\"`")
                .with_fix(span, "\"@odata.type\""),
            );
        }
    }
    Some(Annotation {
        block_type,
        names: match map.get("name") {
            Some(Json::Array(names)) => names
                .iter()
                .filter_map(Json::as_str)
                .map(str::to_string)
                .collect(),
            _ => string("name").into_iter().collect(),
        },
        odata_type: string("@odata.type").or(legacy_type),
        truncated: boolean("truncated"),
        is_collection: boolean("isCollection"),
        is_empty: boolean("isEmpty"),
        key_property: string("keyProperty"),
        base_type: string("baseType"),
        optional_properties: map
            .get("optionalProperties")
            .and_then(Json::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Json::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        open_type: boolean("openType"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_and_tolerates_trailing_commas() {
        let mut d = Vec::new();
        let a = parse(
            FileId(0),
            "<!-- {\n  \"blockType\": \"response\",\n  \"truncated\": true,\n  \"@odata.type\": \"microsoft.graph.user\",\n} -->",
            0,
            &mut d,
        )
        .unwrap();
        assert_eq!(a.block_type, BlockType::Response);
        assert!(a.truncated);
        assert_eq!(a.odata_type.as_deref(), Some("microsoft.graph.user"));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, Code::AnnotationRecovered);
    }

    #[test]
    fn plain_comments_are_not_annotations() {
        let mut d = Vec::new();
        assert!(parse(FileId(0), "<!-- just a note -->", 0, &mut d).is_none());
        assert!(d.is_empty());
    }

    #[test]
    fn page_annotations_are_not_block_annotations() {
        let mut d = Vec::new();
        let html =
            "<!--\n{\n  \"type\": \"#page.annotation\",\n  \"description\": \"Get user\"\n}\n-->";
        assert!(parse(FileId(0), html, 0, &mut d).is_none());
        assert!(d.is_empty());
    }

    #[test]
    fn broken_json_is_an_error() {
        let mut d = Vec::new();
        assert!(parse(FileId(0), "<!-- { \"blockType\": request } -->", 0, &mut d).is_none());
        assert_eq!(d[0].code, Code::InvalidAnnotation);
    }
}
