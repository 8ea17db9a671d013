//! Property types in CSDL notation (`Edm.String`, `Collection(microsoft.graph.x)`), read from
//! the many spellings of the docs' type cells.

use std::fmt;

use super::QualifiedName;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Primitive {
    String,
    Boolean,
    Byte,
    SByte,
    Int16,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    Date,
    TimeOfDay,
    Duration,
    Guid,
    Binary,
    Stream,
    /// Any JSON (`Edm.Untyped`, `Json`).
    Untyped,
}

impl Primitive {
    /// Whether values of the type are JSON numbers (integers, Single, Double, Decimal).
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Primitive::Byte
                | Primitive::SByte
                | Primitive::Int16
                | Primitive::Int32
                | Primitive::Int64
                | Primitive::Single
                | Primitive::Double
                | Primitive::Decimal
        )
    }

    pub fn edm_name(self) -> &'static str {
        match self {
            Primitive::String => "Edm.String",
            Primitive::Boolean => "Edm.Boolean",
            Primitive::Byte => "Edm.Byte",
            Primitive::SByte => "Edm.SByte",
            Primitive::Int16 => "Edm.Int16",
            Primitive::Int32 => "Edm.Int32",
            Primitive::Int64 => "Edm.Int64",
            Primitive::Single => "Edm.Single",
            Primitive::Double => "Edm.Double",
            Primitive::Decimal => "Edm.Decimal",
            Primitive::DateTimeOffset => "Edm.DateTimeOffset",
            Primitive::Date => "Edm.Date",
            Primitive::TimeOfDay => "Edm.TimeOfDay",
            Primitive::Duration => "Edm.Duration",
            Primitive::Guid => "Edm.Guid",
            Primitive::Binary => "Edm.Binary",
            Primitive::Stream => "Edm.Stream",
            Primitive::Untyped => "Edm.Untyped",
        }
    }

    /// The short name authors write (`Boolean`), used to spot type names used as values.
    pub fn doc_name(self) -> &'static str {
        &self.edm_name()[4..]
    }

    /// Reads a primitive type name in any of the docs' spellings.
    pub fn from_doc_name(name: &str) -> Option<Primitive> {
        let t = name.trim();
        let t = t
            .strip_prefix("Edm.")
            .or_else(|| t.strip_prefix("edm."))
            .unwrap_or(t);
        // type names are short: compare without allocating
        if t.len() > 14 {
            return None;
        }
        let mut buf = [0u8; 14];
        let lower = &mut buf[..t.len()];
        lower.copy_from_slice(t.as_bytes());
        lower.make_ascii_lowercase();
        Some(match &*lower {
            b"string" | b"str" | b"url" | b"uri" => Primitive::String,
            b"boolean" | b"bool" => Primitive::Boolean,
            b"byte" => Primitive::Byte,
            b"sbyte" => Primitive::SByte,
            b"int16" | b"short" => Primitive::Int16,
            b"int32" | b"int" | b"integer" | b"number" => Primitive::Int32,
            b"int64" | b"long" => Primitive::Int64,
            b"single" | b"float" => Primitive::Single,
            b"double" => Primitive::Double,
            b"decimal" => Primitive::Decimal,
            b"datetimeoffset" | b"datetime" | b"timestamp" => Primitive::DateTimeOffset,
            b"date" => Primitive::Date,
            b"timeofday" | b"time" => Primitive::TimeOfDay,
            b"duration" | b"timespan" => Primitive::Duration,
            b"guid" | b"uuid" => Primitive::Guid,
            b"binary" | b"base64" => Primitive::Binary,
            b"stream" => Primitive::Stream,
            b"untyped" | b"json" | b"object" => Primitive::Untyped,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    Primitive(Primitive),
    Named(QualifiedName),
    Collection(Box<TypeRef>),
}

impl TypeRef {
    /// Reads a type cell's text (`String`, `String collection`, `Collection(x)`,
    /// `x collection`, `(Optional) Int32`, `string (url)`, `microsoft.graph.x`). `None` when
    /// the text names no single type (`String or Int32`, empty).
    pub fn from_doc(text: &str, namespace: &str) -> Option<TypeRef> {
        let mut t = text.trim();
        for prefix in ["(Optional)", "(optional)", "Optional", "Nullable"] {
            if let Some(rest) = t.strip_prefix(prefix) {
                t = rest.trim();
            }
        }
        // a parenthesised remark after the type: `String (timestamp)`, `string (url)`
        if let Some(open) = t.find(" (") {
            if t.ends_with(')') {
                t = t[..open].trim();
            }
        }
        if t.is_empty() {
            return None;
        }
        if let Some(inner) = t
            .strip_prefix("Collection(")
            .or_else(|| t.strip_prefix("collection("))
            .and_then(|r| r.strip_suffix(')'))
        {
            return Some(TypeRef::Collection(Box::new(TypeRef::from_doc(
                inner, namespace,
            )?)));
        }
        for suffix in [" collection", " Collection", " array", "[]"] {
            if let Some(inner) = t.strip_suffix(suffix) {
                return Some(TypeRef::Collection(Box::new(TypeRef::from_doc(
                    inner, namespace,
                )?)));
            }
        }
        // `[itemAnalytics][] resource`, `identitySet object`: the type the word follows (a
        // `JSON object` is any JSON: no type)
        for suffix in [" resource", " object"] {
            match t.strip_suffix(suffix) {
                Some(inner) if !inner.eq_ignore_ascii_case("json") => {
                    return TypeRef::from_doc(inner, namespace);
                }
                _ => {}
            }
        }
        if let Some(inner) = t
            .strip_prefix("Collection of ")
            .or_else(|| t.strip_prefix("collection of "))
        {
            return Some(TypeRef::Collection(Box::new(TypeRef::from_doc(
                inner, namespace,
            )?)));
        }
        if let Some(p) = Primitive::from_doc_name(t) {
            return Some(TypeRef::Primitive(p));
        }
        let valid = t
            .trim_start_matches('#')
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_'));
        valid.then(|| TypeRef::Named(QualifiedName::parse(t, namespace)))
    }

    /// The element type of a collection, or the type itself.
    pub fn element(&self) -> &TypeRef {
        match self {
            TypeRef::Collection(inner) => inner.element(),
            other => other,
        }
    }

    pub fn is_collection(&self) -> bool {
        matches!(self, TypeRef::Collection(_))
    }

    pub fn named(&self) -> Option<&QualifiedName> {
        match self.element() {
            TypeRef::Named(n) => Some(n),
            _ => None,
        }
    }
}

impl fmt::Display for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeRef::Primitive(p) => f.write_str(p.edm_name()),
            TypeRef::Named(n) => n.fmt(f),
            TypeRef::Collection(inner) => write!(f, "Collection({inner})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csdl(text: &str) -> String {
        TypeRef::from_doc(text, "microsoft.graph").map_or("-".into(), |t| t.to_string())
    }

    #[test]
    fn doc_spellings_become_csdl() {
        assert_eq!(csdl("String"), "Edm.String");
        assert_eq!(csdl("string (url)"), "Edm.String");
        assert_eq!(csdl("(Optional) Int32"), "Edm.Int32");
        assert_eq!(csdl("Timestamp"), "Edm.DateTimeOffset");
        assert_eq!(csdl("String collection"), "Collection(Edm.String)");
        assert_eq!(
            csdl("Collection(microsoft.graph.user)"),
            "Collection(microsoft.graph.user)"
        );
        assert_eq!(
            csdl("remoteAssistanceState"),
            "microsoft.graph.remoteAssistanceState"
        );
        assert_eq!(csdl("user collection"), "Collection(microsoft.graph.user)");
        assert_eq!(
            csdl("itemAnalytics resource"),
            "microsoft.graph.itemAnalytics"
        );
        assert_eq!(csdl("identitySet object"), "microsoft.graph.identitySet");
        assert_eq!(csdl("JSON object"), "-");
        assert_eq!(csdl("String or Int32"), "-");
        assert_eq!(csdl(""), "-");
    }
}
