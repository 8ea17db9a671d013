//! Lenient JSON: strict parse first; otherwise repair what authors commonly get wrong
//! (trailing commas, comments, non-breaking spaces, raw line breaks inside strings, `...`
//! elisions) and say exactly what was repaired and where.

use serde_json::Value;

pub mod tree;

/// One repair of the original text: replace `range` with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub range: std::ops::Range<usize>,
    pub replacement: &'static str,
    pub what: &'static str,
}

impl Fix {
    pub fn offset(&self) -> usize {
        self.range.start
    }

    /// A repair that `docgen lint --fix` may apply to the page: it only removes a stray comma
    /// or turns an odd space into a plain one, never changes what the example says.
    pub fn is_mechanical(&self) -> bool {
        matches!(
            self.what,
            STRAY_COMMA | ODD_SPACE | TYPOGRAPHIC_QUOTE | MISSING_COMMA
        )
    }
}

pub const STRAY_COMMA: &str = "trailing or doubled comma";
pub const ODD_SPACE: &str = "non-breaking or zero-width space";
pub const MISSING_COMMA: &str = "missing comma at the end of a line";
pub const TYPOGRAPHIC_QUOTE: &str = "typographic quote in place of `\"`";

/// Where offsets in a repaired text stand in the text as written: after each repair, how far
/// the written text is ahead (or behind). Empty for a text that needed no repair.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap(Vec<(usize, isize)>);

impl OffsetMap {
    /// The map of `fixes` (in the order of their ranges, as [`Recovered::fixes`] holds them;
    /// one that overlaps the fix before it was not applied, and is skipped as `apply` does).
    pub fn of(fixes: &[Fix]) -> OffsetMap {
        let mut shift = 0isize;
        let mut out = Vec::with_capacity(fixes.len());
        for f in applied(fixes) {
            let repaired_end = (f.range.start as isize - shift) as usize + f.replacement.len();
            shift += f.range.len() as isize - f.replacement.len() as isize;
            out.push((repaired_end, shift));
        }
        OffsetMap(out)
    }

    /// The offset in the written text of `at`, an offset in the repaired text.
    pub fn written(&self, at: usize) -> usize {
        let before = self.0.partition_point(|&(end, _)| end <= at);
        let shift = before.checked_sub(1).map_or(0, |i| self.0[i].1);
        at.saturating_add_signed(shift)
    }
}

#[derive(Clone, Debug)]
pub struct Recovered<T = Value> {
    pub value: T,
    /// The text that parsed: the original when `fixes` is empty.
    pub text: String,
    pub fixes: Vec<Fix>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset of the error in the original text.
    pub offset: usize,
    pub message: String,
}

/// Parses `text` as JSON, repairing it where that is unambiguous.
pub fn parse_lenient(text: &str) -> Result<Recovered, JsonError> {
    parse_lenient_as(text)
}

/// Checks that `text` is JSON (repairing it where that is unambiguous) without building a
/// value: what example bodies need until they are checked against their type. Accepts
/// exactly what [`parse_lenient`] accepts.
pub fn check_lenient(text: &str) -> Result<Recovered<Checked>, JsonError> {
    parse_lenient_as(text)
}

/// Any JSON value, checked as [`Value`] checks it (a number out of `f64`'s range, `1e400`,
/// is an error) without being built. `serde::de::IgnoredAny` skips numbers unchecked, so a
/// body it accepts could still fail in generated code.
#[derive(Clone, Copy, Debug)]
pub struct Checked;

impl<'de> serde::Deserialize<'de> for Checked {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Checked, D::Error> {
        d.deserialize_any(CheckedVisitor)
    }
}

struct CheckedVisitor;

impl<'de> serde::de::Visitor<'de> for CheckedVisitor {
    type Value = Checked;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        while seq.next_element::<Checked>()?.is_some() {}
        Ok(Checked)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        while map.next_entry::<Checked, Checked>()?.is_some() {}
        Ok(Checked)
    }
}

fn parse_lenient_as<T: serde::de::DeserializeOwned>(text: &str) -> Result<Recovered<T>, JsonError> {
    match serde_json::from_str::<T>(text) {
        Ok(value) => Ok(Recovered {
            value,
            text: text.to_string(),
            fixes: Vec::new(),
        }),
        Err(strict) => {
            let (repaired, fixes) = repair(text);
            if !fixes.is_empty() {
                if let Ok(value) = serde_json::from_str::<T>(&repaired) {
                    return Ok(Recovered {
                        value,
                        text: repaired,
                        fixes,
                    });
                }
            }
            Err(JsonError {
                offset: offset_of(text, strict.line(), strict.column()),
                message: strip_position(&strict.to_string()),
            })
        }
    }
}

/// Byte offset of serde_json's 1-based line / column.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let line_text = text[start..].split('\n').next().unwrap_or("");
    let col = crate::source::floor_char_boundary(line_text, column.saturating_sub(1));
    (start + col).min(text.len())
}

fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Whether what follows a quote inside a string is what follows a string's end: `,` `:` `}`
/// `]` or the end of the line.
fn closes_string(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with([',', ':', '}', ']', '\n', '\r'])
}

fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200b}' | '\u{feff}'
    )
}

/// Finds the repairs, token-aware (never inside strings, except for raw control characters),
/// each at its exact place in `text`, and applies them.
fn repair(text: &str) -> (String, Vec<Fix>) {
    let mut fixes = Vec::new();
    // structural characters outside strings and comments, and `v` for the start of a value
    let mut tokens: Vec<(usize, char)> = Vec::new();
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    let mut in_string = false;
    let mut in_value = false;
    let fix = |range: std::ops::Range<usize>, replacement: &'static str, what: &'static str| Fix {
        range,
        replacement,
        what,
    };
    while let Some((i, c)) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => in_string = false,
                // `"GET”,`: a typographic quote where the string plainly ends
                '\u{201c}' | '\u{201d}' if closes_string(&text[i + c.len_utf8()..]) => {
                    fixes.push(fix(i..i + c.len_utf8(), "\"", TYPOGRAPHIC_QUOTE));
                    in_string = false;
                }
                '\n' => fixes.push(fix(
                    i..i + 1,
                    "\\n",
                    "raw control character inside a string",
                )),
                '\r' => fixes.push(fix(
                    i..i + 1,
                    "\\r",
                    "raw control character inside a string",
                )),
                '\t' => fixes.push(fix(
                    i..i + 1,
                    "\\t",
                    "raw control character inside a string",
                )),
                _ => {}
            }
            continue;
        }
        let value_char = c.is_alphanumeric() || matches!(c, '-' | '+' | '.' | '_');
        match c {
            '"' => {
                in_string = true;
                tokens.push((i, 'v'));
            }
            '\u{201c}' | '\u{201d}' => {
                fixes.push(fix(i..i + c.len_utf8(), "\"", TYPOGRAPHIC_QUOTE));
                in_string = true;
                tokens.push((i, 'v'));
            }
            '/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
                fixes.push(fix(i..end, "", "comment"));
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
            '/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = text[i + 2..]
                    .find("*/")
                    .map_or(text.len(), |n| i + 2 + n + 2);
                fixes.push(fix(i..end, "", "comment"));
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
            '.' if text[i..].starts_with("...") && !in_value => {
                let end = i + text[i..].len() - text[i..].trim_start_matches('.').len();
                fixes.push(fix(i..end, "", "`...` elision"));
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
            '…' => fixes.push(fix(i..i + c.len_utf8(), "", "`…` elision")),
            c if is_odd_space(c) => fixes.push(fix(i..i + c.len_utf8(), " ", ODD_SPACE)),
            // the first character of a number or literal stands for the value
            _ if value_char && !in_value => tokens.push((i, 'v')),
            _ if value_char => {}
            c if !c.is_whitespace() => tokens.push((i, c)),
            _ => {}
        }
        in_value = value_char && !c.is_whitespace();
    }
    // commas before `}` / `]` or the end, and commas after `[` / `{` / another comma
    for k in 0..tokens.len() {
        let (at, c) = tokens[k];
        if c != ',' {
            continue;
        }
        let next = tokens.get(k + 1).map(|t| t.1);
        let prev = k.checked_sub(1).map(|p| tokens[p].1);
        if matches!(next, Some('}') | Some(']') | None)
            || matches!(prev, Some('[') | Some('{') | Some(',') | None)
        {
            fixes.push(fix(at..at + 1, "", STRAY_COMMA));
        }
    }
    missing_commas(text, &tokens, &mut fixes);
    fixes.sort_by_key(|f| f.range.start);
    (apply(text, &fixes), fixes)
}

/// A value that ends a line and another value (or key) that starts the next with no comma
/// between them: the comma goes at the end of the line.
fn missing_commas(text: &str, tokens: &[(usize, char)], fixes: &mut Vec<Fix>) {
    #[derive(PartialEq)]
    enum Next {
        Key,
        Colon,
        Value,
        CommaOrEnd,
    }
    // the containers open at each point: `true` for an object
    let mut open: Vec<bool> = Vec::new();
    let mut next = Next::Value;
    for (k, &(at, c)) in tokens.iter().enumerate() {
        let starts_value = matches!(c, 'v' | '{' | '[');
        if next == Next::CommaOrEnd && starts_value {
            let before = &text[..at];
            let end = before.trim_end().len();
            if before[end..].contains('\n') && k > 0 {
                fixes.push(Fix {
                    range: end..end,
                    replacement: ",",
                    what: MISSING_COMMA,
                });
                next = if open.last() == Some(&true) {
                    Next::Key
                } else {
                    Next::Value
                };
            } else {
                return;
            }
        }
        match c {
            '{' => {
                open.push(true);
                next = Next::Key;
            }
            '[' => {
                open.push(false);
                next = Next::Value;
            }
            '}' | ']' => {
                open.pop();
                next = Next::CommaOrEnd;
            }
            ':' => next = Next::Value,
            ',' => {
                next = if open.last() == Some(&true) {
                    Next::Key
                } else {
                    Next::Value
                }
            }
            'v' if next == Next::Key => next = Next::Colon,
            'v' => next = Next::CommaOrEnd,
            // something else: leave the text as it is
            _ => return,
        }
    }
}

/// The fixes (in the order of their ranges) that are applied: a fix that overlaps the one
/// applied before it is left out.
fn applied(fixes: &[Fix]) -> impl Iterator<Item = &Fix> {
    let mut end = 0;
    fixes.iter().filter(move |f| {
        let applies = f.range.start >= end;
        if applies {
            end = f.range.end;
        }
        applies
    })
}

/// `text` with the fixes applied.
fn apply(text: &str, fixes: &[Fix]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in applied(fixes) {
        out.push_str(&text[at..f.range.start]);
        out.push_str(f.replacement);
        at = f.range.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn checking_accepts_what_parsing_accepts() {
        // found by the `json` fuzz target: IgnoredAny let 2e2222 through
        for text in ["2e2222", "[1, 2e400]", "{\"a\": -1e999}"] {
            assert!(parse_lenient(text).is_err(), "{text}");
            assert!(check_lenient(text).is_err(), "{text}");
        }
        for text in ["1e300", "{\"a\": [true, null, \"x\\n\", {\"b\": -0.5}]}"] {
            assert!(
                parse_lenient(text).is_ok() && check_lenient(text).is_ok(),
                "{text}"
            );
        }
    }

    #[test]
    fn commas_missing_at_line_ends_are_repaired() {
        let r =
            parse_lenient("{\n  \"a\": \"x\"\n  \"b\": {\"c\": 1}\n  \"d\": [1\n, 2]\n}").unwrap();
        assert_eq!(r.value, json!({"a": "x", "b": {"c": 1}, "d": [1, 2]}));
        assert_eq!(r.fixes.len(), 2);
        assert!(r
            .fixes
            .iter()
            .all(|f| f.what == MISSING_COMMA && f.is_mechanical()));
        // on one line, or where a colon is missing, nothing is guessed
        assert!(parse_lenient("{\"a\": 1 \"b\": 2}").is_err());
        assert!(parse_lenient("{\n\"a\"\n\"b\": 2}").is_err());
    }

    #[test]
    fn typographic_quotes_are_repaired() {
        let r = parse_lenient("{\"method\": \"GET\u{201d},\n \u{201c}url\u{201d}: \"a\u{201d}b\"}")
            .unwrap();
        assert_eq!(r.value, json!({"method": "GET", "url": "a\u{201d}b"}));
        assert!(r
            .fixes
            .iter()
            .all(|f| f.what == TYPOGRAPHIC_QUOTE && f.is_mechanical()));
        assert_eq!(r.fixes.len(), 3);
    }

    #[test]
    fn strict_json_needs_no_fix() {
        let r = parse_lenient(r#"{"a": [1, 2]}"#).unwrap();
        assert!(r.fixes.is_empty());
        assert_eq!(r.value, json!({"a": [1, 2]}));
    }

    #[test]
    fn trailing_commas_and_comments_are_repaired() {
        let r = parse_lenient("{\n  \"a\": 1, // one\n  \"b\": [1, 2,],\n}").unwrap();
        assert_eq!(r.value, json!({"a": 1, "b": [1, 2]}));
        let whats: Vec<_> = r.fixes.iter().map(|f| f.what).collect();
        assert!(whats.contains(&"comment"));
        assert!(whats.contains(&"trailing or doubled comma"));
    }

    #[test]
    fn odd_spaces_and_raw_newlines_are_repaired() {
        let r = parse_lenient("{\u{a0}\"a\":\u{202f}\"x\ny\"}").unwrap();
        assert_eq!(r.value, json!({"a": "x\ny"}));
        assert_eq!(r.fixes.len(), 3);
    }

    #[test]
    fn a_body_indented_with_many_non_breaking_spaces_is_repaired() {
        let line = "\u{a0} \u{a0} \u{a0} \u{a0}\"a\": 1,\u{a0}\n";
        let text = format!(
            "{{\n{}\u{a0} \"z\": 2\n}}",
            line.repeat(40).replacen("\"a\"", "\"b\"", 1)
        );
        let r = parse_lenient(&text).unwrap();
        assert!(r.fixes.len() > 100, "{}", r.fixes.len());
        assert_eq!(r.value["z"], json!(2));
    }

    #[test]
    fn elisions_are_removed() {
        let r = parse_lenient("{\"value\": [{\"a\": 1}, ...]}").unwrap();
        assert_eq!(r.value, json!({"value": [{"a": 1}]}));
    }

    #[test]
    fn doubled_and_leading_commas_keep_one_separator() {
        let r = parse_lenient("[1,,2, ]").unwrap();
        assert_eq!(r.value, json!([1, 2]));
        let r = parse_lenient("[, 1]").unwrap();
        assert_eq!(r.value, json!([1]));
    }

    #[test]
    fn fixes_point_at_the_original_text() {
        let text = "{\"a\": 1, /* c */ \"b\": [2,],\u{a0}}";
        let r = parse_lenient(text).unwrap();
        let comma = r.fixes.iter().find(|f| f.what == STRAY_COMMA).unwrap();
        assert_eq!(&text[comma.range.clone()], ",");
        assert_eq!(&text[comma.range.start - 1..comma.range.start], "2");
        let space = r.fixes.iter().find(|f| f.what == ODD_SPACE).unwrap();
        assert_eq!(&text[space.range.clone()], "\u{a0}");
        assert!(r
            .fixes
            .iter()
            .any(|f| f.what == "comment" && &text[f.range.clone()] == "/* c */"));
    }

    #[test]
    fn offsets_in_a_repaired_text_map_back_to_the_text_as_written() {
        // three-byte spaces (U+202F) before keys and after commas, a comment, a trailing
        // comma: each key of the repaired text is found at its place in the written text
        let written =
            "{\u{202f}\"a\": 1,\u{202f}\n  \"bb\": [1,], // note\n  \"ccc\": \"x\"\u{202f}}";
        let r = check_lenient(written).unwrap();
        assert!(!r.fixes.is_empty());
        let map = OffsetMap::of(&r.fixes);
        for key in ["\"a\"", "\"bb\"", "\"ccc\"", "\"x\""] {
            let at = r.text.find(key).unwrap();
            let back = map.written(at);
            assert_eq!(
                &written[back..back + key.len()],
                key,
                "{key} at {at} -> {back}"
            );
        }
        // a text that needed no repair maps to itself
        assert_eq!(OffsetMap::default().written(7), 7);
        // a fix overlapping the one before is not applied, and not counted
        let fix = |range, replacement| Fix {
            range,
            replacement,
            what: ODD_SPACE,
        };
        let overlapping = [fix(0..3, " "), fix(1..2, "")];
        assert_eq!(
            OffsetMap::of(&overlapping),
            OffsetMap::of(&overlapping[..1])
        );
    }

    #[test]
    fn commas_inside_strings_are_kept() {
        let r = parse_lenient("{\"a\": \",]\", }").unwrap();
        assert_eq!(r.value, json!({"a": ",]"}));
    }

    #[test]
    fn unrepairable_json_reports_the_position() {
        let text = "{\n  \"a\": tru\n}";
        let e = parse_lenient(text).unwrap_err();
        assert!(
            e.offset >= text.find("tru").unwrap() && e.offset <= text.len(),
            "{e:?}"
        );
        assert!(e.message.contains("expected"), "{}", e.message);
    }
}
