//! Facts stated in prose: "Possible values are: …", "supply a JSON representation of …",
//! "returns a `200 OK` response code and …", and authoring placeholders.

use std::sync::LazyLock;

use regex::Regex;

use crate::source::{FileId, Span};

/// One "Possible values …" list: where it starts in the text and its members with their
/// byte ranges in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueList {
    /// The "Possible values are:" phrase.
    pub phrase: std::ops::Range<usize>,
    pub start: usize,
    pub members: Vec<(String, std::ops::Range<usize>)>,
}

impl ValueList {
    pub fn names(&self) -> Vec<&str> {
        self.members.iter().map(|(m, _)| m.as_str()).collect()
    }
}

static POSSIBLE_VALUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the\s+)?possible\s+values\s*(?:are|include|is)?\s*:?\s*")
        .expect("valid regex")
});

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Every "Possible values …" list in `text` (raw markdown or plain text). A list whose items
/// are not all plain identifiers is not an enum list and is left out.
pub fn possible_values(text: &str) -> Vec<ValueList> {
    let mut out = Vec::new();
    for m in POSSIBLE_VALUES.find_iter(text) {
        let start = m.end();
        let end = sentence_end(text, start);
        let mut members = Vec::new();
        let mut ok = true;
        for (range, item) in split_items(text, start, end) {
            // an item may carry a remark: `RegisteredDevice` (default)
            let item = match item.find(" (") {
                Some(i) if item.trim_end().ends_with(')') => &item[..i],
                _ => item,
            };
            let cleaned = item.trim().trim_matches(['`', '*', '"', '\'']).trim();
            if cleaned.is_empty() {
                continue;
            }
            if !is_identifier(cleaned) {
                ok = false;
                break;
            }
            let lead = item.find(cleaned).unwrap_or(0);
            let at = range.start + lead;
            members.push((cleaned.to_string(), at..at + cleaned.len()));
        }
        if ok && !members.is_empty() {
            out.push(ValueList {
                phrase: m.start()..m.end(),
                start: m.start(),
                members,
            });
        }
    }
    out
}

/// The end of the sentence that starts at `from`: a `.` followed by a space or the end, or
/// `;`, `|`, a line break, outside backticks.
fn sentence_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut in_code = false;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => in_code = !in_code,
            b'.' if !in_code
                && bytes
                    .get(i + 1)
                    .is_none_or(|b| b.is_ascii_whitespace() || *b == b'|') =>
            {
                return i
            }
            b';' | b'|' | b'\n' if !in_code => return i,
            _ => {}
        }
        i += 1;
    }
    text.len()
}

/// Splits `a, b, and c` / `a, b or c` into items with their ranges.
fn split_items(text: &str, start: usize, end: usize) -> Vec<(std::ops::Range<usize>, &str)> {
    let mut items = Vec::new();
    let mut item_start = start;
    let segment = &text[start..end];
    let mut i = 0;
    let b = segment.as_bytes();
    while i < b.len() {
        let sep = if b[i] == b',' {
            Some(1)
        } else if b[i..].starts_with(b" and ") {
            Some(5)
        } else if b[i..].starts_with(b" or ") {
            Some(4)
        } else {
            None
        };
        if let Some(len) = sep {
            items.push((item_start..start + i, &text[item_start..start + i]));
            item_start = start + i + len;
            i += len;
        } else {
            i += 1;
        }
    }
    items.push((item_start..end, &text[item_start..end]));
    // "a, b, and c": the empty item between ',' and 'and' is dropped by the caller
    items
        .into_iter()
        .map(|(r, s)| {
            let t = s.trim_start();
            let t = t
                .strip_prefix("and ")
                .or_else(|| t.strip_prefix("or "))
                .unwrap_or(t);
            let lead = s.len() - t.len();
            (r.start + lead..r.end, t)
        })
        .collect()
}

// The sentence patterns below read plain text (`Inline::plain`), where every run of white space
// is one ASCII space: they match ASCII only (`-u`), which keeps their automata small (a
// Unicode `\b` or case fold made each paragraph cost some 17,000 instructions).
/// "returns a `200 OK` response code": where a response sentence is, and its status (the
/// first three digits in the match).
static RESPONSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)returns?\s+(?:an?\s+|the\s+)?\d{3}\s+[A-Za-z ]*?response(?:\s+codes?)?")
        .expect("valid regex")
});

/// What may follow [`RESPONSE`]'s match: "… and an updated \[x\] object". Read from where that
/// match ends, it finds what one pattern of both would (the first has no choice left that a
/// longer match of this one could take back: its lazy run is as short as it can be, its
/// optional `codes` taken when there).
static RESPONSE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i-u)^\s+and\s+(?:an?\s+|the\s+)?(?:updated\s+|new\s+|created\s+|requested\s+)?(?:an?\s+)?((?:collection|list)\s+of\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s+(objects?|items|entities|collection|resource|values?|in\s+the\s+response\s+body)?",
    )
    .expect("valid regex")
});

/// What "returns a `200 OK` response code and an updated \[x\] object" says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseSentence {
    pub status: u16,
    /// The body type's name and whether it is a collection.
    pub body: Option<(String, bool)>,
}

/// `linked`: the names the paragraph links to a resource page, with the page's name
/// (`[report](../resources/report.md)` → `("report", "report")`): they count as types even
/// without the word "object", and a plural link text names the page's type.
pub fn response_sentence(plain: &str, linked: &[(&str, &str)]) -> Option<ResponseSentence> {
    let m = RESPONSE.find(plain)?;
    let digits = m.as_str().find(|c: char| c.is_ascii_digit())?;
    let status = m.as_str().get(digits..digits + 3)?.parse().ok()?;
    let c = RESPONSE_BODY.captures(&plain[m.end()..]);
    let group = |i| c.as_ref().and_then(|c| c.get(i));
    let body = match (group(2), group(3)) {
        // "… and a Stream in the response body", "… and a Boolean value": a primitive
        // result, or a type the paragraph links to ("… and a [report] in the response body")
        (Some(name), Some(kind))
            if kind.as_str().to_ascii_lowercase().starts_with(['i', 'v'])
                && crate::model::Primitive::from_doc_name(name.as_str()).is_none()
                && !linked.iter().any(|(text, _)| *text == name.as_str()) =>
        {
            None
        }
        (Some(name), Some(kind)) if !matches!(name.as_str(), "a" | "an" | "the" | "in" | "no") => {
            let collection = group(1).is_some()
                || ["collection", "objects", "items", "entities", "values"]
                    .iter()
                    .any(|k| kind.as_str().eq_ignore_ascii_case(k));
            let name = name.as_str().trim_end_matches('.');
            // "a collection of [users](../resources/user.md)": the page's type
            let singular = name.strip_suffix('s').filter(|one| {
                linked
                    .iter()
                    .any(|(text, page)| *text == name && page.eq_ignore_ascii_case(one))
            });
            Some((singular.unwrap_or(name).to_string(), collection))
        }
        // "returns a `201 Created` response code if …, or a `200 OK` … In both cases, an
        // [onlineMeeting] object is returned in the response body."
        _ => RETURNED_BODY.captures(plain).and_then(|c| {
            let collection =
                c.get(1).is_some() || c.get(3)?.as_str().eq_ignore_ascii_case("collection");
            Some((c.get(2)?.as_str().to_string(), collection))
        }),
    };
    Some(ResponseSentence { status, body })
}

static RETURNED_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:an?|the)\s+(?:updated\s+|new\s+|created\s+|requested\s+)?(collection\s+of\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s+(objects?|resource|collection)\s+(?:is|are)\s+returned\s+in\s+the\s+response\s+body")
        .expect("valid regex")
});

static REQUEST_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)(?:supply|include|provide)\s+(?:an?\s+|the\s+)?JSON\s+representation\s+(?:of|for)\s+(?:the\s+|an?\s+)?(?:new\s+|updated\s+)?([A-Za-z_][A-Za-z0-9_.]*)(\s+(?:object|resource|entity)\b)?")
        .expect("valid regex")
});

/// The type named by "supply a JSON representation of the \[x\] object" (also "include …",
/// "… \[x\] resource"); without such a word only a name the paragraph links to a resource page
/// (`linked`) counts.
pub fn request_body_type(plain: &str, linked: &[(&str, &str)]) -> Option<String> {
    let c = REQUEST_BODY.captures(plain)?;
    let name = c.get(1)?.as_str().trim_end_matches('.');
    let named = c.get(2).is_some() || linked.iter().any(|(text, _)| *text == name);
    // "a JSON representation of that resource instance" names no type
    let word = matches!(
        name.to_ascii_lowercase().as_str(),
        "that"
            | "this"
            | "each"
            | "any"
            | "its"
            | "your"
            | "following"
            | "object"
            | "resource"
            | "entity"
    );
    (!name.is_empty() && named && !word).then(|| name.to_string())
}

/// A fixed word to look for, with its searcher built once rather than per call.
pub struct Word(LazyLock<memchr::memmem::Finder<'static>>);

impl Word {
    pub fn find(&self, text: &str) -> Option<usize> {
        self.0.find(text.as_bytes())
    }

    pub fn is_in(&self, text: &str) -> bool {
        self.find(text).is_some()
    }
}

macro_rules! words {
    ($($name:ident = $word:literal;)*) => {
        $(pub static $name: Word = Word(LazyLock::new(|| memchr::memmem::Finder::new($word)));)*
    };
}

words! {
    TODO = "TODO";
    INHERIT = "nherit";
    POSSIBLE_VALUE = "ossible value";
    JSON_REPRESENTATION = "JSON representation";
    RESPONSE_CODE = "response code";
    RESPONSE_AND = "response and";
}

/// Where an authoring placeholder (`TODO`) is in `text`.
pub fn todo(text: &str) -> Option<usize> {
    TODO.find(text)
}

/// The span of the placeholder in `text` (which starts at file offset `base`): from `TODO` to
/// its closing `**`, else to the end of the line or table cell.
pub fn todo_span(file: FileId, text: &str, base: usize) -> Option<Span> {
    let at = todo(text)?;
    let rest = &text[at..];
    let len = rest
        .find("**")
        .or_else(|| rest.find(['|', '\n', '\r']))
        .unwrap_or(rest.len());
    Some(Span::new(file, base + at, base + at + len))
}

/// The type named by "Inherited from \[entity\]" / "Inherits from \[directoryObject\]", in raw
/// markdown or plain text (case-insensitive, the first such phrase). Without link brackets
/// only a camelCase name (or `entity`) counts: "inherited from the template" names no type.
pub fn inherited_from(text: &str) -> Option<String> {
    let (name, linked) = inherited_phrase(text)?;
    let name = name.trim_end_matches('.');
    let camel = name.chars().skip(1).any(|ch| ch.is_ascii_uppercase())
        || name.contains('.')
        || name == "entity";
    (!name.is_empty() && (linked || camel)).then(|| name.to_string())
}

/// The first `inherited|inherits <space> from <space> [? name` (a word on its own, any case):
/// the name (`[A-Za-z_][A-Za-z0-9_.]*`) and whether a link bracket stands before it. A scan
/// rather than a regular expression: it runs on every property description.
fn inherited_phrase(text: &str) -> Option<(&str, bool)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = find_ignore_case(&bytes[from..], b"inherit").map(|i| from + i) {
        from = i + 1;
        let word_start = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        if !word_start {
            continue;
        }
        let mut rest = &text[i + "inherit".len()..];
        rest = match strip_ignore_case(rest, "ed").or_else(|| strip_ignore_case(rest, "s")) {
            Some(r) => r,
            None => continue,
        };
        let Some(r) = strip_space(rest).and_then(|r| strip_ignore_case(r, "from")) else {
            continue;
        };
        let Some(r) = strip_space(r) else {
            continue;
        };
        let (linked, r) = match r.strip_prefix('[') {
            Some(r) => (true, r),
            None => (false, r),
        };
        let len = r
            .bytes()
            .enumerate()
            .take_while(|&(k, b)| {
                b.is_ascii_alphabetic() || b == b'_' || (k > 0 && (b.is_ascii_digit() || b == b'.'))
            })
            .count();
        if len > 0 {
            return Some((&r[..len], linked));
        }
    }
    None
}

/// The base type a resource page's opening paragraph names: "Inherits from \[x\]" as
/// [`inherited_from`] reads it, else "Derived from \[x\]", "derives from \[x\]" or "a subclass
/// of \[x\]" (these with a link only: "derived from the user's locale" names no type).
pub fn base_type_named(text: &str) -> Option<String> {
    if let Some(name) = INHERIT.is_in(text).then(|| inherited_from(text)).flatten() {
        return Some(name);
    }
    ["derived from", "derives from", "subclass of"]
        .into_iter()
        .find_map(|phrase| {
            let i = find_ignore_case(text.as_bytes(), phrase.as_bytes())?;
            let word_start = text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let rest = strip_space(&text[i + phrase.len()..])?.strip_prefix('[')?;
            let len = rest
                .bytes()
                .take_while(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
                .count();
            let name = &rest[..len];
            let first_letter = name.starts_with(|c: char| c.is_ascii_alphabetic());
            (word_start && first_letter && rest[len..].starts_with(']')).then(|| name.to_string())
        })
}

/// Where `needle` (lowercase ASCII) first occurs in `hay`, ignoring ASCII case.
fn find_ignore_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).find(|&i| {
        hay.get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

fn strip_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// `text` after one or more white-space characters at its start; `None` without any.
fn strip_space(text: &str) -> Option<&str> {
    let rest = text.trim_start();
    (rest.len() < text.len()).then_some(rest)
}

/// Whether a description calls its enum a flags enum ("Flag enum to …", "… flags …"): the
/// word `flag` or `flags` on its own, not inside a name such as `followupFlag`.
pub fn says_flags(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("flag") || w.eq_ignore_ascii_case("flags"))
}

/// "This is an open type", "This resource is an OData open type": the type itself (not "used
/// in the open type x").
static OPEN_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i-u)\b(?:this|it)\s+(?:type\s+|resource\s+)?is\s+an?\s+(?:odata\s+)?open\s+type\b",
    )
    .expect("valid regex")
});

/// Whether a type's description says it is an open type (properties beyond those listed).
pub fn says_open_type(text: &str) -> bool {
    OPEN_TYPE.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possible_values_plain_and_backticked() {
        let text = "The state. Possible values are: disabled, enabled. Configurable. Possible values are: `notConfigured`, `disabled`, `enabled`.";
        let lists = possible_values(text);
        assert_eq!(lists.len(), 2);
        assert_eq!(lists[0].names(), ["disabled", "enabled"]);
        assert_eq!(lists[1].names(), ["notConfigured", "disabled", "enabled"]);
        let (name, range) = &lists[1].members[0];
        assert_eq!(&text[range.clone()], name);
    }

    #[test]
    fn possible_values_with_and_or() {
        let lists = possible_values("Possible values: `a`, `b`, and `c`.");
        assert_eq!(lists[0].names(), ["a", "b", "c"]);
        let lists = possible_values("Possible values are `x` or `y`");
        assert_eq!(lists[0].names(), ["x", "y"]);
    }

    #[test]
    fn multibyte_text_does_not_split_characters() {
        let lists = possible_values("Possible values are: `team` — Indicates, `chat`.");
        assert!(lists.is_empty());
        let lists = possible_values("Possible values are: `a`, `b` — and `c`.");
        assert!(lists.is_empty(), "{lists:?}");
    }

    #[test]
    fn items_may_carry_a_remark_and_names_end_before_the_full_stop() {
        let lists =
            possible_values("Possible values: `RegisteredDevice` (default), `SecureVM`, `IoT`.");
        assert_eq!(lists[0].names(), ["RegisteredDevice", "SecureVM", "IoT"]);
        assert_eq!(
            inherited_from("Inherits from namedLocation.").as_deref(),
            Some("namedLocation")
        );
    }

    #[test]
    fn inherited_from_names_a_type_only_in_its_phrase() {
        let read = |t: &str| inherited_from(t);
        assert_eq!(
            read("Inherited from [entity](entity.md).").as_deref(),
            Some("entity")
        );
        assert_eq!(
            read("Read-only. INHERITED FROM\n\tdirectoryObject").as_deref(),
            Some("directoryObject")
        );
        assert_eq!(
            read("Id. Inherited from [outlookItem]").as_deref(),
            Some("outlookItem")
        );
        assert_eq!(
            read("Inherited from microsoft.graph.entity").as_deref(),
            Some("microsoft.graph.entity")
        );
        // not a word of its own, no space, a plain word without a link, no name at all
        assert_eq!(read("Disinherited from fooBar"), None);
        assert_eq!(read("Inheritedfrom fooBar"), None);
        assert_eq!(read("Inherited from the template."), None);
        assert_eq!(
            read("Inherited from . Then inherits from baseItem"),
            Some("baseItem".into())
        );
        assert_eq!(read("éInherited from fooBar"), None);
        assert_eq!(read("—Inherited from fooBar").as_deref(), Some("fooBar"));
    }

    #[test]
    fn a_page_names_its_base_type_by_inheritance_derivation_or_subclassing() {
        let read = |t: &str| base_type_named(t);
        assert_eq!(
            read("Inherits from [entity](entity.md).").as_deref(),
            Some("entity")
        );
        assert_eq!(
            read("A subclass of [educationResource](educationresource.md).").as_deref(),
            Some("educationResource")
        );
        assert_eq!(
            read("Represents an operation. Derived from [printOperation](printoperation.md).")
                .as_deref(),
            Some("printOperation")
        );
        assert_eq!(
            read("It derives from [place](place.md)").as_deref(),
            Some("place")
        );
        // without a link, or a link to no name, or inside a word: no type
        assert_eq!(read("A value derived from the user's locale."), None);
        assert_eq!(read("Derived from [the base](x.md)."), None);
        assert_eq!(read("Nonsubclass of [x](x.md)."), None);
    }

    #[test]
    fn prose_that_is_not_a_list_is_ignored() {
        assert!(possible_values("Possible values are any string up to 20 characters.").is_empty());
    }

    #[test]
    fn response_and_request_sentences() {
        let r = response_sentence("If successful, this method returns a 200 OK response code and an updated remoteAssistanceSettings object in the response body.", &[]).unwrap();
        assert_eq!(
            r,
            ResponseSentence {
                status: 200,
                body: Some(("remoteAssistanceSettings".into(), false))
            }
        );
        let r = response_sentence(
            "If successful, this method returns a 204 No Content response code.",
            &[],
        )
        .unwrap();
        assert_eq!(r.body, None);
        let r = response_sentence(
            "returns a 200 OK response code and a collection of user objects in the response body",
            &[],
        )
        .unwrap();
        assert_eq!(r.body, Some(("user".into(), true)));
        // a primitive result, and a sentence that names no type
        let r = response_sentence("If successful, this action returns a 200 OK response code and a Stream in the response body.", &[]).unwrap();
        assert_eq!(r.body, Some(("Stream".into(), false)));
        let r = response_sentence(
            "this method returns a 200 OK response code and a message in the response body",
            &[],
        )
        .unwrap();
        assert_eq!(r.body, None);
        // a linked type without "object", a primitive value, the requested object
        let sentence =
            "this function returns a 200 OK response code and a report in the response body";
        assert_eq!(
            response_sentence(sentence, &[("report", "report")])
                .unwrap()
                .body,
            Some(("report".into(), false))
        );
        assert_eq!(response_sentence(sentence, &[]).unwrap().body, None);
        let r = response_sentence("If successful, this method returns a 201 Created response code if a new meeting is created, or a 200 OK response code if an existing meeting is retrieved. In both cases, an onlineMeeting object is returned in the response body.", &[("onlineMeeting", "onlinemeeting")]).unwrap();
        assert_eq!(
            (r.status, r.body),
            (201, Some(("onlineMeeting".into(), false)))
        );
        let r = response_sentence("This method returns a 201 Created response code. In both cases, a new Collection of event objects is returned in the response body.", &[]).unwrap();
        assert_eq!(r.body, Some(("event".into(), true)));
        let r = response_sentence("this action returns a 200 OK response code and a Boolean value true in the response body", &[]).unwrap();
        assert_eq!(r.body, Some(("Boolean".into(), false)));
        let r = response_sentence(
            "this action returns a 200 OK response code and a status value",
            &[],
        )
        .unwrap();
        assert_eq!(r.body, None);
        let r = response_sentence(
            "this method returns a 200 OK response code and a collection of users in the response body",
            &[("users", "user")],
        )
        .unwrap();
        assert_eq!(r.body, Some(("user".into(), true)));
        let r = response_sentence("this method returns a 200 OK response code and the requested workbookOperation object in the response body", &[]).unwrap();
        assert_eq!(r.body, Some(("workbookOperation".into(), false)));
        assert_eq!(
            request_body_type("In the request body, supply a JSON representation for the remoteAssistancePartner object.", &[]).as_deref(),
            Some("remoteAssistancePartner")
        );
        let include = "In the request body include a JSON representation of a teamsTab.";
        assert_eq!(
            request_body_type(include, &[("teamsTab", "teamstab")]).as_deref(),
            Some("teamsTab")
        );
        assert_eq!(request_body_type(include, &[]), None);
        let that = "provide a JSON representation of that resource instance";
        assert_eq!(request_body_type(that, &[]), None);
        assert_eq!(
            request_body_type(
                "In the request body, supply a JSON representation of the list resource to create.",
                &[]
            )
            .as_deref(),
            Some("list")
        );
        assert_eq!(
            inherited_from("TODO Inherited from entity").as_deref(),
            Some("entity")
        );
    }

    #[test]
    fn flags_enums_are_called_so_in_words() {
        assert!(says_flags(
            "Flag enum to determine whether to delay software updates."
        ));
        assert!(says_flags(
            "Flags representing the interface types (several may be set)."
        ));
        assert!(!says_flags("The status of a followupFlag."));
        assert!(!says_flags("Possible values are: flagged, complete."));
    }

    #[test]
    fn open_types_are_told_by_their_own_description() {
        assert!(says_open_type(
            "This is an open type that represents the set of feedback tokens."
        ));
        assert!(says_open_type(
            "This resource is an open type and is part of the plan."
        ));
        assert!(says_open_type("This type is an open type."));
        assert!(says_open_type(
            "This is an OData open type that expects properties."
        ));
        assert!(!says_open_type(
            "This type is used in the open type plannerAssignments."
        ));
    }
}
