//! Diagnostics: what every stage reports about the pages, with stable codes.

use std::fmt;

use crate::source::{Sources, Span};

/// What starts an inline directive in a page, `<!-- docgen-ignore: CODE, … -->`: the codes
/// it names are silenced for that page (the lint reads the directive from the page's text).
pub const INLINE_IGNORE: &str = "docgen-ignore";

/// Whether `text` mentions [`INLINE_IGNORE`] (one searcher, built once, for every page).
pub fn mentions_inline_ignore(text: &str) -> bool {
    static MARK: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(INLINE_IGNORE));
    MARK.find(text.as_bytes()).is_some()
}

/// How serious a diagnostic is. `lint` exits 1 when any error is present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        })
    }
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident, $explain:literal;)*) => {
        /// A stable diagnostic code. The kebab-case name never changes meaning.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One line saying what the check finds and why it matters.
            pub fn explanation(self) -> &'static str {
                match self { $(Code::$variant => $explain,)* }
            }

            pub fn from_name(name: &str) -> Option<Code> {
                match name { $($name => Some(Code::$variant),)* _ => None }
            }
        }
    };
}

codes! {
    MetadataTypeUndocumented = "metadata-type-undocumented", Info,
        "`lint --metadata`: the service's metadata has a type no page describes.";
    DocsTypeNotInMetadata = "docs-type-not-in-metadata", Warning,
        "`lint --metadata`: a documented type is not in the service's metadata.";
    MetadataPropertyUndocumented = "metadata-property-undocumented", Info,
        "`lint --metadata`: the metadata declares a property the docs do not list for its type.";
    DocsPropertyNotInMetadata = "docs-property-not-in-metadata", Warning,
        "`lint --metadata`: a documented property is not in the metadata (or only with other casing).";
    MetadataNavigationUndocumented = "metadata-navigation-undocumented", Info,
        "`lint --metadata`: the metadata declares a navigation property the docs' relationships table lacks.";
    DocsNavigationNotInMetadata = "docs-navigation-not-in-metadata", Warning,
        "`lint --metadata`: a documented relationship is not a navigation property in the metadata.";
    MetadataTypeMismatch = "metadata-type-mismatch", Warning,
        "`lint --metadata`: a property's documented type differs from the metadata's (case only, Single vs Double, String vs enum, different type).";
    MetadataEnumMember = "metadata-enum-member", Warning,
        "`lint --metadata`: an enum member is in the docs or in the metadata only.";
    InternalError = "internal-error", Error,
        "docgen failed on this page (a bug in docgen, not in the page); the page is skipped and the others go on.";
    InvalidUtf8 = "invalid-utf8", Error,
        "The file is not valid UTF-8; it is skipped and the other files go on.";
    MalformedFrontMatter = "malformed-front-matter", Warning,
        "A line of the YAML front matter is not a `key: value` pair, or the block is not closed.";
    MissingFrontMatter = "missing-front-matter", Warning,
        "A markdown page has no YAML front matter (title, description, doc_type …).";
    MissingSection = "missing-section", Warning,
        "A page lacks a section its kind needs (API: Permissions, HTTP request, Request body when it sends one, Response, Example; resource: Properties, JSON representation; enum: Members).";
    DuplicateSection = "duplicate-section", Warning,
        "A section heading appears twice on a page.";
    SectionOrder = "section-order", Info,
        "Sections are out of the usual order (API: Permissions, HTTP request, Request body, Response, Example; resource: Methods, Properties, Relationships, JSON representation).";
    TodoPlaceholder = "todo-placeholder", Warning,
        "The page still holds an authoring placeholder such as `**TODO: …**`; it never wins over real text from another page.";
    InvalidAnnotation = "invalid-annotation", Error,
        "An HTML-comment annotation is not valid JSON even after recovery; the code block it introduces is read without it.";
    AnnotationRecovered = "annotation-recovered", Warning,
        "An annotation needed repair (trailing comma, comment, odd space) to parse as JSON.";
    UnknownBlockType = "unknown-block-type", Warning,
        "The annotation's `blockType` is not one of request, response, resource, example, ignored.";
    AnnotationTypeUnknown = "annotation-type-unknown", Warning,
        "An annotation's `@odata.type` names no type any page describes.";
    AnnotationTypeMismatch = "annotation-type-mismatch", Warning,
        "A response annotation's `@odata.type` differs from the `@odata.type` in the example body (and is not its base type).";
    ValueWrapper = "value-wrapper", Warning,
        "A body wraps a single object in `{\"value\": …}` (as generated pages often do); OData returns the object itself. It is checked, and round-tripped, inside the wrapper.";
    LegacyAnnotationKey = "legacy-annotation-key", Warning,
        "An annotation names the body's type with the old key `@type`; it is read as `@odata.type`, and `--fix` renames it.";
    AnnotationWithoutCode = "annotation-without-code", Warning,
        "An annotation is not followed by a fenced code block.";
    InvalidJson = "invalid-json", Error,
        "An example body is not JSON, even after recovery; its round trip cannot succeed.";
    JsonRecovered = "json-recovered", Warning,
        "An example body needed repair (trailing comma, comment, non-breaking space, lost braces) to parse.";
    AmbiguousBraces = "ambiguous-braces", Error,
        "A body copied from the rendered site lost its braces and they cannot be restored unambiguously.";
    RequestWithoutResponse = "request-without-response", Warning,
        "An annotated request example has no response example after it (or with its name).";
    RequestMatchesNoEndpoint = "request-matches-no-endpoint", Warning,
        "An example request's method and path match none of the page's HTTP request lines.";
    VersionMismatch = "version-mismatch", Warning,
        "An example URL names another API version (/v1.0, /beta) than the page's folder.";
    ContentLength = "content-length-mismatch", Info,
        "A Content-Length header differs from the body's length counted with CRLF line ends, as HTTP sends it.";
    RelativeRequestPath = "relative-request-path", Warning,
        "A request line's path does not start with `/` (`POST policies/x`, `GET ~/x`); it is read from the root, and `--fix` adds the `/`.";
    UnclosedCodeFence = "unclosed-code-fence", Warning,
        "A fenced code block is never closed, so the rest of the page (its headings, tables and examples) is read as code.";
    BlankBeforeHeaders = "blank-line-before-headers", Warning,
        "An HTTP example has a blank line between its request or status line and its headers, so HTTP reads the headers as the body; `--fix` removes it.";
    MissingRequiredHeader = "missing-required-header", Warning,
        "An example request lacks a header the page's request-headers table marks as required.";
    UnparseableRequestLine = "unparseable-request-line", Warning,
        "A line in the HTTP request section is not `METHOD /path`.";
    MissingTypeCell = "empty-type-cell", Warning,
        "A property table row has no type.";
    TableShape = "table-cell-count", Warning,
        "A table row has a different number of cells than its header.";
    TableTooLarge = "table-too-large", Warning,
        "A property table has more rows than docgen reads (2,000): the rest are left out, so the generated code stays buildable.";
    DuplicateProperty = "duplicate-property", Warning,
        "A property appears twice in the same table.";
    NonCanonicalType = "non-canonical-type", Warning,
        "A type cell spells a type another way than the docs' canonical spelling (`string` → `String`, `GUID` → `Guid`); `--fix` rewrites it.";
    UnterminatedBacktick = "unterminated-backtick", Warning,
        "A description opens a code span with a backtick and never closes it; the rest of the text renders as code.";
    DuplicatePossibleValues = "duplicate-possible-values", Warning,
        "A description states its \"Possible values\" more than once.";
    PossibleValuesDisagree = "possible-values-disagree", Warning,
        "Two \"Possible values\" lists for the same enum disagree.";
    EnumMemberConflict = "enum-member-conflict", Warning,
        "Pages list different members for the same enum; the better-ranked page wins and the rest is reported.";
    PropertySetMismatch = "property-set-mismatch", Warning,
        "Pages describing the same type list different properties: a property an API page lists that the resource page lacks, or resource pages that disagree.";
    PropertySubset = "property-subset", Info,
        "A request-body table lists only some of the properties of its type (common for updates; listed so that a forgotten one is seen).";
    PropertyTypeConflict = "property-type-conflict", Warning,
        "Pages describing the same property give it different types.";
    PermissionsConflict = "permissions-conflict", Warning,
        "Pages describing the same endpoint list different permissions.";
    EndpointConflict = "endpoint-conflict", Warning,
        "Pages describing the same endpoint disagree on its request or response body.";
    UnattachedTable = "unattached-table", Info,
        "A property-like table whose rows docgen does not put in the model (parameter tables, a request body of unstated type).";
    TypeNameCase = "type-name-case", Warning,
        "Pages spell the same type name with different casing (`ContactFolder`, `contactFolder`); type names are case-sensitive.";
    PluralTypeName = "plural-type-name", Warning,
        "A body type is named in the plural (`journals`, a collection's name) where a page defines the singular (`journal`); it is read as the singular.";
    UnresolvedType = "unresolved-type", Warning,
        "A type name is not defined by any page; the generated code carries it as raw JSON.";
    UnresolvedBaseType = "unresolved-base-type", Info,
        "A base type is not defined by any page; the derived type keeps the properties its own pages list.";
    NoExampleType = "example-type-unknown", Info,
        "An example's body type cannot be told from its annotation, its `@odata.type` or its endpoint; it is not round-tripped.";
    PlaceholderValue = "placeholder-value", Error,
        "An example value is a type name (\"Boolean\", \"Int32\") where a value of that type is required; deserialization fails.";
    TypeNameAsValue = "type-name-as-value", Warning,
        "An example value is a type name (\"String\") where any string is accepted; it round-trips but documents nothing.";
    WrongJsonKind = "wrong-json-kind", Error,
        "An example value has the wrong JSON kind for its property (a string for a number, an object for a string …).";
    InvalidScalar = "invalid-scalar", Error,
        "An example number does not fit its type (an integer outside Int32, a value a Double cannot hold exactly); deserialization fails or changes it.";
    MalformedScalar = "malformed-scalar", Warning,
        "An example value is not a well-formed DateTimeOffset, Date, TimeOfDay, Duration, Guid or Binary; the generated types keep the text as written (and `is_valid()` says no).";
    OdataTypeMismatch = "odata-type-mismatch", Warning,
        "An example's `@odata.type` is neither the expected type nor derived from it (or names no known type).";
    SketchUnknownProperty = "sketch-unknown-property", Warning,
        "A resource's JSON representation lists a property its properties and relationships tables do not.";
    SketchTypeMismatch = "sketch-type-mismatch", Warning,
        "A resource's JSON representation shows a property with a value of the wrong kind for its type (\"String\" for a Boolean …).";
    UnknownProperty = "unknown-property", Warning,
        "An example has a property its type does not declare; the generated types keep it in `additional_data`.";
    UnknownEnumMember = "unknown-enum-member", Warning,
        "An example uses an enum value the docs do not list; the generated enum keeps it in its catch-all variant.";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A second place that a diagnostic involves (another page that disagrees, say).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// A mechanical fix: replace the text of `span` with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// One finding about the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub related: Vec<Related>,
    pub help: Option<String>,
    /// What `docgen lint --fix` applies.
    pub fix: Vec<Edit>,
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.default_severity(),
            span,
            message: message.into(),
            related: Vec::new(),
            help: None,
            fix: Vec::new(),
        }
    }

    /// Adds a mechanical fix (several edits make one fix).
    pub fn with_fix(mut self, span: Span, replacement: impl Into<String>) -> Diagnostic {
        self.fix.push(Edit {
            span,
            replacement: replacement.into(),
        });
        self
    }

    pub fn with_related(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.related.push(Related {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = severity;
        self
    }

    /// The form used by `lint --format json` and `schema` (borrowing the diagnostic's text).
    pub fn to_json<'a>(&'a self, sources: &'a Sources) -> DiagnosticJson<'a> {
        let file = sources.get(self.span.file);
        let (line, column) = file.line_col(self.span.start as usize);
        let (end_line, end_column) = file.line_col(self.span.end as usize);
        // the end is at least one column past the start
        let end_column = if (end_line, end_column) == (line, column) {
            end_column + 1
        } else {
            end_column
        };
        DiagnosticJson {
            code: self.code.as_str(),
            severity: self.severity,
            file: &file.name,
            line,
            column,
            end_line,
            end_column,
            message: &self.message,
            related: self
                .related
                .iter()
                .map(|r| {
                    let at = sources.get(r.span.file);
                    let (line, column) = at.line_col(r.span.start as usize);
                    RelatedJson {
                        file: &at.name,
                        line,
                        column,
                        message: &r.message,
                    }
                })
                .collect(),
            help: self.help.as_deref(),
        }
    }
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct RelatedJson<'a> {
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub message: &'a str,
}

/// A diagnostic as JSON: 1-based lines and columns (in characters); the end is exclusive.
#[derive(Clone, Debug, serde::Serialize)]
pub struct DiagnosticJson<'a> {
    pub code: &'static str,
    pub severity: Severity,
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<&'a str>,
}

/// Sorts diagnostics into their canonical order (file, position, code, message) and drops
/// exact duplicates, so that output never depends on thread scheduling.
pub fn normalize(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| {
        (a.span, a.code, &a.message, a.severity).cmp(&(b.span, b.code, &b.message, b.severity))
    });
    diagnostics.dedup();
}

/// Counts by severity: (errors, warnings, infos).
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize, usize) {
    diagnostics
        .iter()
        .fold((0, 0, 0), |(e, w, i), d| match d.severity {
            Severity::Error => (e + 1, w, i),
            Severity::Warning => (e, w + 1, i),
            Severity::Info => (e, w, i + 1),
        })
}

/// Counts by severity and code, most severe first, then by code.
pub fn counts_by_code(
    diagnostics: &[Diagnostic],
) -> std::collections::BTreeMap<(Severity, Code), usize> {
    let mut by_code = std::collections::BTreeMap::new();
    for d in diagnostics {
        *by_code.entry((d.severity, d.code)).or_default() += 1;
    }
    by_code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_are_unique_kebab_case_and_round_trip() {
        let mut seen = std::collections::BTreeSet::new();
        for &code in Code::ALL {
            let name = code.as_str();
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name}"
            );
            assert!(seen.insert(name), "duplicate code {name}");
            assert_eq!(Code::from_name(name), Some(code));
            assert!(!code.explanation().is_empty());
        }
    }
}
