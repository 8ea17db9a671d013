//! Verify, predicted: every example body checked against the model with the rules the
//! generated serde code applies (the scalar checks are the generated runtime's own functions).
//! The result is each example's [`Expectation`]; the compiled round-trip tests then confirm
//! it, so the lint's errors and the generated code cannot drift apart.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::diag::{Code, Diagnostic, Severity};
use crate::model::{
    ApiModel, Example, Expectation, Primitive, Property, QualifiedName, TypeDef, TypeRef,
};
use crate::parse::json::tree::{self as json, Json};
use crate::source::Span;

mod sketch;
mod value;

use sketch::sketch;
use value::{kind, Checker, Pos};

/// Checks every example, records its expectation, and returns the diagnostics.
pub fn check_examples(model: &mut ApiModel) -> Vec<Diagnostic> {
    let properties = Properties::new(model);
    let results: Vec<((Expectation, bool), Vec<Diagnostic>)> = model
        .examples
        .par_iter()
        .map(|ex| {
            let mut d = Vec::new();
            (check_example(&properties, ex, &mut d), d)
        })
        .collect();
    let mut all = Vec::new();
    let mut expectations = Vec::new();
    for (e, d) in results {
        expectations.push(e);
        all.extend(d);
    }
    for (ex, (e, wrapped)) in model.examples.iter_mut().zip(expectations) {
        ex.expectation = e;
        ex.wrapped = wrapped;
    }
    all
}

/// Each type's properties and relationships with the inherited ones
/// ([`ApiModel::all_properties`], [`ApiModel::all_relationships`]), worked out once per type
/// when first needed and shared by the examples checked in parallel.
struct Properties<'m> {
    model: &'m ApiModel,
    of_type: Vec<std::sync::OnceLock<Members<'m>>>,
    /// Where each type is in the model's types: the checks look a type up by name for
    /// every object they read (hashed, where [`ApiModel::type_def`] searches names in order).
    index: HashMap<&'m QualifiedName, usize>,
}

/// What a JSON object of a type may hold: its properties, and its relationships (an
/// expanded relationship, `$expand`, is read into its target type).
#[derive(Default)]
struct Members<'m> {
    properties: Vec<&'m Property>,
    relationships: Vec<&'m Property>,
}

impl<'m> Properties<'m> {
    fn new(model: &'m ApiModel) -> Self {
        Properties {
            model,
            of_type: (0..model.types.len()).map(|_| Default::default()).collect(),
            index: model
                .types
                .iter()
                .enumerate()
                .map(|(i, t)| (&t.name, i))
                .collect(),
        }
    }

    /// [`ApiModel::type_def`], by the index.
    fn type_def(&self, name: &QualifiedName) -> Option<&'m TypeDef> {
        self.index.get(name).map(|&i| &self.model.types[i])
    }

    fn members(&self, def: &TypeDef) -> &Members<'m> {
        static NONE: Members<'static> = Members {
            properties: Vec::new(),
            relationships: Vec::new(),
        };
        let model = self.model;
        match self.index.get(&def.name) {
            Some(&i) => self.of_type[i].get_or_init(|| {
                let def = &model.types[i];
                Members {
                    properties: model.all_properties(def),
                    relationships: model.all_relationships(def),
                }
            }),
            None => &NONE,
        }
    }

    fn of(&self, def: &TypeDef) -> &[&'m Property] {
        &self.members(def).properties
    }
}

/// The example's expectation, and whether its body wraps the object in `value`.
fn check_example(
    properties: &Properties<'_>,
    ex: &Example,
    d: &mut Vec<Diagnostic>,
) -> (Expectation, bool) {
    let mut wrapped = false;
    let expectation = expect(properties, ex, d, &mut wrapped);
    (expectation, wrapped)
}

fn expect(
    properties: &Properties<'_>,
    ex: &Example,
    d: &mut Vec<Diagnostic>,
    wrapped: &mut bool,
) -> Expectation {
    let model = properties.model;
    if ex.kind == crate::model::ExampleKind::Resource {
        if let (Some(TypeRef::Named(n)), true) = (&ex.ty, ex.valid) {
            if let (Some(def), Ok(Json::Object(map))) = (model.type_def(n), json::parse(&ex.body)) {
                sketch(properties, ex, def, &map, d);
            }
        }
        return Expectation::NotChecked;
    }
    if ex.error_body {
        return error_body(properties, ex, d);
    }
    let Some(ty) = &ex.ty else {
        return Expectation::NotChecked;
    };
    // a primitive or enum body is an action's result (`{"value": …}`); a request has no
    // such shape
    let primitive_request =
        is_value_result(model, ty) && ex.kind == crate::model::ExampleKind::Request;
    if !is_checkable(model, ty) || primitive_request {
        return Expectation::NotChecked;
    }
    let Some(json) = body_json(ex, d) else {
        return Expectation::Fails(Code::InvalidJson);
    };
    let json = &json;
    let mut c = Checker::new(properties, ex, d);
    match ty {
        TypeRef::Collection(inner) => c.collection(json, inner),
        _ if is_value_result(model, ty) => c.primitive_result(json, ty),
        TypeRef::Named(n) if is_wrapped(properties, n, json) => {
            *wrapped = true;
            let (span, _) = c.locate("value", Pos::Start);
            c.d.push(
                Diagnostic::new(
                    Code::ValueWrapper,
                    span,
                    format!(
                        "the body wraps the `{}` object in `value`; OData returns a single object as the object itself",
                        n.name
                    ),
                )
                .with_help("write the object's properties at the top level"),
            );
            c.primitive_result(json, ty);
        }
        other => c.value(json, other, "body", Pos::Start),
    }
    expectation(d)
}

/// What the round trip does, told by the example's diagnostics: it fails with the first error.
fn expectation(d: &[Diagnostic]) -> Expectation {
    match d.iter().find(|d| d.severity == Severity::Error) {
        Some(e) => Expectation::Fails(e.code),
        None => Expectation::RoundTrip,
    }
}

/// The body as JSON, when it is. A body extraction took for JSON that the generated code's
/// reader refuses (nesting deeper than serde_json's 128 levels) is an error here, as its
/// round trip fails.
fn body_json<'e>(ex: &'e Example, d: &mut Vec<Diagnostic>) -> Option<Json<'e>> {
    if !ex.valid {
        return None;
    }
    match json::parse(&ex.body) {
        Ok(json) => Some(json),
        Err(e) => {
            d.push(Diagnostic::new(
                Code::InvalidJson,
                Span::point(ex.source.file, ex.body_offset),
                format!("example body cannot be read as JSON: {e}"),
            ));
            None
        }
    }
}

/// An error response's body against [`crate::runtime::ErrorResponse`]: an object whose `error`
/// (if there) is an object with `code` and `message` strings (or null); everything else is
/// kept as it came.
fn error_body(properties: &Properties<'_>, ex: &Example, d: &mut Vec<Diagnostic>) -> Expectation {
    let Some(json) = body_json(ex, d) else {
        return Expectation::Fails(Code::InvalidJson);
    };
    let mut c = Checker::new(properties, ex, d);
    let start = Pos::Start;
    match &json {
        Json::Object(map) => match map.get("error") {
            None | Some(Json::Null) => {}
            Some(Json::Object(error)) => {
                let inside = Pos::After("error", &start);
                for key in ["code", "message"] {
                    match error.get(key) {
                        None | Some(Json::Null | Json::String(_)) => {}
                        Some(other) => c.report(
                            Code::WrongJsonKind,
                            key,
                            inside,
                            format!("`{key}` of Graph's error object should be a string, found {}", kind(other)),
                        ),
                    }
                }
            }
            Some(other) => c.report(
                Code::WrongJsonKind,
                "error",
                start,
                format!("`error` should be Graph's error object, found {}", kind(other)),
            ),
        },
        other => c.report(
            Code::WrongJsonKind,
            "",
            start,
            format!("an error response's body should be Graph's error object `{{\"error\": {{…}}}}`, found {}", kind(other)),
        ),
    }
    expectation(d)
}

/// Whether `json` is a `n` object wrapped in `{"value": {…}}`: its one key (annotations aside)
/// is `value`, holding an object, and `n` has no `value` property that takes an object.
fn is_wrapped(properties: &Properties<'_>, n: &QualifiedName, json: &Json<'_>) -> bool {
    let model = properties.model;
    let Some(map) = json.as_object() else {
        return false;
    };
    let mut keys = map.keys().filter(|k| !k.starts_with('@'));
    let (Some(key), None) = (keys.next(), keys.next()) else {
        return false;
    };
    if key != "value" || !map.get("value").is_some_and(Json::is_object) {
        return false;
    }
    let Some(def) = model.type_def(n) else {
        return false;
    };
    let takes_object = properties.of(def).iter().any(|p| {
        p.name == "value"
            && match &p.ty {
                TypeRef::Named(t) => model.type_def(t).is_some(),
                _ => false,
            }
    });
    !takes_object
}

/// Whether a body of type `ty` is a call's result in `{"value": …}`: a primitive or an enum.
pub fn is_value_result(model: &ApiModel, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Primitive(_) => true,
        TypeRef::Named(n) => model.enum_def(n).is_some(),
        TypeRef::Collection(_) => false,
    }
}

/// Examples are round-tripped when their body is a known structured type (or a collection of
/// one), or a primitive or enum result.
pub fn is_checkable(model: &ApiModel, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Named(n) => is_generated(model, n),
        // `{"value": …}`: the result of a function or action
        TypeRef::Primitive(_) => true,
        // `{"value": [...]}` of objects, enum members or primitives
        TypeRef::Collection(inner) => match &**inner {
            TypeRef::Named(n) => is_generated(model, n),
            TypeRef::Primitive(_) => true,
            TypeRef::Collection(_) => false,
        },
    }
}

/// Whether a type or enum is described and generated (not skipped by an option).
fn is_generated(model: &ApiModel, n: &QualifiedName) -> bool {
    (model.type_def(n).is_some() || model.enum_def(n).is_some()) && !model.skipped.contains(n)
}

/// Whether a string is a type name standing in for a value (`"Boolean"`, `"String (identifier)"`).
pub fn is_type_name(text: &str) -> bool {
    let base = text.split(" (").next().unwrap_or(text).trim();
    Primitive::from_doc_name(base).is_some()
        && base.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::value::nth_element;
    use super::*;

    #[test]
    fn type_names_are_recognised() {
        assert!(is_type_name("Boolean"));
        assert!(is_type_name("String (identifier)"));
        assert!(!is_type_name("string value"));
        assert!(!is_type_name("enabled"));
    }

    #[test]
    fn array_elements_are_found_past_nested_brackets_and_strings() {
        let text = r#"{"value": [ {"a": "x],{"}, [1, {"b": 2}] , "s", {"c": 3} ]}"#;
        let at = |i| nth_element(text, 0, i).map(|o| &text[o..o + 3]);
        assert_eq!(at(0), Some(r#"{"a"#));
        assert_eq!(at(1), Some("[1,"));
        assert_eq!(at(2), Some(r#""s""#));
        assert_eq!(at(3), Some(r#"{"c"#));
        assert_eq!(at(4), None);
        assert_eq!(nth_element("{}", 0, 0), None);
    }
}
