//! Generator options: the areas to generate, types left out, names of one's own, extra
//! derives (`docgen::Builder`, or `[generate]` in `docgen.toml` for the CLI).

use std::path::Path;

fn generate(builder: docgen::Builder) -> (tempfile::TempDir, docgen::Report) {
    let tmp = tempfile::tempdir().unwrap();
    let report = builder
        .input("docs-input")
        .write_crate(tmp.path().join("out"), Some("options"))
        .expect("generation succeeds");
    (tmp, report)
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join("out").join(file)).unwrap()
}

#[test]
fn only_the_chosen_area_and_what_it_needs_is_generated() {
    let (tmp, report) = generate(docgen::Builder::new().area("intune-mam"));
    // one area left: no features, one models file
    let models = read(tmp.path(), "src/models.rs");
    let endpoints = read(tmp.path(), "src/endpoints.rs");
    assert!(models.contains("pub enum AnyManagedAppPolicy "));
    assert!(models.contains("pub enum ManagedBrowserType "));
    assert!(!models.contains("RemoteAssistance"), "{models}");
    assert!(endpoints.contains("pub struct ListManagedAppPolicies "));
    assert!(!endpoints.contains("RemoteAssistance"));
    // one area left: no area features, only the client's
    let manifest = read(tmp.path(), "Cargo.toml");
    assert!(!manifest.contains("full = "), "{manifest}");
    assert!(manifest.contains("\nclient = "), "{manifest}");
    // the examples of the other areas' endpoints are gone with them
    let model = report.analysis.model();
    assert_eq!(model.endpoints.len(), 2);
    assert!(model.examples.iter().all(|e| report
        .analysis
        .sources
        .location(e.source)
        .file
        .contains("intune-mam")));
}

#[test]
fn skipped_types_become_raw_json_and_renames_and_derives_apply() {
    let (tmp, report) = generate(
        docgen::Builder::new()
            .skip("managedBrowserType")
            .skip("microsoft.graph.managedAppProtection")
            .rename("remoteAssistancePartner", "Partner")
            .struct_derive("Eq")
            .enum_derive("Copy"),
    );
    let mam = read(tmp.path(), "src/models/intune_mam.rs");
    let common = read(tmp.path(), "src/models/common.rs");
    assert!(!mam.contains("pub enum ManagedBrowserType "));
    assert!(mam.contains("pub managed_browser: rt::Property<serde_json::Value>"));
    assert!(!mam.contains("pub struct ManagedAppProtection "));
    // its subtypes stay, with the properties they inherit from it
    assert!(mam.contains("pub struct TargetedManagedAppProtection "));
    assert!(mam.contains("pub maximum_pin_retries: rt::Property<i32>"));
    let any = &mam[mam.find("pub enum AnyManagedAppPolicy ").unwrap()..];
    let any = &any[..any.find('}').unwrap()];
    assert!(!any.contains("\n    ManagedAppProtection("), "{any}");
    assert!(any.contains("TargetedManagedAppProtection("), "{any}");
    assert!(common.contains("pub struct Partner "));
    assert!(!common.contains("pub struct RemoteAssistancePartner "));
    assert!(common.contains("#[derive(Clone, Debug, Default, PartialEq, Serialize, Eq)]"));
    assert!(common.contains("#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Copy)]"));
    // the check follows: a skipped type holds any JSON, so no example fails on it
    let model = report.analysis.model();
    assert!(model.skipped.iter().any(|n| n.name == "managedBrowserType"));
}

#[test]
fn option_text_never_becomes_code() {
    let err = |b: docgen::Builder| {
        b.input("docs-input")
            .write_crate(tempfile::tempdir().unwrap().path().join("out"), None)
            .err()
            .expect("refused")
            .to_string()
    };
    let e = err(docgen::Builder::new().struct_derive("Eq)] pub struct Evil; #[derive(Eq"));
    assert!(e.contains("is not a derive path"), "{e}");
    let e = err(docgen::Builder::new().rename("remoteAssistancePartner", "r#x y"));
    assert!(e.contains("not a Rust identifier"), "{e}");
    let e = err(docgen::Builder::new().area("nowhere"));
    assert!(
        e.contains("no area `nowhere`") && e.contains("intune-mam"),
        "{e}"
    );
}

#[test]
fn open_types_say_so_in_their_docs() {
    let tmp = tempfile::tempdir().unwrap();
    let page = "---\ntitle: \"widget resource type\"\ndoc_type: resourcePageType\n---\n\n\
# widget resource type\n\nNamespace: microsoft.graph\n\nA widget.\n\n## Properties\n\n\
|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The identifier.|\n\n\
## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"openType\": true,\n  \
\"@odata.type\": \"microsoft.graph.widget\"\n}\n-->\n```json\n{\n  \"id\": \"String\"\n}\n```\n";
    std::fs::write(tmp.path().join("widget.md"), page).unwrap();
    let report = docgen::Builder::new()
        .input(tmp.path())
        .cargo_metadata(false)
        .generate_into(tmp.path().join("out"))
        .unwrap();
    let models = std::fs::read_to_string(report.out.join("models.rs")).unwrap();
    assert!(
        models.contains("/// An open type: an object may carry properties the docs do not list"),
        "{models}"
    );
}

#[test]
fn the_service_metadata_marks_flags_enums_the_docs_do_not() {
    let tmp = tempfile::tempdir().unwrap();
    let csdl = tmp.path().join("metadata.xml");
    std::fs::write(
        &csdl,
        r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="remoteAssistanceState" IsFlags="true">
        <Member Name="disabled" Value="1"/><Member Name="enabled" Value="2"/>
      </EnumType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#,
    )
    .unwrap();
    let (out, report) = generate(docgen::Builder::new().metadata(&csdl));
    let common = read(out.path(), "src/models/common.rs");
    assert!(
        common.contains(
            "pub remote_assistance_state: rt::Property<rt::Flags<RemoteAssistanceState>>"
        ),
        "{common}"
    );
    let model = report.analysis.model();
    let state = model
        .enums
        .iter()
        .find(|e| e.name.name == "remoteAssistanceState")
        .unwrap();
    assert!(state.flags);
    // a file that is not CSDL is refused
    std::fs::write(&csdl, "not xml").unwrap();
    let err = docgen::Builder::new()
        .input("docs-input")
        .metadata(&csdl)
        .write_crate(tmp.path().join("never"), None)
        .err()
        .expect("refused")
        .to_string();
    assert!(err.contains("cannot use metadata"), "{err}");
    assert!(!tmp.path().join("never").exists());
}

#[test]
fn the_time_crate_can_replace_chrono() {
    let (tmp, _) = generate(docgen::Builder::new().dates(docgen::options::Dates::Time));
    let manifest = read(tmp.path(), "Cargo.toml");
    assert!(manifest.contains("\ntime = "), "{manifest}");
    assert!(!manifest.contains("chrono"), "{manifest}");
    let runtime = read(tmp.path(), "src/runtime.rs");
    assert!(runtime.contains("pub fn to_time(&self) -> Result<time::OffsetDateTime, ScalarError>"));
    assert!(!runtime.contains("chrono"));
    // the default is chrono
    let (tmp, _) = generate(docgen::Builder::new());
    assert!(read(tmp.path(), "Cargo.toml").contains("\nchrono = "));
    assert!(read(tmp.path(), "src/runtime.rs").contains("pub fn to_chrono"));
}

#[test]
fn the_check_and_the_lint_see_the_model_the_options_leave() {
    // docs-input's two placeholder-value errors are in remoteAssistanceSettings bodies; with
    // that type left out its bodies are not checked, so the errors are not reported either
    let errors = |b: docgen::Builder| {
        let (_, report) = generate(b);
        report
            .analysis
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "placeholder-value")
            .count()
    };
    assert_eq!(errors(docgen::Builder::new()), 2);
    assert_eq!(
        errors(docgen::Builder::new().skip("remoteAssistanceSettings")),
        0
    );
}
