//! `docgen lint docs-input`: the defects the seed pages really have, each at its file and line.

use docgen::{Analysis, Severity};

fn seeds() -> Analysis {
    docgen::analyze(&["docs-input".into()]).expect("docs-input is readable")
}

/// (code, file prefix, line, severity) of every diagnostic.
fn found(a: &Analysis) -> Vec<(&'static str, String, usize, Severity, String)> {
    a.diagnostics
        .iter()
        .map(|d| {
            let at = a.sources.location(d.span);
            let file = at.file.rsplit('/').next().unwrap()[..3].to_string();
            (
                d.code.as_str(),
                file,
                at.line,
                d.severity,
                d.message.clone(),
            )
        })
        .collect()
}

fn has(a: &Analysis, code: &str, file: &str, line: usize, text: &str) -> bool {
    found(a)
        .iter()
        .any(|(c, f, l, _, m)| *c == code && f == file && *l == line && m.contains(text))
}

#[track_caller]
fn expect(a: &Analysis, code: &str, file: &str, line: usize, text: &str) {
    assert!(
        has(a, code, file, line, text),
        "no `{code}` at {file}:{line} mentioning {text:?}; found:\n{:#?}",
        found(a)
    );
}

#[test]
fn todo_placeholders_in_001() {
    let a = seeds();
    expect(&a, "todo-placeholder", "001", 4, "author");
    expect(&a, "todo-placeholder", "001", 6, "ms.prod");
    for line in [22, 23, 24] {
        expect(&a, "todo-placeholder", "001", line, "permissions");
    }
    expect(&a, "todo-placeholder", "001", 49, "`id`");
}

#[test]
fn extra_enum_member_in_001_against_002() {
    let a = seeds();
    expect(&a, "enum-member-conflict", "001", 51, "`notConfigured`");
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.message.contains("`notConfigured`"))
        .unwrap();
    let other = a.sources.location(d.related[0].span);
    assert!(other.file.contains("002_") && other.line == 31, "{other}");
}

#[test]
fn block_chat_missing_from_001_against_002() {
    let a = seeds();
    expect(&a, "property-subset", "001", 47, "`blockChat`");
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.message.contains("`blockChat`"))
        .unwrap();
    let other = a.sources.location(d.related[0].span);
    assert!(other.file.contains("002_") && other.line == 33, "{other}");
}

#[test]
fn placeholder_example_values_in_001() {
    let a = seeds();
    for line in [74, 94] {
        expect(&a, "placeholder-value", "001", line, "\"Boolean\"");
    }
    // "String" for an enum: carried by the catch-all, so a warning only
    for line in [75, 95] {
        expect(&a, "type-name-as-value", "001", line, "\"String\"");
    }
    let errors: Vec<_> = found(&a)
        .into_iter()
        .filter(|d| d.3 == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn repeated_possible_values_sentences() {
    let a = seeds();
    expect(
        &a,
        "duplicate-possible-values",
        "000",
        37,
        "remoteAssistanceState",
    );
    expect(
        &a,
        "duplicate-possible-values",
        "001",
        51,
        "remoteAssistanceState",
    );
    expect(
        &a,
        "duplicate-possible-values",
        "002",
        31,
        "remoteAssistanceState",
    );
}

#[test]
fn braces_of_the_rendered_page_are_reported_as_recovered() {
    let a = seeds();
    expect(&a, "json-recovered", "000", 52, "braces");
    expect(&a, "json-recovered", "000", 64, "braces");
}

#[test]
fn every_example_error_is_an_expected_round_trip_failure() {
    let a = seeds();
    for ex in &a.model().examples {
        let span = ex.source;
        let has_error = a.diagnostics.iter().any(|d| {
            d.severity == Severity::Error
                && d.span.file == span.file
                && d.span.start >= span.start
                && d.span.end <= span.end
        });
        let fails = matches!(ex.expectation, docgen::model::Expectation::Fails(_));
        assert_eq!(has_error, fails, "{}", a.sources.location(span));
    }
}

#[test]
fn each_member_of_a_flags_enum_value_is_checked() {
    // docs-input's list page sets `managedBrowser` (a flags enum) to two documented members:
    // no finding; one member the docs do not list is reported alone
    let a = seeds();
    assert!(!found(&a)
        .iter()
        .any(|(c, f, ..)| *c == "unknown-enum-member" && f == "int"));
    let tmp = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("docs-input").unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        text = text.replace(
            "\"microsoftEdge,managedBrowser\"",
            "\"microsoftEdge, chrome\"",
        );
        std::fs::write(tmp.path().join(path.file_name().unwrap()), text).unwrap();
    }
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    let unknown: Vec<String> = a
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "unknown-enum-member")
        .map(|d| d.message.clone())
        .collect();
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert!(unknown[0].starts_with("`chrome` is not a documented member of `managedBrowserType`"));
}
