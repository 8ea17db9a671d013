//! A resource's "JSON representation" block: a schema sketch, checked for its keys and the
//! kinds of its placeholder values, not as data.

use crate::parse::json::tree::{Json, Object};

use super::value::{is_number_name, kind, Checker, Pos};
use super::Properties;
use crate::diag::{Code, Diagnostic};
use crate::model::{ApiModel, Example, Primitive, TypeDef, TypeRef};

/// A resource's "JSON representation" is a schema sketch (`"id": "String (identifier)"`):
/// its keys must be properties of the type, and its placeholder values of the right kind.
pub(super) fn sketch(
    all: &Properties<'_>,
    ex: &Example,
    def: &TypeDef,
    map: &Object<'_>,
    d: &mut Vec<Diagnostic>,
) {
    let model = all.model;
    let properties = all.of(def);
    let c = Checker::new(all, ex, d);
    let mut found = Vec::new();
    for (key, value) in map.iter() {
        if key.contains('@') || def.open_type || def.key.as_deref() == Some(key) {
            continue;
        }
        let ty = properties
            .iter()
            .map(|p| (&p.name, &p.ty))
            .chain(def.relationships.iter().map(|p| (&p.name, &p.ty)))
            .find(|(n, _)| *n == key)
            .map(|(_, t)| t);
        let span = || c.locate(key, Pos::Start).0;
        match ty {
            None => found.push(
                Diagnostic::new(
                    Code::SketchUnknownProperty,
                    span(),
                    format!("the JSON representation lists `{key}`, which the properties table of `{}` does not", def.name.name),
                )
                .with_related(def.sources[0], "properties table"),
            ),
            Some(ty) => {
                if let Some(expected) = sketch_mismatch(model, value, ty) {
                    found.push(Diagnostic::new(
                        Code::SketchTypeMismatch,
                        span(),
                        format!("the JSON representation shows `{key}` as {}, but its type is `{ty}` ({expected})", kind(value)),
                    ));
                }
            }
        }
    }
    c.d.extend(found);
}

/// What a sketch value should have been, when it does not fit the type.
fn sketch_mismatch(model: &ApiModel, value: &Json<'_>, ty: &TypeRef) -> Option<&'static str> {
    if value.is_null() {
        return None;
    }
    // sketches write type names in any case: "Boolean", "boolean", "String (timestamp)"
    let named_as = |s: &str, p: Primitive| {
        Primitive::from_doc_name(s.split(" (").next().unwrap_or(s)) == Some(p)
    };
    match ty {
        TypeRef::Collection(inner) => match value {
            Json::Array(items) => items.first().and_then(|v| sketch_mismatch(model, v, inner)),
            Json::String(s) if s.contains("ollection") => None,
            _ => Some("an array"),
        },
        TypeRef::Primitive(Primitive::Untyped) => None,
        TypeRef::Primitive(p @ Primitive::Boolean) => match value {
            Json::Bool(_) => None,
            Json::String(s) if named_as(s, *p) => None,
            _ => Some("true, false or \"Boolean\""),
        },
        TypeRef::Primitive(p) if p.is_number() => match value {
            Json::Number(_) => None,
            Json::String(s) if named_as(s, *p) || is_number_name(s) => None,
            _ => Some("a number or its type name"),
        },
        TypeRef::Primitive(_) => match value {
            Json::String(_) => None,
            _ => Some("a string"),
        },
        TypeRef::Named(n) if model.enum_def(n).is_some() => match value {
            Json::String(_) => None,
            _ => Some("a string"),
        },
        TypeRef::Named(n) if model.type_def(n).is_some() => match value {
            Json::Object(_) => None,
            Json::String(s) if s.contains(n.name.as_str()) => None,
            _ => Some("an object"),
        },
        TypeRef::Named(_) => None,
    }
}
