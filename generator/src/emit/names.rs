//! Rust names for doc names: always a valid, non-keyword identifier, unique in its scope, with
//! the original kept in the serde rename. Keywords get a `_` suffix (one rule, everywhere).

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "gen", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

/// Names that generated code uses unqualified in the scope of models and endpoints; a type
/// with one of these names is renamed rather than shadowing it.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "BTreeMap",
    "Default",
    "Clone",
    "Debug",
    "PartialEq",
    "Serialize",
    "Deserialize",
    "From",
    "AsRef",
    "Value",
    "Self_",
];

/// Keeps ASCII letters, digits and `_`; everything else separates words.
fn ascii_words(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                ' '
            }
        })
        .collect()
}

fn finish(mut s: String, prefix: &str, fallback: &str) -> String {
    if s.is_empty() || s.chars().all(|c| c == '_') {
        s = fallback.to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("{prefix}{s}");
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// `remoteAssistanceSettings` → `RemoteAssistanceSettings`.
pub fn type_name(name: &str) -> String {
    let s = finish(ascii_words(name).to_upper_camel_case(), "T", "Unnamed");
    if RESERVED_TYPES.contains(&s.as_str()) {
        format!("{s}Type")
    } else {
        s
    }
}

/// `allowSessionsToUnenrolledDevices` → `allow_sessions_to_unenrolled_devices`;
/// `@odata.type` → `odata_type`.
pub fn field_name(name: &str) -> String {
    finish(ascii_words(name).to_snake_case(), "_", "field")
}

/// `notOnboarded` → `NotOnboarded`; `0 - Not Ready` → `V0NotReady`.
pub fn variant_name(name: &str) -> String {
    finish(ascii_words(name).to_upper_camel_case(), "V", "Empty")
}

pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Hands out names unique within one scope: a clash gets `2`, `3` … appended.
#[derive(Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    pub fn with_reserved(reserved: &[&str]) -> Scope {
        Scope {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn claim(&mut self, wanted: String) -> String {
        if self.taken.insert(wanted.clone()) {
            return wanted;
        }
        let sep = if wanted.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{wanted}{sep}{n}"))
            .find(|c| self.taken.insert(c.clone()))
            .expect("an unused name exists")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid_identifiers() {
        assert_eq!(
            type_name("remoteAssistanceSettings"),
            "RemoteAssistanceSettings"
        );
        assert_eq!(type_name("../../x"), "X");
        assert_eq!(type_name("Option"), "OptionType");
        // traits the generated impls name unqualified (`impl From<…> for Any…`)
        assert_eq!(type_name("from"), "FromType");
        assert_eq!(type_name("asRef"), "AsRefType");
        assert_eq!(type_name("self"), "Self_Type");
        assert_eq!(field_name("@odata.type"), "odata_type");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(
            field_name("allowSessionsToUnenrolledDevices"),
            "allow_sessions_to_unenrolled_devices"
        );
        assert_eq!(field_name("2fa"), "_2fa");
        assert_eq!(field_name("🙂"), "field");
        assert_eq!(variant_name("0 - Not Ready"), "V0NotReady");
        assert_eq!(variant_name("unknownFutureValue"), "UnknownFutureValue");
        for n in ["type_", "_2fa", "V0NotReady", "Self_Type"] {
            let _ = ident(n);
        }
    }

    #[test]
    fn scope_makes_names_unique() {
        let mut s = Scope::with_reserved(&["additional_data"]);
        assert_eq!(s.claim("display_name".into()), "display_name");
        assert_eq!(s.claim("display_name".into()), "display_name2");
        assert_eq!(s.claim("additional_data".into()), "additional_data2");
        assert_eq!(s.claim("v1".into()), "v1");
        assert_eq!(s.claim("v1".into()), "v1_2");
    }
}
