//! Areas: the parts of the API a user can pick, each a cargo feature of a generated crate.

use docgen::model::area::Areas;
use docgen::model::QualifiedName;

fn graph(name: &str) -> QualifiedName {
    QualifiedName::new("microsoft.graph", name)
}

#[test]
fn docs_input_areas_and_the_items_they_share() {
    let a = docgen::analyze(&["docs-input".into()]).unwrap();
    let m = a.model();
    let areas = Areas::of(m);
    let names: Vec<&str> = areas.names.iter().map(String::as_str).collect();
    // the rendered page has no front matter; the Intune pages say `ms.prod: intune` (or
    // `ms.subservice`); the action page is named `intune-remoteassistance-…`
    assert_eq!(names, ["general", "intune", "intune-remoteassistance"]);
    // the rendered page's endpoint (area `general`) sends remoteAssistanceSettings, an
    // `intune` type: several areas use it, so it is common, and so is what it refers to
    assert!(areas.common.contains(&graph("remoteAssistanceSettings")));
    assert!(areas.common.contains(&graph("remoteAssistanceState")));
    assert_eq!(areas.feature_of(m, &graph("remoteAssistanceSettings")), None);
    // only intune pages use remoteAssistancePartner
    assert!(!areas.common.contains(&graph("remoteAssistancePartner")));
    assert_eq!(
        areas.feature_of(m, &graph("remoteAssistancePartner")),
        Some("intune")
    );
    assert_eq!(
        areas.feature_of(m, &graph("requestSessionRequestBody")),
        Some("intune-remoteassistance")
    );
}

/// The gate line just before `item` in `text`, if any.
fn gate_before<'t>(text: &'t str, item: &str) -> Option<&'t str> {
    let at = text.find(item).expect("the item is there");
    let before = &text[..at];
    let previous_item = before.rfind("\n}").unwrap_or(0);
    before[previous_item..]
        .lines()
        .find(|l| l.starts_with("#[cfg("))
}

#[test]
fn the_generated_crate_has_a_feature_per_area_and_gates_its_items() {
    let manifest = std::fs::read_to_string("generated/Cargo.toml").unwrap();
    for line in [
        "default = [\"full\"]",
        "full = [\"general\", \"intune\", \"intune-remoteassistance\"]",
        "intune-remoteassistance = []",
    ] {
        assert!(manifest.contains(line), "{line} missing from\n{manifest}");
    }
    let models = std::fs::read_to_string("generated/src/models.rs").unwrap();
    assert_eq!(gate_before(&models, "pub struct RemoteAssistanceSettings"), None);
    assert_eq!(
        gate_before(&models, "pub struct RemoteAssistancePartner"),
        Some("#[cfg(feature = \"intune\")]")
    );
    let endpoints = std::fs::read_to_string("generated/src/endpoints.rs").unwrap();
    assert_eq!(
        gate_before(&endpoints, "pub struct RemoteAssistancePartnerRequestSession"),
        Some("#[cfg(feature = \"intune-remoteassistance\")]")
    );
}
