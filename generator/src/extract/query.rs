//! What an API page says a request may carry besides its path and body: the OData query
//! options of its "Optional query parameters" section and the headers of its "Request
//! headers" table.

use crate::parse::Table;

/// The OData system query options a typed request can set, in the order they are offered.
pub const OPTIONS: [&str; 8] = [
    "$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count", "$search",
];

/// Request headers that the runtime or the caller's client sets (authentication, body and
/// content negotiation, host): no request method of their own, and they choose no mock answer.
const MANAGED_HEADERS: [&str; 5] = [
    "authorization",
    "accept",
    "content-type",
    "content-length",
    "host",
];

/// Whether header `name` is one of `MANAGED_HEADERS` (any case).
pub fn is_managed_header(name: &str) -> bool {
    MANAGED_HEADERS.iter().any(|m| name.eq_ignore_ascii_case(m))
}

/// What the "Optional query parameters" section says, read paragraph by paragraph.
#[derive(Clone, Debug, Default)]
pub struct QueryDoc {
    /// The options the section names (`$select`, or `` `select` `` in a code span), as
    /// indices into [`OPTIONS`].
    named: Vec<usize>,
    /// It says the method supports the OData query parameters, without naming them.
    supports: bool,
    /// It says the method does not support them.
    denies: bool,
}

impl QueryDoc {
    /// Reads one block of the section, as written in the page.
    pub fn read(&mut self, raw: &str) {
        let lower = raw.to_ascii_lowercase();
        for (i, option) in OPTIONS.iter().enumerate() {
            let bare = &option[1..];
            let named = word_at(&lower, option)
                || lower.match_indices(bare).any(|(at, _)| {
                    lower[..at].ends_with('`') && lower[at + bare.len()..].starts_with('`')
                });
            if named && !self.named.contains(&i) {
                self.named.push(i);
            }
        }
        let denies = [
            "not support",
            "n't support",
            "**not** support",
            "not supported",
        ]
        .iter()
        .any(|p| lower.contains(p));
        if denies && self.named.is_empty() {
            self.denies = true;
        } else if lower.contains("support") && lower.contains("query") {
            self.supports = true;
        }
    }

    /// The options a request of this page can set: those named; when none is named but the
    /// page says the OData query parameters are supported, `$select` and `$expand` for a
    /// single object and all of them for a collection.
    pub fn options(&self, collection: bool) -> Vec<String> {
        let mut named = self.named.clone();
        if named.is_empty() && self.supports && !self.denies {
            named = if collection {
                (0..OPTIONS.len()).collect()
            } else {
                vec![0, 1]
            };
        }
        named.sort_unstable();
        named.into_iter().map(|i| OPTIONS[i].to_string()).collect()
    }
}

/// Whether `word` stands in `text` not followed by a letter or digit (`$skip`, not
/// `$skiptoken`).
fn word_at(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[at + word.len()..]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

/// The header names of a "Request headers" table, as written, each once (names that are not
/// HTTP header names left out).
pub fn headers(table: &Table) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for row in &table.rows {
        let Some(cell) = row.cells.first() else {
            continue;
        };
        let plain = cell.plain();
        let name = plain.trim_matches(['`', '*', ' ']);
        let token = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if token && !out.iter().any(|h| h.eq_ignore_ascii_case(name)) {
            out.push(name.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(paragraphs: &[&str], collection: bool) -> Vec<String> {
        let mut q = QueryDoc::default();
        for p in paragraphs {
            q.read(p);
        }
        q.options(collection)
    }

    #[test]
    fn named_options_in_any_spelling() {
        assert_eq!(
            options(&["This method supports `$select`, `$filter`, `$orderBy`, `$skip`, and `$top` OData query parameters."], true),
            ["$select", "$filter", "$orderby", "$top", "$skip"]
        );
        assert_eq!(
            options(&["This method supports the `select` and `expand` [OData query parameters](/graph/query-parameters)."], false),
            ["$select", "$expand"]
        );
        // `$skiptoken` is not `$skip`; a later sentence denying the others keeps the named
        assert_eq!(
            options(
                &[
                    "Use `$skiptoken` and `$top`.",
                    "The other OData query parameters are not currently supported."
                ],
                true
            ),
            ["$top"]
        );
    }

    #[test]
    fn generic_support_and_denial() {
        let generic = "This method supports the [OData Query Parameters](/graph/query-parameters) to help customize the response.";
        assert_eq!(options(&[generic], false), ["$select", "$expand"]);
        assert_eq!(options(&[generic], true).len(), 8);
        assert!(options(
            &["This method does not support OData query parameters to customize the response."],
            true
        )
        .is_empty());
        assert!(options(
            &["This method does **not** support the [OData query parameters](x)."],
            true
        )
        .is_empty());
        assert!(options(&[], true).is_empty());
    }
}
