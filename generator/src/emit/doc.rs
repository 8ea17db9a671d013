//! Rustdoc text from doc text. Doc comments are markdown that rustdoc renders and whose code
//! blocks it compiles as doctests, so page text is made inert: one line, every markdown
//! special character escaped, code spans re-created only from code pieces that cannot
//! break out, URLs as autolinks.

use std::sync::LazyLock;

use proc_macro2::TokenStream;
use quote::quote;
use regex::Regex;

use crate::model::Text;
use crate::parse::Piece;

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"https?://[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+").expect("valid regex")
});

/// Escapes text so that rustdoc shows it literally.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in URL.find_iter(text) {
        escape_into(&text[last..m.start()], &mut out);
        let url = m.as_str().trim_end_matches(['.', ',', ';', ':', ')', '\'']);
        out.push('<');
        out.push_str(url);
        out.push('>');
        escape_into(&m.as_str()[url.len()..], &mut out);
        last = m.end();
    }
    escape_into(&text[last..], &mut out);
    out
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' | '{'
            | '}' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}

/// A code span showing `text` literally; text that could break out of it is escaped instead.
pub fn code(text: &str) -> String {
    if text.is_empty() || text.contains('`') || text.chars().any(char::is_control) {
        escape(text)
    } else {
        format!("`{text}`")
    }
}

/// One line of rustdoc from doc text.
pub fn doc_line(text: &Text) -> String {
    let mut out = String::new();
    for piece in &text.0 {
        match piece {
            Piece::Code(c) if !c.contains('`') && !c.contains('\n') && !c.trim().is_empty() => {
                out.push('`');
                out.push_str(c.trim());
                out.push('`');
            }
            Piece::Text(t) | Piece::Code(t) | Piece::Strong(t) => out.push_str(&escape(t)),
            Piece::Link { text, .. } => out.push_str(&escape(text)),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `#[doc = "…"]` attributes, one per line; an empty line separates paragraphs.
pub fn attrs<I: IntoIterator<Item = String>>(lines: I) -> TokenStream {
    let lines = lines
        .into_iter()
        .map(|l| if l.is_empty() { l } else { format!(" {l}") });
    quote! { #( #[doc = #lines] )* }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_and_html_are_made_inert() {
        assert_eq!(escape("a <token> [x] *b*"), r"a \<token\> \[x\] \*b\*");
        assert_eq!(
            escape("```rust\nfn main() {}"),
            r"\`\`\`rust fn main() \{\}"
        );
    }

    #[test]
    fn code_spans_cannot_open_a_fence() {
        assert_eq!(code("microsoft.graph.x"), "`microsoft.graph.x`");
        assert_eq!(code("``rust"), r"\`\`rust");
    }

    #[test]
    fn urls_become_autolinks() {
        assert_eq!(
            escape("see https://example.com/x."),
            "see <https://example.com/x>."
        );
    }

    #[test]
    fn code_pieces_stay_code_when_safe() {
        let t = Text(vec![
            Piece::Text("Values: ".into()),
            Piece::Code("disabled".into()),
            Piece::Text(", ".into()),
            Piece::Code("a`b".into()),
        ]);
        assert_eq!(doc_line(&t), r"Values: `disabled`, a\`b");
    }
}
