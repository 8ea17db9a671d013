//! A JSON text read into a tree that borrows from it (example bodies where they are checked,
//! annotations). Strings and keys are borrowed where they hold no escape, and an object is a
//! vector of its members sorted by key, so that reading allocates little; it reads as
//! `serde_json::Value` does (the same reader and its errors, numbers as `serde_json::Number`,
//! an object's keys in order, a repeated key's last value).

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Number;

/// A JSON value, its strings and keys borrowed from the text where they can be.
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Object<'a>),
}

/// An object's members in key order, each key once (its last value in the text).
pub(crate) struct Object<'a>(Vec<(Cow<'a, str>, Json<'a>)>);

/// Reads a JSON text with serde_json's reader (its nesting limit included).
pub(crate) fn parse(text: &str) -> Result<Json<'_>, serde_json::Error> {
    serde_json::from_str(text)
}

impl<'a> Json<'a> {
    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    pub(crate) fn is_boolean(&self) -> bool {
        matches!(self, Json::Bool(_))
    }

    pub(crate) fn is_true(&self) -> bool {
        matches!(self, Json::Bool(true))
    }

    pub(crate) fn is_string(&self) -> bool {
        matches!(self, Json::String(_))
    }

    pub(crate) fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub(crate) fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }
}

impl<'a> Object<'a> {
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0
            .binary_search_by(|(k, _)| k.as_ref().cmp(key))
            .ok()
            .map(|i| &self.0[i].1)
    }

    /// The members in key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &Json<'a>)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_ref())
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json<'de>, E> {
        // as `Value` reads it: a number no `Number` holds is null
        Ok(Number::from_f64(v).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v.to_string())))
    }

    fn visit_string<E>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v)))
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        Deserialize::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut members: Vec<(Cow<'de, str>, Json<'de>)> = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            members.push((key, map.next_value()?));
        }
        // key order, and of a repeated key the last: reversed, the stable sort puts the last
        // one first among equal keys, and dedup keeps the first of each run
        members.reverse();
        members.sort_by(|a, b| a.0.cmp(&b.0));
        members.dedup_by(|later, first| later.0 == first.0);
        Ok(Json::Object(Object(members)))
    }
}

/// A key, borrowed from the text when it holds no escape (`Cow<str>`'s own `Deserialize`
/// always copies).
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

/// For a test: what `Value` makes of the same text, in the same form.
#[cfg(test)]
fn same_as_value(json: &Json<'_>, value: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (json, value) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::Number(a), Value::Number(b)) => a == b,
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_as_value(x, y))
        }
        (Json::Object(a), Value::Object(b)) => {
            a.0.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((k, x), (l, y))| k == l && same_as_value(x, y))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_value_reads() {
        let texts = [
            r#"{"b": 1, "a": [true, null, "x\"y", 1.5, -3, 18446744073709551615], "c": {}}"#,
            r#"{"k": 1, "k": 2, "a": 0, "k": {"z": 1, "y": [2]}}"#,
            r#"{"\u0041": "\u00e9", "A": "é", "": ""}"#,
            r#"[1e300, 0.1, 1e-400, -0.0, {"x": []}]"#,
            "\"just a string\"",
            "12",
        ];
        for text in texts {
            let json = parse(text).unwrap();
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            assert!(same_as_value(&json, &value), "{text}");
        }
        // the last of a repeated key, its keys in order
        let json = parse(r#"{"k": 1, "k": 2, "a": 0, "k": {"z": 1, "y": [2]}}"#).unwrap();
        let o = json.as_object().unwrap();
        assert_eq!(o.keys().collect::<Vec<_>>(), ["a", "k"]);
        assert!(o.get("k").unwrap().as_object().is_some());
        assert!(o.get("b").is_none());
    }

    #[test]
    fn refuses_what_value_refuses_with_the_same_error() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        for text in [
            r#"{"a": }"#,
            r#"{"a": 1} x"#,
            "[1e400]",
            "\"\\ud800\"",
            &deep,
            r#"{1: 2}"#,
        ] {
            let ours = parse(text).err().map(|e| e.to_string());
            let theirs = serde_json::from_str::<serde_json::Value>(text)
                .err()
                .map(|e| e.to_string());
            assert!(ours.is_some(), "{text}");
            assert_eq!(ours, theirs, "{text}");
        }
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let json = parse(r#"{"plain": "text", "esc\"aped": "a\nb"}"#).unwrap();
        let o = json.as_object().unwrap();
        let borrowed: Vec<bool> =
            o.0.iter()
                .map(|(k, _)| matches!(k, Cow::Borrowed(_)))
                .collect();
        assert_eq!(borrowed, [false, true]);
        assert!(matches!(
            o.get("plain"),
            Some(Json::String(Cow::Borrowed("text")))
        ));
        assert!(matches!(
            o.get("esc\"aped"),
            Some(Json::String(Cow::Owned(_)))
        ));
    }
}
