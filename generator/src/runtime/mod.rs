// The support code every generated crate carries as its `runtime` module.
//
// This folder is compiled twice: as `docgen::runtime`, so that the checks docgen applies to the
// documented examples are the very functions the generated code runs, and into every generated
// crate, where emit parses it with syn and prints it with prettyplease, its file modules written
// inline (one `runtime.rs`). No file here may start with inner attributes (`//!`), because the
// build.rs mode pulls the module in with `include!`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeOwned};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

// the text scalars, Double and Decimal
mod scalars;
pub use scalars::*;

// what endpoints need: permissions, errors, path and query encoding, the Endpoint trait
mod request;
pub use request::*;

/// A property of a Graph object: absent, explicitly `null`, or a value.
///
/// The three stay distinct through a round trip, and a struct built in code serializes only
/// the properties that were set, so a PATCH body can clear one property (`Null`) without
/// touching the others (`Absent`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Property<T> {
    /// Not present in the JSON object.
    #[default]
    Absent,
    /// Present as `null`.
    Null,
    /// Present with a value.
    Value(T),
}

impl<T> Property<T> {
    /// Whether the property is absent (then it is not serialized).
    pub fn is_absent(&self) -> bool {
        matches!(self, Property::Absent)
    }

    /// Whether the property is present as `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Property::Null)
    }

    /// The value, if there is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            Property::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, if there is one.
    pub fn into_value(self) -> Option<T> {
        match self {
            Property::Value(v) => Some(v),
            _ => None,
        }
    }
}

impl<T> From<T> for Property<T> {
    fn from(value: T) -> Self {
        Property::Value(value)
    }
}

impl<T: Serialize> Serialize for Property<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Property::Value(v) => v.serialize(serializer),
            Property::Absent | Property::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Property<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(|v| v.map_or(Property::Null, Property::Value))
    }
}

/// The result of a function or action that returns one primitive value:
/// `{"@odata.context": "…", "value": true}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PrimitiveResult<T> {
    /// The value.
    pub value: T,
    /// Annotations (`@odata.context` …), kept as they came.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, Value>,
}

/// A collection response: `{"value": […], "@odata.nextLink": "…"}`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collection<T> {
    /// The items of this page.
    pub value: Vec<T>,
    /// The URL of the next page, when there is one.
    pub next_link: Property<String>,
    /// The URL of the next delta query, on the last page of a delta response.
    pub delta_link: Property<String>,
    /// Other annotations (`@odata.context`, `@odata.count` …), kept as they came.
    pub additional_data: BTreeMap<String, Value>,
}

impl<T> Collection<T> {
    /// The request for the next page: a GET of `@odata.nextLink` as the service wrote it
    /// (read its answer with the same endpoint's `parse_response`). `None` on the last page.
    pub fn next_request(&self) -> Option<Result<http::Request<Vec<u8>>, Error>> {
        let link = self.next_link.value()?;
        Some(
            http::Request::builder()
                .method(http::Method::GET)
                .uri(link.as_str())
                .header(http::header::ACCEPT, "application/json")
                .body(Vec::new())
                .map_err(Error::Request),
        )
    }

    /// The `@odata.deltaLink` that ends a delta query's last page: the URL to ask for the
    /// changes since.
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.value().map(String::as_str)
    }
}

impl<T: Serialize> Serialize for Collection<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for (k, v) in &self.additional_data {
            map.serialize_entry(k, v)?;
        }
        map.serialize_entry("value", &self.value)?;
        if !self.next_link.is_absent() {
            map.serialize_entry("@odata.nextLink", &self.next_link)?;
        }
        if !self.delta_link.is_absent() {
            map.serialize_entry("@odata.deltaLink", &self.delta_link)?;
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Collection<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for Visitor<T> {
            type Value = Collection<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a collection object with a `value` array")
            }

            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Collection {
                    value: Vec::new(),
                    next_link: Property::Absent,
                    delta_link: Property::Absent,
                    additional_data: BTreeMap::new(),
                };
                let mut seen_value = false;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "value" => {
                            out.value = map.next_value()?;
                            seen_value = true;
                        }
                        "@odata.nextLink" => out.next_link = map.next_value()?,
                        "@odata.deltaLink" => out.delta_link = map.next_value()?,
                        _ => {
                            out.additional_data.insert(key, map.next_value()?);
                        }
                    }
                }
                if !seen_value {
                    return Err(de::Error::missing_field("value"));
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// A generated struct read field by field, with the fields it does not know kept aside.
///
/// Generated structs implement it; [`deserialize_object`] drives it, so no struct buffers
/// its input.
pub trait Object: Default {
    /// The qualified type name, such as `microsoft.graph.user`.
    const TYPE_NAME: &'static str;

    /// Reads the value of `key` into its field. `Ok(false)` when the struct has no such field.
    fn read_field<'de, A: de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error>;

    /// Where unknown properties go.
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, Value>;
}

/// Deserializes a JSON object into a generated struct.
pub fn deserialize_object<'de, D: Deserializer<'de>, T: Object>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct Visitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: Object> de::Visitor<'de> for Visitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a `{}` object", T::TYPE_NAME)
        }

        fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut out = T::default();
            while let Some(key) = map.next_key::<String>()? {
                if !out.read_field(&key, &mut map)? {
                    let value = map.next_value()?;
                    out.additional_data_mut().insert(key, value);
                }
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Visitor(std::marker::PhantomData))
}

/// The value of a flags enum: several members, comma-separated in one string
/// (`"x86,x64"`). The text is kept exactly as it came and written back so; [`Flags::members`]
/// reads the members, [`Flags::from_members`] builds a value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Flags<E> {
    text: String,
    members: std::marker::PhantomData<fn() -> E>,
}

impl<E> Flags<E> {
    /// The value as it came (or as built).
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl<E: for<'a> From<&'a str>> Flags<E> {
    /// The members, in the order written (a member the docs do not list is `Undocumented`).
    pub fn members(&self) -> Vec<E> {
        self.text
            .split(',')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(E::from)
            .collect()
    }

    /// Whether `member` is one of the members.
    pub fn contains(&self, member: &E) -> bool
    where
        E: PartialEq,
    {
        self.members().contains(member)
    }
}

impl<E: AsRef<str>> Flags<E> {
    /// The value with these members, written as Graph writes them (`"x86,x64"`).
    pub fn from_members<I: IntoIterator<Item = E>>(members: I) -> Self {
        let text = members
            .into_iter()
            .map(|m| m.as_ref().to_string())
            .collect::<Vec<_>>()
            .join(",");
        Flags {
            text,
            members: std::marker::PhantomData,
        }
    }
}

impl<E> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de, E> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Flags {
            text: String::deserialize(deserializer)?,
            members: std::marker::PhantomData,
        })
    }
}

/// A value of a type that others derive from: a generated `Any…` enum, whose variant is the
/// type its `@odata.type` names.
///
/// An object without `@odata.type`, or naming a type this crate does not compile, is read as
/// the base type, its `@odata.type` and unknown properties kept, so nothing is lost.
pub trait Polymorphic: Sized {
    /// Reads one JSON object as the type `odata_type` names (without its leading `#`).
    fn from_json(odata_type: Option<&str>, json: &str) -> Result<Self, serde_json::Error>;
}

/// Deserializes a generated `Any…` enum: the object is taken as JSON text, its
/// `@odata.type` looked up wherever it is among the keys, then the text is read as that type.
pub fn deserialize_polymorphic<'de, D: Deserializer<'de>, T: Polymorphic>(
    deserializer: D,
) -> Result<T, D::Error> {
    let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
    let json = raw.get();
    let head = object_head(json).map_err(de::Error::custom)?;
    let odata_type = head.as_ref().and_then(|h| h.odata_type.as_deref());
    let odata_type = odata_type.map(|t| t.strip_prefix('#').unwrap_or(t));
    T::from_json(odata_type, json).map_err(de::Error::custom)
}

/// The top level of a JSON object, read without building it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectHead {
    /// The string value of its `@odata.type` (the first, if it has several).
    pub odata_type: Option<String>,
    /// How many members it has.
    pub members: usize,
    /// Whether one of them is `value` (a collection response's).
    pub value_member: bool,
}

/// The head of a JSON text that is an object (`None` for an array or a scalar); an error
/// when the text is not JSON.
pub fn object_head(json: &str) -> Result<Option<ObjectHead>, serde_json::Error> {
    struct Visitor;
    impl<'de> de::Visitor<'de> for Visitor {
        type Value = Option<ObjectHead>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any JSON")
        }

        fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut head = ObjectHead::default();
            let mut typed = false;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                head.members += 1;
                head.value_member |= key == "value";
                if key == "@odata.type" && !typed {
                    typed = true;
                    head.odata_type = map.next_value::<Value>()?.as_str().map(str::to_string);
                } else {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
            Ok(Some(head))
        }

        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<de::IgnoredAny>()?.is_some() {}
            Ok(None)
        }

        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }
    let mut de = serde_json::Deserializer::from_str(json);
    let head = de.deserialize_any(Visitor)?;
    de.end()?;
    Ok(head)
}

/// Serializes a derived type's struct held by an `Any…` enum, writing `odata_type` (such as
/// `#microsoft.graph.group`) first when the struct's own `@odata.type` is absent.
pub fn serialize_derived<T: Serialize, S: Serializer>(
    value: &T,
    odata_type: Option<&'static str>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Tagged<'a, T> {
        #[serde(rename = "@odata.type")]
        odata_type: &'static str,
        #[serde(flatten)]
        value: &'a T,
    }
    match odata_type {
        Some(odata_type) => Tagged { odata_type, value }.serialize(serializer),
        None => value.serialize(serializer),
    }
}

/// Why a round trip failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundTripError {
    /// The text is not JSON.
    NotJson(String),
    /// The JSON does not deserialize into the type.
    Deserialize(String),
    /// Serializing the value failed.
    Serialize(String),
    /// The value serialized back differs from the original.
    Changed {
        /// The original JSON.
        expected: String,
        /// What the type wrote back.
        actual: String,
    },
}

impl fmt::Display for RoundTripError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RoundTripError::NotJson(e) => write!(f, "not JSON: {e}"),
            RoundTripError::Deserialize(e) => write!(f, "does not deserialize: {e}"),
            RoundTripError::Serialize(e) => write!(f, "does not serialize: {e}"),
            RoundTripError::Changed { expected, actual } => {
                write!(
                    f,
                    "changed in the round trip:\nexpected {expected}\nactual   {actual}"
                )
            }
        }
    }
}

impl std::error::Error for RoundTripError {}

/// Deserializes `json` into `T`, serializes it back, and checks that the JSON value is the
/// same (numbers by numeric value; integers beyond 2^53 exactly).
pub fn round_trip<T: DeserializeOwned + Serialize>(json: &str) -> Result<T, RoundTripError> {
    let expected: Value =
        serde_json::from_str(json).map_err(|e| RoundTripError::NotJson(e.to_string()))?;
    let typed: T =
        serde_json::from_str(json).map_err(|e| RoundTripError::Deserialize(e.to_string()))?;
    let actual =
        serde_json::to_value(&typed).map_err(|e| RoundTripError::Serialize(e.to_string()))?;
    if json_eq(&expected, &actual) {
        Ok(typed)
    } else {
        Err(RoundTripError::Changed {
            expected: expected.to_string(),
            actual: actual.to_string(),
        })
    }
}

/// JSON equality where `1` equals `1.0`, and integers are compared exactly.
pub fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => number_eq(x, y),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

fn as_integer(n: &serde_json::Number) -> Option<i128> {
    n.as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from))
}

fn number_eq(x: &serde_json::Number, y: &serde_json::Number) -> bool {
    match (as_integer(x), as_integer(y)) {
        (Some(a), Some(b)) => a == b,
        (Some(i), None) | (None, Some(i)) => {
            // the other side is the float
            let float = if as_integer(x).is_none() { x } else { y };
            let f = float.as_f64().unwrap_or(f64::NAN);
            // equal only when the float is exactly that integer
            f.fract() == 0.0 && f.abs() < 1.8e19 && f as i128 == i && (i as f64) == f
        }
        (None, None) => x.as_f64() == y.as_f64(),
    }
}

#[cfg(test)]
mod tests;
