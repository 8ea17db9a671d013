// The text scalars (DateTimeOffset, Date, TimeOfDay, Duration, Guid, Binary), Double and
// Decimal, with the checks the lint applies to documented values.

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

// The date and time library behind the text scalars' checks and conversions: chrono here;
// docgen's `dates = "time"` option puts the same functions written with the `time` crate
// (`runtime/time.rs`) in this module's place.
mod dates {
    use super::{Date, DateTimeOffset, ScalarError, TimeOfDay};

    /// Whether `text` is an `Edm.DateTimeOffset`: RFC 3339 with any number of fraction digits,
    /// or the same without an offset (which the service sometimes sends, meaning UTC).
    pub fn is_date_time_offset(text: &str) -> bool {
        chrono::DateTime::parse_from_rfc3339(text).is_ok()
            || (text.len() >= 19
                && chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f").is_ok())
    }

    /// Whether `text` is an `Edm.Date` (`2021-07-20`).
    pub fn is_date(text: &str) -> bool {
        text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
    }

    /// Whether `text` is an `Edm.TimeOfDay` (`08:30:00`, fraction allowed).
    pub fn is_time_of_day(text: &str) -> bool {
        // two digits each for hours, minutes and seconds, as OData writes them
        let b = text.as_bytes();
        b.len() >= 8
            && b.get(2) == Some(&b':')
            && b.get(5) == Some(&b':')
            && chrono::NaiveTime::parse_from_str(text, "%H:%M:%S%.f").is_ok()
    }

    impl DateTimeOffset {
        /// The instant with its offset; text without an offset (which the service sometimes
        /// sends) is read as UTC.
        pub fn to_chrono(&self) -> Result<chrono::DateTime<chrono::FixedOffset>, ScalarError> {
            let text = self.checked()?;
            chrono::DateTime::parse_from_rfc3339(text)
                .or_else(|_| {
                    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
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
            chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| ScalarError {
                expected: "Edm.Date",
                text: text.to_string(),
            })
        }
    }

    impl TimeOfDay {
        /// The time of day.
        pub fn to_chrono(&self) -> Result<chrono::NaiveTime, ScalarError> {
            let text = self.checked()?;
            chrono::NaiveTime::parse_from_str(text, "%H:%M:%S%.f").map_err(|_| ScalarError {
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
            if number.is_empty() || pos < last_unit || number.parse::<f64>().is_err() {
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
        Some(t) => match units(t, "HMS", true) {
            Some(n) if n > 0 => n,
            _ => return false,
        },
        None => 0,
    };
    date_units + time_units > 0
}

/// Whether `text` is an `Edm.Guid` (`8-4-4-4-12` hex digits).
pub fn is_guid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
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
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_'))
}

macro_rules! text_scalar {
    ($(#[$doc:meta])* $name:ident, $edm:literal, $check:path) => {
        $(#[$doc])*
        ///
        /// The text is kept exactly as it was written, so a value read from the service is
        /// written back byte for byte. Deserialization keeps any string (one odd value must
        /// not lose a whole response): [`Self::is_valid`] says whether it is well formed, and
        /// the conversions fail on text that is not. [`Self::new`] checks.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Checks the text and keeps it.
            pub fn new(text: impl Into<String>) -> Result<Self, ScalarError> {
                let text = text.into();
                if $check(&text) {
                    Ok(Self(text))
                } else {
                    Err(ScalarError { expected: $edm, text })
                }
            }

            /// The text as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Whether the text is of the documented form.
            pub fn is_valid(&self) -> bool {
                $check(&self.0)
            }

            /// The text, when it is of the documented form.
            pub fn checked(&self) -> Result<&str, ScalarError> {
                if $check(&self.0) {
                    Ok(&self.0)
                } else {
                    Err(ScalarError { expected: $edm, text: self.0.clone() })
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = ScalarError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::new(text)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self)
            }
        }
    };
}

text_scalar!(
    /// An `Edm.DateTimeOffset`, such as `2016-12-31T23:58:36.6670033-08:00`.
    DateTimeOffset,
    "Edm.DateTimeOffset",
    is_date_time_offset
);
text_scalar!(
    /// An `Edm.Date`, such as `2021-07-20`.
    Date,
    "Edm.Date",
    is_date
);
text_scalar!(
    /// An `Edm.TimeOfDay`, such as `08:30:00.0000000`.
    TimeOfDay,
    "Edm.TimeOfDay",
    is_time_of_day
);
text_scalar!(
    /// An ISO 8601 `Edm.Duration`, such as `PT1H30M`.
    Duration,
    "Edm.Duration",
    is_duration
);
text_scalar!(
    /// An `Edm.Guid`, such as `cfef360e-360e-cfef-0e36-efcf0e36efcf`.
    Guid,
    "Edm.Guid",
    is_guid
);
text_scalar!(
    /// `Edm.Binary` as base64 text.
    Binary,
    "Edm.Binary",
    is_binary
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
            Ok(Decimal {
                text,
                quoted: false,
            })
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
            (
                serde_json::from_str::<String>(json).map_err(de::Error::custom)?,
                true,
            )
        } else {
            (json.to_string(), false)
        };
        if is_decimal(&text) {
            Ok(Decimal { text, quoted })
        } else {
            Err(de::Error::invalid_value(
                de::Unexpected::Other(json),
                &"an Edm.Decimal: a number, or a string of one",
            ))
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
