//! Every generated enum documents Graph's evolvable-enum convention: members after the
//! sentinel `unknownFutureValue` are sent only to requests with
//! `Prefer: include-unknown-enum-members`.

fn enum_page(members: &[&str]) -> String {
    let rows: String = members
        .iter()
        .enumerate()
        .map(|(i, m)| format!("| {m} | {i} | The {m} state. |\n"))
        .collect();
    format!(
        "---\ntitle: \"lightState enum type\"\ndoc_type: enumPageType\n---\n\n# lightState enum type\n\n\
Namespace: microsoft.graph\n\n## Members\n\n| Member | Value | Description |\n|:---|:---|:---|\n{rows}"
    )
}

fn generated_docs(members: &[&str]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("pages")).unwrap();
    std::fs::write(tmp.path().join("pages/lightstate.md"), enum_page(members)).unwrap();
    let out = docgen::Builder::new()
        .input(tmp.path().join("pages"))
        .cargo_metadata(false)
        .generate_into(tmp.path().join("out"))
        .unwrap();
    let models = std::fs::read_to_string(out.out.join("models.rs")).unwrap();
    let end = models.find("pub enum LightState").unwrap();
    models[..end].to_string()
}

#[test]
fn members_after_the_sentinel_are_named_with_the_header_that_asks_for_them() {
    let docs = generated_docs(&["off", "on", "unknownFutureValue", "dimmed", "blinking"]);
    assert!(
        docs.contains("Members after `unknownFutureValue` (`dimmed`, `blinking`) are sent only when the request has the header `Prefer: include-unknown-enum-members`"),
        "{docs}"
    );
    // the sentinel last, or no sentinel: the convention, without a list
    let docs = generated_docs(&["off", "on", "unknownFutureValue"]);
    assert!(docs.contains("`unknownFutureValue` is Graph's evolvable-enum sentinel"));
    assert!(docs.contains("`Prefer: include-unknown-enum-members`"));
    let docs = generated_docs(&["off", "on"]);
    assert!(docs.contains("`Prefer: include-unknown-enum-members`"));
    assert!(!docs.contains("Members after"));
}
