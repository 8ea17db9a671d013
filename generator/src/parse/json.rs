//! Lenient JSON: strict parse first; otherwise repair what authors commonly get wrong
//! (trailing commas, comments, non-breaking spaces, raw line breaks inside strings, `...`
//! elisions) and say exactly what was repaired and where.

use serde_json::Value;

/// One repair, at a byte offset of the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub offset: usize,
    pub what: &'static str,
}

#[derive(Clone, Debug)]
pub struct Recovered {
    pub value: Value,
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
    match serde_json::from_str::<Value>(text) {
        Ok(value) => Ok(Recovered {
            value,
            text: text.to_string(),
            fixes: Vec::new(),
        }),
        Err(strict) => {
            let (repaired, fixes) = repair(text);
            if !fixes.is_empty() {
                if let Ok(value) = serde_json::from_str::<Value>(&repaired) {
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
    let mut col = column.saturating_sub(1).min(line_text.len());
    while !line_text.is_char_boundary(col) {
        col -= 1;
    }
    (start + col).min(text.len())
}

fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200b}' | '\u{feff}'
    )
}

/// Rewrites `text` token-aware (never inside strings, except for raw control characters).
fn repair(text: &str) -> (String, Vec<Fix>) {
    let mut out = String::with_capacity(text.len());
    let mut fixes = Vec::new();
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    let mut in_string = false;
    while let Some((i, c)) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    out.push(c);
                    if let Some((_, n)) = chars.next() {
                        out.push(n);
                    }
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                '\n' | '\r' | '\t' => {
                    fixes.push(Fix {
                        offset: i,
                        what: "raw control character inside a string",
                    });
                    out.push_str(match c {
                        '\n' => "\\n",
                        '\r' => "\\r",
                        _ => "\\t",
                    });
                }
                _ => out.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if bytes.get(i + 1) == Some(&b'/') => {
                fixes.push(Fix {
                    offset: i,
                    what: "comment",
                });
                while let Some(&(_, n)) = chars.peek() {
                    if n == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '/' if bytes.get(i + 1) == Some(&b'*') => {
                fixes.push(Fix {
                    offset: i,
                    what: "comment",
                });
                chars.next();
                let mut prev = ' ';
                for (_, n) in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
            }
            '.' if text[i..].starts_with("...") => {
                fixes.push(Fix {
                    offset: i,
                    what: "`...` elision",
                });
                chars.next();
                chars.next();
            }
            '…' => fixes.push(Fix {
                offset: i,
                what: "`…` elision",
            }),
            c if is_odd_space(c) => {
                fixes.push(Fix {
                    offset: i,
                    what: "non-breaking or zero-width space",
                });
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    remove_stray_commas(&out, &mut fixes, text)
}

/// Drops commas that precede `}` / `]`, follow `[` / `{` or another comma (outside strings).
fn remove_stray_commas(text: &str, fixes: &mut Vec<Fix>, original: &str) -> (String, Vec<Fix>) {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut last_significant = ' ';
    let chars: Vec<char> = text.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
                last_significant = '"';
            }
            continue;
        }
        if c == ',' {
            let next = chars[k + 1..].iter().find(|c| !c.is_whitespace()).copied();
            let stray = matches!(next, Some('}') | Some(']') | Some(',') | None)
                || matches!(last_significant, '[' | '{' | ',');
            if stray {
                // the position in the original is approximate once earlier repairs shifted text
                let approx = original
                    .char_indices()
                    .nth(k)
                    .map_or(original.len(), |(i, _)| i);
                fixes.push(Fix {
                    offset: approx,
                    what: "trailing or doubled comma",
                });
                continue;
            }
        }
        if c == '"' {
            in_string = true;
        }
        if !c.is_whitespace() {
            last_significant = c;
        }
        out.push(c);
    }
    fixes.sort_by_key(|f| f.offset);
    (out, std::mem::take(fixes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
    fn elisions_are_removed() {
        let r = parse_lenient("{\"value\": [{\"a\": 1}, ...]}").unwrap();
        assert_eq!(r.value, json!({"value": [{"a": 1}]}));
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
