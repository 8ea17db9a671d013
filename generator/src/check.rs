//! Verify, predicted: every example body checked against the model with the rules the
//! generated serde code applies (the scalar checks are the generated runtime's own functions).
//! The result is each example's [`Expectation`]; the compiled round-trip tests then confirm
//! it, so the lint's errors and the generated code cannot drift apart.

use rayon::prelude::*;
use serde_json::Value;

use crate::diag::{Code, Diagnostic, Severity};
use crate::model::{
    ApiModel, Example, Expectation, Primitive, Property, QualifiedName, TypeDef, TypeRef,
};
use crate::runtime;
use crate::source::Span;

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
        }
    }

    fn members(&self, def: &TypeDef) -> &Members<'m> {
        static NONE: Members<'static> = Members {
            properties: Vec::new(),
            relationships: Vec::new(),
        };
        let model = self.model;
        match model.types.binary_search_by(|t| t.name.cmp(&def.name)) {
            Ok(i) => self.of_type[i].get_or_init(|| {
                let def = &model.types[i];
                Members {
                    properties: model.all_properties(def),
                    relationships: model.all_relationships(def),
                }
            }),
            Err(_) => &NONE,
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
            if let (Some(def), Ok(Value::Object(map))) =
                (model.type_def(n), serde_json::from_str::<Value>(&ex.body))
            {
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
fn body_json(ex: &Example, d: &mut Vec<Diagnostic>) -> Option<Value> {
    if !ex.valid {
        return None;
    }
    match serde_json::from_str::<Value>(&ex.body) {
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

/// An error response's body against [`runtime::ErrorResponse`]: an object whose `error`
/// (if there) is an object with `code` and `message` strings (or null); everything else is
/// kept as it came.
fn error_body(properties: &Properties<'_>, ex: &Example, d: &mut Vec<Diagnostic>) -> Expectation {
    let Some(json) = body_json(ex, d) else {
        return Expectation::Fails(Code::InvalidJson);
    };
    let mut c = Checker::new(properties, ex, d);
    let start = Pos::Start;
    match &json {
        Value::Object(map) => match map.get("error") {
            None | Some(Value::Null) => {}
            Some(Value::Object(error)) => {
                let inside = Pos::After("error", &start);
                for key in ["code", "message"] {
                    match error.get(key) {
                        None | Some(Value::Null | Value::String(_)) => {}
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
fn is_wrapped(properties: &Properties<'_>, n: &QualifiedName, json: &Value) -> bool {
    let model = properties.model;
    let Some(map) = json.as_object() else {
        return false;
    };
    let mut keys = map.keys().filter(|k| !k.starts_with('@'));
    let (Some(key), None) = (keys.next(), keys.next()) else {
        return false;
    };
    if key != "value" || !map["value"].is_object() {
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

/// The position of an array element: its own start when it is an object (whose keys are
/// then searched from there), else the array's.
fn item_pos<'p>(item: &Value, at: Pos<'p>, array: Pos<'p>) -> Pos<'p> {
    if item.is_object() {
        at
    } else {
        array
    }
}

/// The offset of element `index` of the first array at or after `from` in `text`, skipping
/// the elements before it (strings and nesting followed, so brackets inside do not count).
fn nth_element(text: &str, from: usize, index: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from + text.get(from..)?.find('[')? + 1;
    let mut depth = 0usize;
    let mut element = 0;
    let mut in_string = false;
    let mut started = false;
    while i < bytes.len() {
        let c = bytes[i];
        if in_string {
            match c {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            if depth == 0 && !c.is_ascii_whitespace() && c != b',' && c != b']' && !started {
                if element == index {
                    return Some(i);
                }
                started = true;
            }
            match c {
                b'"' => in_string = true,
                b'[' | b'{' => depth += 1,
                b']' | b'}' if depth == 0 => return None,
                b']' | b'}' => depth -= 1,
                b',' if depth == 0 => {
                    element += 1;
                    started = false;
                }
                _ => {}
            }
        }
        i += 1;
    }
    None
}

/// Where the search for a key in the example's text starts: at the beginning, or after the
/// key that holds the value being checked (itself searched after its parent's key). Only
/// worked out when a diagnostic needs a position.
#[derive(Clone, Copy)]
enum Pos<'p> {
    Start,
    After(&'p str, &'p Pos<'p>),
    /// At the start of the object that is element `index` of the array under that key.
    Item(&'p str, usize, &'p Pos<'p>),
}

struct Checker<'a, 'm> {
    model: &'m ApiModel,
    properties: &'a Properties<'m>,
    ex: &'a Example,
    d: &'a mut Vec<Diagnostic>,
    depth: usize,
}

impl<'a, 'm> Checker<'a, 'm> {
    fn new(properties: &'a Properties<'m>, ex: &'a Example, d: &'a mut Vec<Diagnostic>) -> Self {
        Checker {
            model: properties.model,
            properties,
            ex,
            d,
            depth: 0,
        }
    }

    /// The span of `"key"` in the example (searched from `from`), else the example itself;
    /// and where the search for the keys inside it starts.
    fn locate(&self, key: &str, from: Pos<'_>) -> (Span, usize) {
        let from = match from {
            Pos::Start => 0,
            Pos::After(parent, up) => self.locate(parent, *up).1,
            Pos::Item(parent, index, up) => {
                let array = self.locate(parent, *up).1;
                nth_element(&self.ex.body, array, index).unwrap_or(array)
            }
        };
        let needle = format!("\"{key}\"");
        match self.ex.body.get(from..).and_then(|b| b.find(&needle)) {
            Some(i) => {
                let at = from + i;
                // inside the example's block even where the body is not the page's text
                // (indented, or rebuilt from a rendered page)
                let end = self.ex.source.end as usize;
                let offset = (self.ex.body_offset + at).min(end);
                (
                    Span::new(
                        self.ex.source.file,
                        offset,
                        (offset + needle.len()).min(end),
                    ),
                    at,
                )
            }
            None => (self.ex.source, from),
        }
    }

    fn report(&mut self, code: Code, key: &str, from: Pos<'_>, message: String) {
        let (span, _) = self.locate(key, from);
        self.d.push(Diagnostic::new(code, span, message));
    }

    /// `{"value": x}` with `x` of the primitive type.
    fn primitive_result(&mut self, json: &Value, ty: &TypeRef) {
        match json.as_object().and_then(|m| m.get("value")) {
            Some(value) => self.value(value, ty, "value", Pos::Start),
            None => self.report(
                Code::WrongJsonKind,
                "",
                Pos::Start,
                format!(
                    "the result of this call should be an object with a `value`, found {}",
                    kind(json)
                ),
            ),
        }
    }

    fn collection(&mut self, json: &Value, element: &TypeRef) {
        let Value::Object(map) = json else {
            self.report(
                Code::WrongJsonKind,
                "",
                Pos::Start,
                format!(
                    "collection response should be an object with a `value` array, found {}",
                    kind(json)
                ),
            );
            return;
        };
        match map.get("value") {
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    let at = Pos::Item("value", i, &Pos::Start);
                    self.value(item, element, "value", item_pos(item, at, Pos::Start));
                }
            }
            other => self.report(
                Code::WrongJsonKind,
                "value",
                Pos::Start,
                format!(
                    "collection response needs a `value` array, found {}",
                    other.map_or("nothing", kind)
                ),
            ),
        }
        if let Some(next) = map.get("@odata.nextLink") {
            if !next.is_string() && !next.is_null() {
                self.report(
                    Code::WrongJsonKind,
                    "@odata.nextLink",
                    Pos::Start,
                    format!("`@odata.nextLink` should be a string, found {}", kind(next)),
                );
            }
        }
    }

    fn object(&mut self, json: &Value, def: &TypeDef, key: &str, from: Pos<'_>) {
        let Value::Object(map) = json else {
            self.report(
                Code::WrongJsonKind,
                key,
                from,
                format!(
                    "`{key}` should be a `{}` object, found {}",
                    def.name.name,
                    kind(json)
                ),
            );
            return;
        };
        // the keys inside are searched after the object's own key, or from the start of the
        // array element it is
        let start = match from {
            Pos::Item(..) => from,
            _ => Pos::After(key, &from),
        };
        // an instance of a derived type (`"@odata.type": "#microsoft.graph.group"` where a
        // `directoryObject` is expected)
        let odata_type = map.get("@odata.type").and_then(Value::as_str);
        let derived = odata_type
            .map(|t| QualifiedName::parse(t, &def.name.namespace))
            .filter(|n| n != &def.name && self.model.is_subtype(n, &def.name))
            .and_then(|n| self.model.type_def(&n));
        // the generated `Any…` enum reads it as that type when `@odata.type` spells its full
        // name exactly (`#` optional), as `runtime::deserialize_polymorphic` does
        let exact = derived.filter(|d| {
            !self.model.skipped.contains(&d.name)
                && odata_type
                    .is_some_and(|t| t.strip_prefix('#').unwrap_or(t) == d.name.to_string())
        });
        let (def, derived) = match exact {
            Some(d) => (d, None),
            None => (def, derived),
        };
        let members = self.properties.members(def);
        // otherwise the base type's struct keeps the derived type's own properties in
        // `additional_data`: they are not unknown, and their values are not checked
        let derived_properties = derived.map(|t| self.properties.of(t)).unwrap_or_default();
        for (k, v) in map {
            if k == "@odata.type" {
                match v {
                    Value::String(t) => self.odata_type(t, def, start),
                    Value::Null => {}
                    other => self.report(
                        Code::WrongJsonKind,
                        k,
                        start,
                        format!("`@odata.type` should be a string, found {}", kind(other)),
                    ),
                }
                continue;
            }
            let property = members
                .properties
                .iter()
                .chain(&members.relationships)
                .find(|p| &p.name == k);
            match property {
                Some(p) => self.value(v, &p.ty, k, start),
                // annotations, the dynamic properties of open types, a derived type's own
                None if k.contains('@')
                    || def.open_type
                    || derived_properties.iter().any(|p| &p.name == k) => {}
                None => {
                    let (span, _) = self.locate(k, start);
                    self.d.push(
                        Diagnostic::new(
                            Code::UnknownProperty,
                            span,
                            format!(
                                "`{k}` is not a property of `{}`; it is kept in `additional_data`",
                                def.name.name
                            ),
                        )
                        .with_related(
                            def.sources[0],
                            format!("`{}` is described here", def.name.name),
                        ),
                    );
                }
            }
        }
    }

    /// `@odata.type` must name the expected type or one derived from it.
    fn odata_type(&mut self, text: &str, expected: &TypeDef, from: Pos<'_>) {
        let named = QualifiedName::parse(text, &expected.name.namespace);
        if self.model.is_subtype(&named, &expected.name) {
            return;
        }
        let message = if self.model.type_def(&named).is_some() {
            format!(
                "`@odata.type` is `{text}`, which is not `{}` nor derived from it",
                expected.name
            )
        } else {
            format!(
                "`@odata.type` is `{text}`, which names no type the docs describe (expected `{}`)",
                expected.name
            )
        };
        self.report(Code::OdataTypeMismatch, "@odata.type", from, message);
    }

    fn value(&mut self, json: &Value, ty: &TypeRef, key: &str, from: Pos<'_>) {
        if json.is_null() {
            return;
        }
        if self.depth > 64 {
            return;
        }
        self.depth += 1;
        match ty {
            TypeRef::Collection(inner) => match json {
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        let at = Pos::Item(key, i, &from);
                        self.value(item, inner, key, item_pos(item, at, from));
                    }
                }
                other => self.report(
                    Code::WrongJsonKind,
                    key,
                    from,
                    format!("`{key}` should be an array, found {}", kind(other)),
                ),
            },
            // left out of the generated code: its JSON is kept as it came
            TypeRef::Named(n) if self.model.skipped.contains(n) => {}
            TypeRef::Named(n) => {
                if let Some(def) = self.model.type_def(n) {
                    self.object(json, def, key, from);
                } else if let Some(e) = self.model.enum_def(n) {
                    match json {
                        // a flags enum: each comma-separated member (`runtime::Flags`)
                        Value::String(s) if e.flags => {
                            for member in s.split(',').map(str::trim).filter(|m| !m.is_empty()) {
                                self.enum_member(member, e, key, from);
                            }
                        }
                        Value::String(s) => self.enum_member(s, e, key, from),
                        other => self.report(
                            Code::WrongJsonKind,
                            key,
                            from,
                            format!(
                                "`{key}` should be a `{}` string, found {}",
                                n.name,
                                kind(other)
                            ),
                        ),
                    }
                }
            }
            TypeRef::Primitive(p) => self.primitive(json, *p, key, from),
        }
        self.depth -= 1;
    }

    /// One member of an enum value: a documented one, else a warning (the generated enum
    /// keeps it in its catch-all variant).
    fn enum_member(&mut self, s: &str, e: &crate::model::EnumDef, key: &str, from: Pos<'_>) {
        let n = &e.name;
        if e.members.iter().any(|m| m.name == s) {
            return;
        }
        if is_type_name(s) {
            self.report(
                Code::TypeNameAsValue,
                key,
                from,
                format!("`{key}` is the type name \"{s}\", not a member of `{}`; it round-trips through the catch-all variant", n.name),
            );
            return;
        }
        let (span, _) = self.locate(key, from);
        self.d.push(
            Diagnostic::new(
                Code::UnknownEnumMember,
                span,
                format!(
                    "`{s}` is not a documented member of `{}` ({}); it round-trips through the catch-all variant",
                    n.name,
                    e.members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            )
            .with_related(e.sources[0], "members listed here"),
        );
    }

    fn primitive(&mut self, json: &Value, p: Primitive, key: &str, from: Pos<'_>) {
        let expected = p.edm_name();
        let wrong = |this: &mut Self, json: &Value| {
            let (code, what) = match json {
                Value::String(s) if is_type_name(s) => {
                    (Code::PlaceholderValue, format!("the type name \"{s}\""))
                }
                other => (Code::WrongJsonKind, kind(other).to_string()),
            };
            this.report(
                code,
                key,
                from,
                format!("`{key}` should be {expected}, found {what}"),
            );
        };
        match p {
            Primitive::String | Primitive::Stream => match json {
                Value::String(s) if is_type_name(s) => self.report(
                    Code::TypeNameAsValue,
                    key,
                    from,
                    format!("`{key}` is the type name \"{s}\" instead of an example value"),
                ),
                Value::String(_) => {}
                other if p == Primitive::Stream => {
                    let _ = other;
                }
                other => wrong(self, other),
            },
            Primitive::Boolean => {
                if !json.is_boolean() {
                    wrong(self, json)
                }
            }
            Primitive::Byte
            | Primitive::SByte
            | Primitive::Int16
            | Primitive::Int32
            | Primitive::Int64 => {
                let Value::Number(n) = json else {
                    return wrong(self, json);
                };
                let (min, max): (i128, i128) = match p {
                    Primitive::Byte => (0, 255),
                    Primitive::SByte => (-128, 127),
                    Primitive::Int16 => (i16::MIN.into(), i16::MAX.into()),
                    Primitive::Int32 => (i32::MIN.into(), i32::MAX.into()),
                    _ => (i64::MIN.into(), i64::MAX.into()),
                };
                let int = n
                    .as_i64()
                    .map(i128::from)
                    .or_else(|| n.as_u64().map(i128::from));
                match int {
                    Some(i) if i >= min && i <= max => {}
                    Some(i) => self.report(
                        Code::InvalidScalar,
                        key,
                        from,
                        format!("`{key}` is {i}, outside the range of {expected}"),
                    ),
                    None => self.report(
                        Code::WrongJsonKind,
                        key,
                        from,
                        format!("`{key}` should be an integer ({expected}), found {n}"),
                    ),
                }
            }
            // digits kept as written: any number, or a string of one (`runtime::Decimal`)
            Primitive::Decimal => match json {
                Value::Number(_) => {}
                Value::String(s) if runtime::is_decimal(s) => {}
                other => wrong(self, other),
            },
            Primitive::Single | Primitive::Double => {
                // `"NaN"`, `"INF"`, `"-INF"`: what OData writes for a double no number holds
                if let Value::String(s) = json {
                    if runtime::is_special_double(s) {
                        return;
                    }
                }
                let Value::Number(n) = json else {
                    return wrong(self, json);
                };
                let exact = match (n.as_i64(), n.as_u64()) {
                    (Some(i), _) => (i as f64) as i64 == i,
                    (None, Some(u)) => (u as f64) as u64 == u,
                    _ => true,
                };
                if !exact {
                    self.report(
                        Code::InvalidScalar,
                        key,
                        from,
                        format!("`{key}` is {n}, which {expected} cannot hold exactly"),
                    );
                }
            }
            Primitive::DateTimeOffset
            | Primitive::Date
            | Primitive::TimeOfDay
            | Primitive::Duration
            | Primitive::Guid
            | Primitive::Binary => {
                let Value::String(s) = json else {
                    return wrong(self, json);
                };
                let ok = match p {
                    Primitive::DateTimeOffset => runtime::is_date_time_offset(s),
                    Primitive::Date => runtime::is_date(s),
                    Primitive::TimeOfDay => runtime::is_time_of_day(s),
                    Primitive::Duration => runtime::is_duration(s),
                    Primitive::Guid => runtime::is_guid(s),
                    _ => runtime::is_binary(s),
                };
                // the generated scalar keeps any text: a warning, the round trip holds
                if !ok {
                    let (code, shown) = if is_type_name(s) {
                        (Code::TypeNameAsValue, format!("the type name \"{s}\""))
                    } else {
                        (Code::MalformedScalar, format!("\"{s}\""))
                    };
                    self.report(
                        code,
                        key,
                        from,
                        format!("`{key}` is {shown}, not a valid {expected}; it is kept as text"),
                    );
                }
            }
            Primitive::Untyped => {}
        }
    }
}

/// A resource's "JSON representation" is a schema sketch (`"id": "String (identifier)"`):
/// its keys must be properties of the type, and its placeholder values of the right kind.
fn sketch(
    all: &Properties<'_>,
    ex: &Example,
    def: &TypeDef,
    map: &serde_json::Map<String, Value>,
    d: &mut Vec<Diagnostic>,
) {
    let model = all.model;
    let properties = all.of(def);
    let c = Checker::new(all, ex, d);
    let mut found = Vec::new();
    for (key, value) in map {
        if key.contains('@') || def.open_type || def.key.as_deref() == Some(key.as_str()) {
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
fn sketch_mismatch(model: &ApiModel, value: &Value, ty: &TypeRef) -> Option<&'static str> {
    if value.is_null() {
        return None;
    }
    // sketches write type names in any case: "Boolean", "boolean", "String (timestamp)"
    let named_as = |s: &str, p: Primitive| {
        Primitive::from_doc_name(s.split(" (").next().unwrap_or(s)) == Some(p)
    };
    match ty {
        TypeRef::Collection(inner) => match value {
            Value::Array(items) => items.first().and_then(|v| sketch_mismatch(model, v, inner)),
            Value::String(s) if s.contains("ollection") => None,
            _ => Some("an array"),
        },
        TypeRef::Primitive(Primitive::Untyped) => None,
        TypeRef::Primitive(p @ Primitive::Boolean) => match value {
            Value::Bool(_) => None,
            Value::String(s) if named_as(s, *p) => None,
            _ => Some("true, false or \"Boolean\""),
        },
        TypeRef::Primitive(
            p @ (Primitive::Byte
            | Primitive::SByte
            | Primitive::Int16
            | Primitive::Int32
            | Primitive::Int64
            | Primitive::Single
            | Primitive::Double
            | Primitive::Decimal),
        ) => match value {
            Value::Number(_) => None,
            Value::String(s) if named_as(s, *p) || is_number_name(s) => None,
            _ => Some("a number or its type name"),
        },
        TypeRef::Primitive(_) => match value {
            Value::String(_) => None,
            _ => Some("a string"),
        },
        TypeRef::Named(n) if model.enum_def(n).is_some() => match value {
            Value::String(_) => None,
            _ => Some("a string"),
        },
        TypeRef::Named(n) if model.type_def(n).is_some() => match value {
            Value::Object(_) => None,
            Value::String(s) if s.contains(n.name.as_str()) => None,
            _ => Some("an object"),
        },
        TypeRef::Named(_) => None,
    }
}

fn is_number_name(s: &str) -> bool {
    matches!(
        Primitive::from_doc_name(s.split(" (").next().unwrap_or(s)),
        Some(
            Primitive::Byte
                | Primitive::SByte
                | Primitive::Int16
                | Primitive::Int32
                | Primitive::Int64
                | Primitive::Single
                | Primitive::Double
                | Primitive::Decimal
        )
    )
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
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
