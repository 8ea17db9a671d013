//! Values against types: the rules of the generated serde code, applied to a JSON value at
//! its position in the page.

use crate::parse::json::tree::Json;

use super::{is_type_name, Properties};
use crate::diag::{Code, Diagnostic};
use crate::model::{ApiModel, Example, Primitive, QualifiedName, TypeDef, TypeRef};
use crate::runtime;
use crate::source::Span;

/// The position of an array element: its own start when it is an object (whose keys are
/// then searched from there), else the array's.
pub(super) fn item_pos<'p>(item: &Json<'_>, at: Pos<'p>, array: Pos<'p>) -> Pos<'p> {
    if item.is_object() {
        at
    } else {
        array
    }
}

/// The offset of element `index` of the first array at or after `from` in `text`, skipping
/// the elements before it (strings and nesting followed, so brackets inside do not count).
pub(super) fn nth_element(text: &str, from: usize, index: usize) -> Option<usize> {
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
pub(super) enum Pos<'p> {
    Start,
    After(&'p str, &'p Pos<'p>),
    /// At the start of the object that is element `index` of the array under that key.
    Item(&'p str, usize, &'p Pos<'p>),
}

pub(super) struct Checker<'a, 'm> {
    model: &'m ApiModel,
    properties: &'a Properties<'m>,
    ex: &'a Example,
    pub(super) d: &'a mut Vec<Diagnostic>,
    depth: usize,
}

impl<'a, 'm> Checker<'a, 'm> {
    pub(super) fn new(
        properties: &'a Properties<'m>,
        ex: &'a Example,
        d: &'a mut Vec<Diagnostic>,
    ) -> Self {
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
    pub(super) fn locate(&self, key: &str, from: Pos<'_>) -> (Span, usize) {
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
                let offset = (self.ex.body_offset + self.ex.body_written.written(at)).min(end);
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

    pub(super) fn report(&mut self, code: Code, key: &str, from: Pos<'_>, message: String) {
        let (span, _) = self.locate(key, from);
        self.d.push(Diagnostic::new(code, span, message));
    }

    /// `{"value": x}` with `x` of the primitive type.
    pub(super) fn primitive_result(&mut self, json: &Json<'_>, ty: &TypeRef) {
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

    pub(super) fn collection(&mut self, json: &Json<'_>, element: &TypeRef) {
        let Json::Object(map) = json else {
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
            Some(Json::Array(items)) => {
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

    pub(super) fn object(&mut self, json: &Json<'_>, def: &TypeDef, key: &str, from: Pos<'_>) {
        let Json::Object(map) = json else {
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
        let odata_type = map.get("@odata.type").and_then(Json::as_str);
        let derived = odata_type
            .map(|t| QualifiedName::parse(t, &def.name.namespace))
            .filter(|n| n != &def.name && self.model.is_subtype(n, &def.name))
            .and_then(|n| self.properties.type_def(&n));
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
        for (k, v) in map.iter() {
            if k == "@odata.type" {
                match v {
                    Json::String(t) => self.odata_type(t, def, start),
                    Json::Null => {}
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
                .find(|p| p.name == k);
            match property {
                Some(p) => self.value(v, &p.ty, k, start),
                // annotations, the dynamic properties of open types, a derived type's own
                None if k.contains('@')
                    || def.open_type
                    || derived_properties.iter().any(|p| p.name == k) => {}
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
        let message = if self.properties.type_def(&named).is_some() {
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

    pub(super) fn value(&mut self, json: &Json<'_>, ty: &TypeRef, key: &str, from: Pos<'_>) {
        if json.is_null() {
            return;
        }
        if self.depth > 64 {
            return;
        }
        self.depth += 1;
        match ty {
            TypeRef::Collection(inner) => match json {
                Json::Array(items) => {
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
                if let Some(def) = self.properties.type_def(n) {
                    self.object(json, def, key, from);
                } else if let Some(e) = self.model.enum_def(n) {
                    match json {
                        // a flags enum: each comma-separated member (`runtime::Flags`)
                        Json::String(s) if e.flags => {
                            for member in s.split(',').map(str::trim).filter(|m| !m.is_empty()) {
                                self.enum_member(member, e, key, from);
                            }
                        }
                        Json::String(s) => self.enum_member(s, e, key, from),
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

    fn primitive(&mut self, json: &Json<'_>, p: Primitive, key: &str, from: Pos<'_>) {
        let expected = p.edm_name();
        let wrong = |this: &mut Self, json: &Json<'_>| {
            let (code, what) = match json {
                Json::String(s) if is_type_name(s) => {
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
                Json::String(s) if is_type_name(s) => self.report(
                    Code::TypeNameAsValue,
                    key,
                    from,
                    format!("`{key}` is the type name \"{s}\" instead of an example value"),
                ),
                Json::String(_) => {}
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
                let Json::Number(n) = json else {
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
                Json::Number(_) => {}
                Json::String(s) if runtime::is_decimal(s) => {}
                other => wrong(self, other),
            },
            Primitive::Single | Primitive::Double => {
                // `"NaN"`, `"INF"`, `"-INF"`: what OData writes for a double no number holds
                if let Json::String(s) = json {
                    if runtime::is_special_double(s) {
                        return;
                    }
                }
                let Json::Number(n) = json else {
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
                let Json::String(s) = json else {
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

pub(super) fn is_number_name(s: &str) -> bool {
    Primitive::from_doc_name(s.split(" (").next().unwrap_or(s)).is_some_and(Primitive::is_number)
}

pub(super) fn kind(v: &Json<'_>) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}
