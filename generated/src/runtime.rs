use std::collections::BTreeMap;
use std::fmt;
use serde::de::{self, DeserializeOwned};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
mod scalars {
    use std::fmt;
    use serde::de;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    /// A scalar whose text is not of its documented form.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ScalarError {
        /// The EDM type, such as `Edm.DateTimeOffset`.
        pub expected: &'static str,
        /// The text that was given.
        pub text: String,
    }
    impl fmt::Display for ScalarError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "`{}` is not a valid {}", self.text, self.expected)
        }
    }
    impl std::error::Error for ScalarError {}
    pub use dates::{is_date, is_date_time_offset, is_time_of_day};
    mod dates {
        use super::{Date, DateTimeOffset, ScalarError, TimeOfDay};
        /// Whether `text` is an `Edm.DateTimeOffset`: RFC 3339 with any number of fraction digits,
        /// or the same without an offset (which the service sometimes sends, meaning UTC).
        pub fn is_date_time_offset(text: &str) -> bool {
            chrono::DateTime::parse_from_rfc3339(text).is_ok()
                || (text.len() >= 19
                    && chrono::NaiveDateTime::parse_from_str(
                            text,
                            "%Y-%m-%dT%H:%M:%S%.f",
                        )
                        .is_ok())
        }
        /// Whether `text` is an `Edm.Date` (`2021-07-20`).
        pub fn is_date(text: &str) -> bool {
            text.len() == 10
                && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
        }
        /// Whether `text` is an `Edm.TimeOfDay` (`08:30:00`, fraction allowed).
        pub fn is_time_of_day(text: &str) -> bool {
            let b = text.as_bytes();
            b.len() >= 8 && b.get(2) == Some(&b':') && b.get(5) == Some(&b':')
                && chrono::NaiveTime::parse_from_str(text, "%H:%M:%S%.f").is_ok()
        }
        impl DateTimeOffset {
            /// The instant with its offset; text without an offset (which the service sometimes
            /// sends) is read as UTC.
            pub fn to_chrono(
                &self,
            ) -> Result<chrono::DateTime<chrono::FixedOffset>, ScalarError> {
                let text = self.checked()?;
                chrono::DateTime::parse_from_rfc3339(text)
                    .or_else(|_| {
                        chrono::NaiveDateTime::parse_from_str(
                                text,
                                "%Y-%m-%dT%H:%M:%S%.f",
                            )
                            .map(|naive| naive.and_utc().fixed_offset())
                    })
                    .map_err(|_| ScalarError {
                        expected: "Edm.DateTimeOffset",
                        text: text.to_string(),
                    })
            }
        }
        impl Date {
            /// The calendar date.
            pub fn to_chrono(&self) -> Result<chrono::NaiveDate, ScalarError> {
                let text = self.checked()?;
                chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .map_err(|_| ScalarError {
                        expected: "Edm.Date",
                        text: text.to_string(),
                    })
            }
        }
        impl TimeOfDay {
            /// The time of day.
            pub fn to_chrono(&self) -> Result<chrono::NaiveTime, ScalarError> {
                let text = self.checked()?;
                chrono::NaiveTime::parse_from_str(text, "%H:%M:%S%.f")
                    .map_err(|_| ScalarError {
                        expected: "Edm.TimeOfDay",
                        text: text.to_string(),
                    })
            }
        }
    }
    /// Whether `text` is an ISO 8601 `Edm.Duration` such as `P1DT2H30M` or `-PT0.5S`.
    pub fn is_duration(text: &str) -> bool {
        let Some(rest) = text.strip_prefix('-').unwrap_or(text).strip_prefix('P') else {
            return false;
        };
        let (date, time) = match rest.split_once('T') {
            Some((d, t)) if !t.is_empty() => (d, Some(t)),
            Some(_) => return false,
            None => (rest, None),
        };
        fn units(part: &str, allowed: &str, fraction_last: bool) -> Option<usize> {
            let mut count = 0;
            let mut number = String::new();
            let mut last_unit = 0;
            for c in part.chars() {
                if c.is_ascii_digit() || c == '.' {
                    number.push(c);
                    continue;
                }
                let pos = allowed.find(c)?;
                if number.is_empty() || pos < last_unit || number.parse::<f64>().is_err()
                {
                    return None;
                }
                if number.contains('.') && !(fraction_last && c == 'S') {
                    return None;
                }
                last_unit = pos + 1;
                number.clear();
                count += 1;
            }
            number.is_empty().then_some(count)
        }
        let Some(date_units) = units(date, "YMWD", false) else {
            return false;
        };
        let time_units = match time {
            Some(t) => {
                match units(t, "HMS", true) {
                    Some(n) if n > 0 => n,
                    _ => return false,
                }
            }
            None => 0,
        };
        date_units + time_units > 0
    }
    /// Whether `text` is an `Edm.Guid` (`8-4-4-4-12` hex digits).
    pub fn is_guid(text: &str) -> bool {
        text.len() == 36
            && text
                .char_indices()
                .all(|(i, c)| match i {
                    8 | 13 | 18 | 23 => c == '-',
                    _ => c.is_ascii_hexdigit(),
                })
    }
    /// Whether `text` is `Edm.Binary` (base64, standard or URL-safe alphabet).
    pub fn is_binary(text: &str) -> bool {
        let body = text.trim_end_matches('=');
        text.len() - body.len() <= 2
            && body
                .bytes()
                .all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_')
                })
    }
    macro_rules! text_scalar {
        ($(#[$doc:meta])* $name:ident, $edm:literal, $check:path) => {
            $(#[$doc])* #[doc = ""] #[doc =
            " The text is kept exactly as it was written, so a value read from the service is"]
            #[doc =
            " written back byte for byte. Deserialization keeps any string (one odd value must"]
            #[doc =
            " not lose a whole response): [`Self::is_valid`] says whether it is well formed, and"]
            #[doc = " the conversions fail on text that is not. [`Self::new`] checks."]
            #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)] pub struct
            $name (String); impl $name { #[doc = " Checks the text and keeps it."] pub fn
            new(text : impl Into < String >) -> Result < Self, ScalarError > { let text =
            text.into(); if $check (& text) { Ok(Self(text)) } else { Err(ScalarError {
            expected : $edm, text }) } } #[doc = " The text as written."] pub fn as_str(&
            self) -> & str { & self.0 } #[doc =
            " Whether the text is of the documented form."] pub fn is_valid(& self) ->
            bool { $check (& self.0) } #[doc =
            " The text, when it is of the documented form."] pub fn checked(& self) ->
            Result <& str, ScalarError > { if $check (& self.0) { Ok(& self.0) } else {
            Err(ScalarError { expected : $edm, text : self.0.clone() }) } } } impl
            fmt::Display for $name { fn fmt(& self, f : & mut fmt::Formatter <'_ >) ->
            fmt::Result { f.write_str(& self.0) } } impl std::str::FromStr for $name {
            type Err = ScalarError; fn from_str(text : & str) -> Result < Self, Self::Err
            > { Self::new(text) } } impl Serialize for $name { fn serialize < S :
            Serializer > (& self, serializer : S) -> Result < S::Ok, S::Error > {
            serializer.serialize_str(& self.0) } } impl <'de > Deserialize <'de > for
            $name { fn deserialize < D : Deserializer <'de >> (deserializer : D) ->
            Result < Self, D::Error > { String::deserialize(deserializer).map(Self) } }
        };
    }
    text_scalar!(
        #[doc = " An `Edm.DateTimeOffset`, such as `2016-12-31T23:58:36.6670033-08:00`."]
        DateTimeOffset, "Edm.DateTimeOffset", is_date_time_offset
    );
    text_scalar!(
        #[doc = " An `Edm.Date`, such as `2021-07-20`."] Date, "Edm.Date", is_date
    );
    text_scalar!(
        #[doc = " An `Edm.TimeOfDay`, such as `08:30:00.0000000`."] TimeOfDay,
        "Edm.TimeOfDay", is_time_of_day
    );
    text_scalar!(
        #[doc = " An ISO 8601 `Edm.Duration`, such as `PT1H30M`."] Duration,
        "Edm.Duration", is_duration
    );
    text_scalar!(
        #[doc = " An `Edm.Guid`, such as `cfef360e-360e-cfef-0e36-efcf0e36efcf`."] Guid,
        "Edm.Guid", is_guid
    );
    text_scalar!(
        #[doc = " `Edm.Binary` as base64 text."] Binary, "Edm.Binary", is_binary
    );
    /// An `Edm.Double` or `Edm.Single`: a JSON number, or one of the strings `"NaN"`, `"INF"` and
    /// `"-INF"` that OData writes for values a JSON number cannot hold. Written back the same
    /// way, so such a value survives a round trip.
    #[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
    pub struct Double(pub f64);
    impl Double {
        /// The number (`NaN` or an infinity for the special strings).
        pub fn value(self) -> f64 {
            self.0
        }
    }
    impl From<f64> for Double {
        fn from(value: f64) -> Self {
            Double(value)
        }
    }
    impl Serialize for Double {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self.0 {
                v if v.is_nan() => serializer.serialize_str("NaN"),
                f64::INFINITY => serializer.serialize_str("INF"),
                f64::NEG_INFINITY => serializer.serialize_str("-INF"),
                v => serializer.serialize_f64(v),
            }
        }
    }
    impl<'de> Deserialize<'de> for Double {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl de::Visitor<'_> for Visitor {
                type Value = Double;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a number, \"NaN\", \"INF\" or \"-INF\"")
                }
                fn visit_f64<E: de::Error>(self, v: f64) -> Result<Double, E> {
                    Ok(Double(v))
                }
                fn visit_i64<E: de::Error>(self, v: i64) -> Result<Double, E> {
                    Ok(Double(v as f64))
                }
                fn visit_u64<E: de::Error>(self, v: u64) -> Result<Double, E> {
                    Ok(Double(v as f64))
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<Double, E> {
                    match v {
                        "NaN" => Ok(Double(f64::NAN)),
                        "INF" => Ok(Double(f64::INFINITY)),
                        "-INF" => Ok(Double(f64::NEG_INFINITY)),
                        other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
                    }
                }
            }
            deserializer.deserialize_any(Visitor)
        }
    }
    /// Whether a string is one of the special values an [`Double`] reads (`NaN`, `INF`, `-INF`).
    pub fn is_special_double(text: &str) -> bool {
        matches!(text, "NaN" | "INF" | "-INF")
    }
    /// An `Edm.Decimal`, its digits kept exactly as they came: a JSON number, or a string of
    /// digits as OData writes decimals with `IEEE754Compatible=true`. Written back the same way,
    /// so no digit is lost to a binary float; [`Decimal::to_f64`] converts. Read through
    /// `serde_json`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub struct Decimal {
        text: String,
        quoted: bool,
    }
    impl Decimal {
        /// A decimal written as a JSON number; `text` must be a decimal numeral (`-12.50`, `1E3`).
        pub fn new(text: impl Into<String>) -> Result<Self, ScalarError> {
            let text = text.into();
            if is_decimal(&text) {
                Ok(Decimal { text, quoted: false })
            } else {
                Err(ScalarError {
                    expected: "Edm.Decimal",
                    text,
                })
            }
        }
        /// The digits as written.
        pub fn as_str(&self) -> &str {
            &self.text
        }
        /// Whether it came (and is written) as a JSON string.
        pub fn is_quoted(&self) -> bool {
            self.quoted
        }
        /// The nearest binary float.
        pub fn to_f64(&self) -> f64 {
            self.text.parse().unwrap_or(f64::NAN)
        }
    }
    impl fmt::Display for Decimal {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.text)
        }
    }
    impl Serialize for Decimal {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            if self.quoted {
                return serializer.serialize_str(&self.text);
            }
            let raw = serde_json::value::RawValue::from_string(self.text.clone())
                .map_err(serde::ser::Error::custom)?;
            raw.serialize(serializer)
        }
    }
    impl<'de> Deserialize<'de> for Decimal {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
            let json = raw.get();
            let (text, quoted) = if json.starts_with('"') {
                (serde_json::from_str::<String>(json).map_err(de::Error::custom)?, true)
            } else {
                (json.to_string(), false)
            };
            if is_decimal(&text) {
                Ok(Decimal { text, quoted })
            } else {
                Err(
                    de::Error::invalid_value(
                        de::Unexpected::Other(json),
                        &"an Edm.Decimal: a number, or a string of one",
                    ),
                )
            }
        }
    }
    /// Whether `text` is a decimal numeral as JSON writes numbers: an optional `-`, digits, an
    /// optional fraction and an optional exponent.
    pub fn is_decimal(text: &str) -> bool {
        let b = text.strip_prefix('-').unwrap_or(text).as_bytes();
        let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let mut i = digits(0);
        if i == 0 {
            return false;
        }
        if b.get(i) == Some(&b'.') {
            let n = digits(i + 1);
            if n == 0 {
                return false;
            }
            i += 1 + n;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let n = digits(i);
            if n == 0 {
                return false;
            }
            i += n;
        }
        i == b.len()
    }
}
pub use scalars::*;
mod request {
    use std::collections::BTreeMap;
    use std::fmt;
    use serde::de::DeserializeOwned;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::Value;
    use super::Property;
    /// The permissions an endpoint needs, least privileged first. An empty list means the kind
    /// is not supported.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Permissions {
        /// Delegated (work or school account).
        pub delegated_work: &'static [&'static str],
        /// Delegated (personal Microsoft account).
        pub delegated_personal: &'static [&'static str],
        /// Application.
        pub application: &'static [&'static str],
    }
    /// The kinds of permission Microsoft Graph documents for an endpoint.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum PermissionKind {
        /// Delegated, signed in with a work or school account.
        DelegatedWork,
        /// Delegated, signed in with a personal Microsoft account.
        DelegatedPersonal,
        /// Application (no signed-in user).
        Application,
    }
    impl Permissions {
        /// The permissions of one kind, least privileged first (empty when the kind is not
        /// supported).
        pub fn of(&self, kind: PermissionKind) -> &'static [&'static str] {
            match kind {
                PermissionKind::DelegatedWork => self.delegated_work,
                PermissionKind::DelegatedPersonal => self.delegated_personal,
                PermissionKind::Application => self.application,
            }
        }
        /// The least-privileged permission of one kind: the one to ask for. `None` when the kind
        /// is not supported.
        pub fn least_privileged(&self, kind: PermissionKind) -> Option<&'static str> {
            self.of(kind).first().copied()
        }
    }
    /// The error object Graph returns: `{"error": {"code", "message", "innerError"}}`. Members
    /// it does not name (`details`, `target` …) are kept in `additional_data`, so a documented
    /// error body round-trips.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct GraphError {
        /// The error code, such as `Request_ResourceNotFound`.
        #[serde(default, skip_serializing_if = "Property::is_absent")]
        pub code: Property<String>,
        /// A message for developers.
        #[serde(default, skip_serializing_if = "Property::is_absent")]
        pub message: Property<String>,
        /// Details (request id, date …).
        #[serde(
            rename = "innerError",
            default,
            skip_serializing_if = "Property::is_absent"
        )]
        pub inner_error: Property<Value>,
        /// Members the error object does not name, kept as they came.
        #[serde(flatten)]
        pub additional_data: BTreeMap<String, Value>,
    }
    /// The body of an error response (a status of 400 or more): `{"error": {…}}`.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ErrorResponse {
        /// Graph's error object.
        #[serde(default, skip_serializing_if = "Property::is_absent")]
        pub error: Property<GraphError>,
        /// Members beside `error`, kept as they came.
        #[serde(flatten)]
        pub additional_data: BTreeMap<String, Value>,
    }
    /// What can go wrong building a request or reading a response.
    #[derive(Debug)]
    pub enum Error {
        /// A path parameter would change the path (`.`, `..`, empty).
        InvalidPathParameter {
            /// The parameter's name in the path template.
            name: &'static str,
            /// The value that was refused.
            value: String,
        },
        /// The request could not be built.
        Request(http::Error),
        /// A body could not be serialized or deserialized.
        Json(serde_json::Error),
        /// The service answered with another status than the documented one.
        Status {
            /// The status received.
            status: http::StatusCode,
            /// Graph's error object, when the body holds one.
            error: Option<GraphError>,
        },
    }
    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Error::InvalidPathParameter { name, value } => {
                    write!(f, "path parameter `{name}` cannot be `{value}`")
                }
                Error::Request(e) => write!(f, "cannot build the request: {e}"),
                Error::Json(e) => write!(f, "JSON body: {e}"),
                Error::Status { status, error: Some(e) } => {
                    let text = |p: &Property<String>| {
                        p.value().cloned().unwrap_or_default()
                    };
                    write!(f, "{status}: {}: {}", text(& e.code), text(& e.message))
                }
                Error::Status { status, error: None } => {
                    write!(f, "unexpected status {status}")
                }
            }
        }
    }
    impl std::error::Error for Error {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            match self {
                Error::Request(e) => Some(e),
                Error::Json(e) => Some(e),
                _ => None,
            }
        }
    }
    /// Characters left as they are in a path segment: RFC 3986 unreserved.
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    /// Percent-encodes a path parameter so that it stays one segment: `/`, `?`, `#` and `%` are
    /// encoded, and `.`, `..` and the empty string are refused.
    pub fn encode_path_segment(
        name: &'static str,
        value: &str,
    ) -> Result<String, Error> {
        if value.is_empty() || value == "." || value == ".." {
            return Err(Error::InvalidPathParameter {
                name,
                value: value.to_string(),
            });
        }
        Ok(percent_encoding::utf8_percent_encode(value, SEGMENT).to_string())
    }
    /// Writes a function argument that the path quotes (`search(q='{q}')`): a quote in it is
    /// doubled, as OData writes it inside a string literal, and the rest percent-encoded, so the
    /// value can neither end the literal nor the call. An empty string is a valid argument.
    pub fn encode_function_string(value: &str) -> String {
        percent_encoding::utf8_percent_encode(&value.replace('\'', "''"), SEGMENT)
            .to_string()
    }
    /// Characters percent-encoded in a query option's value: all but RFC 3986 unreserved and
    /// the few OData writes as they are (`$`, `,`, `'`, `(`, `)`, `:`, `/`).
    pub(crate) const QUERY_VALUE: &percent_encoding::AsciiSet = &SEGMENT
        .remove(b'$')
        .remove(b',')
        .remove(b'\'')
        .remove(b'(')
        .remove(b')')
        .remove(b':')
        .remove(b'/');
    /// Named values set on a request, in the order set; a name set again (in any case) replaces
    /// its value.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    struct Pairs(Vec<(&'static str, String)>);
    impl Pairs {
        fn set(&mut self, name: &'static str, value: String) {
            match self.0.iter_mut().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
                Some((_, v)) => *v = value,
                None => self.0.push((name, value)),
            }
        }
        fn get(&self, name: &str) -> Option<&str> {
            self.0
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        }
    }
    /// The OData query options of a request (`$select`, `$filter`, `$top` …), in the order set;
    /// setting an option again replaces it. Values are percent-encoded into the URL, so a filter
    /// holding `&`, `#` or `=` stays one option.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct Query {
        pairs: Pairs,
    }
    impl Query {
        /// Sets option `name` (such as `$select`) to `value`, as the service reads it.
        pub fn set(&mut self, name: &'static str, value: impl Into<String>) {
            self.pairs.set(name, value.into());
        }
        /// Sets option `name` to the comma-separated `items` (`$select=id,displayName`).
        pub fn set_list<I: IntoIterator<Item = S>, S: AsRef<str>>(
            &mut self,
            name: &'static str,
            items: I,
        ) {
            let mut value = String::new();
            for (i, item) in items.into_iter().enumerate() {
                if i > 0 {
                    value.push(',');
                }
                value.push_str(item.as_ref());
            }
            self.pairs.set(name, value);
        }
        /// The value of option `name`, when set.
        pub fn get(&self, name: &str) -> Option<&str> {
            self.pairs.get(name)
        }
        /// Whether no option is set.
        pub fn is_empty(&self) -> bool {
            self.pairs.0.is_empty()
        }
        /// Appends `?name=value&…` (nothing when empty) to `url`.
        pub fn append_to(&self, url: &mut String) {
            for (i, (name, value)) in self.pairs.0.iter().enumerate() {
                url.push(if i == 0 { '?' } else { '&' });
                url.push_str(name);
                url.push('=');
                url.extend(percent_encoding::utf8_percent_encode(value, QUERY_VALUE));
            }
        }
    }
    /// The optional headers of a request (`Prefer`, `ConsistencyLevel`, `If-Match` …), in the
    /// order set; setting one again replaces it. A value that is not a valid header value makes
    /// [`Endpoint::to_request`] fail with [`Error::Request`].
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct Headers {
        pairs: Pairs,
    }
    impl Headers {
        /// Sets header `name` to `value`.
        pub fn set(&mut self, name: &'static str, value: impl Into<String>) {
            self.pairs.set(name, value.into());
        }
        /// The value of header `name`, when set.
        pub fn get(&self, name: &str) -> Option<&str> {
            self.pairs.get(name)
        }
    }
    /// A request body type for endpoints that send none.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
    pub struct NoBody;
    /// A body that is not JSON: a `$value` or `content` download, an upload. Its bytes go over
    /// the wire as they are, with their content type.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct Bytes {
        /// The bytes.
        pub data: Vec<u8>,
        /// Their media type (`image/jpeg` …); an upload without one is sent as
        /// `application/octet-stream`.
        pub content_type: Option<String>,
    }
    impl Bytes {
        /// `data`, of no stated media type.
        pub fn new(data: impl Into<Vec<u8>>) -> Self {
            Bytes {
                data: data.into(),
                content_type: None,
            }
        }
        /// `data` of media type `content_type`.
        pub fn with_content_type(
            data: impl Into<Vec<u8>>,
            content_type: impl Into<String>,
        ) -> Self {
            Bytes {
                data: data.into(),
                content_type: Some(content_type.into()),
            }
        }
        /// The body of a response, with its `Content-Type`.
        pub fn from_response(headers: &http::HeaderMap, body: &[u8]) -> Self {
            Bytes {
                data: body.to_vec(),
                content_type: headers
                    .get(http::header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
            }
        }
    }
    /// As JSON (never on the wire: [`Endpoint::body_bytes`] sends the bytes themselves), an
    /// array of numbers.
    impl Serialize for Bytes {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_bytes(&self.data)
        }
    }
    impl<'de> Deserialize<'de> for Bytes {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            Vec::<u8>::deserialize(deserializer).map(Bytes::new)
        }
    }
    /// One documented endpoint, sans I/O: it builds an [`http::Request`] and reads an
    /// [`http::Response`]; sending is up to the caller.
    pub trait Endpoint {
        /// The body sent: a JSON one, [`Bytes`] for an upload, [`NoBody`] when none.
        type Body: Serialize;
        /// The body of the documented success response (`()` when there is none; [`Bytes`] for
        /// a download).
        type Response: DeserializeOwned;
        /// The HTTP method.
        const METHOD: http::Method;
        /// The documented path template, such as `/users/{user-id}`.
        const PATH_TEMPLATE: &'static str;
        /// The documented success status.
        const SUCCESS_STATUS: u16;
        /// The documented permissions.
        const PERMISSIONS: Permissions;
        /// The path with every parameter filled in and percent-encoded.
        fn path(&self) -> Result<String, Error>;
        /// The body to send, if any.
        fn body(&self) -> Option<&Self::Body>;
        /// The OData query options set on the request (endpoints whose page documents some).
        fn query(&self) -> Option<&Query> {
            None
        }
        /// The optional headers set on the request (endpoints whose page documents some).
        fn headers(&self) -> Option<&Headers> {
            None
        }
        /// Builds the request against `base_url` (such as `https://graph.microsoft.com/v1.0`).
        fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, Error> {
            let mut url = format!("{}{}", base_url.trim_end_matches('/'), self.path() ?);
            if let Some(query) = self.query() {
                query.append_to(&mut url);
            }
            let mut builder = http::Request::builder()
                .method(Self::METHOD)
                .uri(url)
                .header(http::header::ACCEPT, "application/json");
            for (name, value) in self.headers().map_or(&[][..], |h| &h.pairs.0) {
                builder = builder.header(*name, value.as_str());
            }
            let request = match self.body_bytes()? {
                Some((bytes, content_type)) => {
                    builder.header(http::header::CONTENT_TYPE, content_type).body(bytes)
                }
                None => builder.body(Vec::new()),
            };
            request.map_err(Error::Request)
        }
        /// The body as sent, and its content type: the JSON of [`Endpoint::body`] (an upload's
        /// endpoint sends its [`Bytes`] as they are).
        fn body_bytes(&self) -> Result<Option<(Vec<u8>, String)>, Error> {
            match self.body() {
                Some(body) => {
                    Ok(
                        Some((
                            serde_json::to_vec(body).map_err(Error::Json)?,
                            "application/json".to_string(),
                        )),
                    )
                }
                None => Ok(None),
            }
        }
        /// Reads a success response's body: JSON, an empty body as `null` (a download's
        /// endpoint takes the bytes as they are).
        fn read_body(
            headers: &http::HeaderMap,
            body: &[u8],
        ) -> Result<Self::Response, Error> {
            let _ = headers;
            read_json(body)
        }
        /// Reads a success response by its status: an endpoint whose documented statuses answer
        /// different bodies picks its answer's variant here; the others read the body alone
        /// ([`Endpoint::read_body`]).
        fn read_response(
            status: http::StatusCode,
            headers: &http::HeaderMap,
            body: &[u8],
        ) -> Result<Self::Response, Error> {
            let _ = status;
            Self::read_body(headers, body)
        }
        /// Reads a success response; any other status becomes [`Error::Status`] with Graph's
        /// error object when the body holds one.
        fn parse_response<B: AsRef<[u8]>>(
            response: http::Response<B>,
        ) -> Result<Self::Response, Error> {
            check_status(&response)?;
            Self::read_response(
                response.status(),
                response.headers(),
                response.body().as_ref(),
            )
        }
    }
    /// Reads a JSON body; an empty one is `null`.
    pub fn read_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
        let body = if body.iter().all(u8::is_ascii_whitespace) {
            b"null".as_slice()
        } else {
            body
        };
        serde_json::from_slice(body).map_err(Error::Json)
    }
    /// `Ok` for a success status; otherwise [`Error::Status`] with Graph's error object when the
    /// body holds one.
    pub fn check_status<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<(), Error> {
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let error = serde_json::from_slice::<ErrorResponse>(response.body().as_ref())
            .ok()
            .and_then(|b| b.error.into_value());
        Err(Error::Status { status, error })
    }
}
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
        Option::<T>::deserialize(deserializer)
            .map(|v| v.map_or(Property::Null, Property::Value))
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
            fn visit_map<A: de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
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
    fn from_json(
        odata_type: Option<&str>,
        json: &str,
    ) -> Result<Self, serde_json::Error>;
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
        fn visit_map<A: de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut head = ObjectHead::default();
            let mut typed = false;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                head.members += 1;
                head.value_member |= key == "value";
                if key == "@odata.type" && !typed {
                    typed = true;
                    head.odata_type = map
                        .next_value::<Value>()?
                        .as_str()
                        .map(str::to_string);
                } else {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
            Ok(Some(head))
        }
        fn visit_seq<A: de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
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
pub fn round_trip<T: DeserializeOwned + Serialize>(
    json: &str,
) -> Result<T, RoundTripError> {
    let expected: Value = serde_json::from_str(json)
        .map_err(|e| RoundTripError::NotJson(e.to_string()))?;
    let typed: T = serde_json::from_str(json)
        .map_err(|e| RoundTripError::Deserialize(e.to_string()))?;
    let actual = serde_json::to_value(&typed)
        .map_err(|e| RoundTripError::Serialize(e.to_string()))?;
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
                && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}
fn as_integer(n: &serde_json::Number) -> Option<i128> {
    n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from))
}
fn number_eq(x: &serde_json::Number, y: &serde_json::Number) -> bool {
    match (as_integer(x), as_integer(y)) {
        (Some(a), Some(b)) => a == b,
        (Some(i), None) | (None, Some(i)) => {
            let float = if as_integer(x).is_none() { x } else { y };
            let f = float.as_f64().unwrap_or(f64::NAN);
            f.fract() == 0.0 && f.abs() < 1.8e19 && f as i128 == i && (i as f64) == f
        }
        (None, None) => x.as_f64() == y.as_f64(),
    }
}
