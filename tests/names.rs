//! Names that need care (`tests/pages/names/`): Rust keywords, names that differ only in case
//! or collide once made Rust names, names of std's types and of traits the generated code
//! uses, enum members such as `0 - Not Ready`. Each gets a compiling, readable name, the
//! original kept in the serde rename. CI compiles this crate and round-trips its example
//! (`.ci/run`); here, the names themselves.

fn models() -> String {
    let tmp = tempfile::tempdir().unwrap();
    let report = docgen::Builder::new()
        .input("tests/pages/names")
        .cargo_metadata(false)
        .generate_into(tmp.path())
        .unwrap();
    assert_eq!(report.analysis.diagnostics.len(), 0, "the pages are clean");
    std::fs::read_to_string(tmp.path().join("models.rs")).unwrap()
}

#[track_caller]
fn has(models: &str, what: &str) {
    assert!(models.contains(what), "no `{what}` in\n{models}");
}

#[test]
fn awkward_names_become_distinct_rust_names_with_the_original_kept() {
    let m = models();
    // type names: a keyword, std's Option and Result, the From trait, a collision
    has(&m, "pub struct Type {");
    has(&m, "pub struct OptionType {");
    has(&m, "pub struct ResultType {");
    has(&m, "pub struct FromType {");
    has(&m, "pub struct RemoteAssistance {");
    has(&m, "pub struct RemoteAssistance2 {");
    // property names: keywords, case-only differences, a digit first, the names the
    // generated fields themselves take
    for (wire, field) in [
        ("type", "type_"),
        ("self", "self_"),
        ("Self", "self_2"),
        ("2fa", "_2fa"),
        ("displayName", "display_name"),
        ("DisplayName", "display_name2"),
        ("odata_type", "odata_type2"),
        ("additional_data", "additional_data2"),
    ] {
        let rename = format!("rename = \"{wire}\"");
        let at = m.find(&rename).unwrap_or_else(|| panic!("no {rename}"));
        let next_field = &m[at..m[at..].find(": rt::Property").unwrap() + at];
        assert!(
            next_field.ends_with(&format!("pub {field}")),
            "{wire} → {next_field}"
        );
    }
    // enum members: digits and spaces, case-only differences, the catch-all's name
    for (wire, variant) in [
        ("0 - Not Ready", "V0NotReady"),
        ("1 - Ready", "V1Ready"),
        ("ready", "Ready"),
        ("Ready", "Ready2"),
        ("Undocumented", "Undocumented2"),
        ("self", "Self_"),
    ] {
        has(&m, &format!("\"{wire}\" => Self::{variant},"));
    }
    // recursion is boxed; the type derived from Option is a variant of its Any… enum
    has(&m, "pub next: rt::Property<Box<Type>>");
    has(&m, "pub option: rt::Property<AnyOptionType>");
    has(&m, "FromType(Box<FromType>)");
}

#[test]
fn answers_per_status_and_quoted_arguments_take_their_own_code() {
    let tmp = tempfile::tempdir().unwrap();
    docgen::Builder::new()
        .input("tests/pages/names")
        .cargo_metadata(false)
        .generate_into(tmp.path())
        .unwrap();
    let e = std::fs::read_to_string(tmp.path().join("endpoints.rs")).unwrap();
    // `204` stated, `200` shown with the updated type: one variant each, picked by status
    has(&e, "type Response = UpdateTypeResponse;");
    has(&e, "Ok(models::Type),");
    has(&e, "NoContent,\n}");
    has(
        &e,
        "200 => Ok(UpdateTypeResponse::Ok(rt::read_json(body)?)),",
    );
    has(&e, "204 => Ok(UpdateTypeResponse::NoContent),");
    // one status only: the body type itself
    has(&e, "type Response = rt::Collection<models::Type>;");
    // `search(q='{search-text}')`: the value between the quotes, a quote in it doubled
    has(&e, "rt::encode_function_string(&self.search_text)");
}
