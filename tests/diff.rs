//! `docgen diff`: the API changes between two sets of pages, each breaking, additive or
//! cosmetic for the generated Rust API.

use docgen::diff::{diff, Change, Impact};

fn analyze(paths: &[&str]) -> docgen::Analysis {
    docgen::analyze(&paths.iter().map(Into::into).collect::<Vec<_>>()).unwrap()
}

fn find<'c>(changes: &'c [Change], kind: &str, item: &str) -> &'c Change {
    changes
        .iter()
        .find(|c| c.kind == kind && c.item == item)
        .unwrap_or_else(|| panic!("no {kind} change of {item} in {changes:#?}"))
}

const OLDER: &str = "docs-input/001_c02039f78c687c2d.txt";
const NEWER: &str = "docs-input/000_fcd99e383d4978eb.txt";

#[test]
fn the_older_seed_draft_against_the_newer_one() {
    // 001 is an older draft of 000: `notConfigured` went, `blockChat` came
    let changes = diff(&analyze(&[OLDER]), &analyze(&[NEWER]));
    let gone = find(
        &changes,
        "member",
        "microsoft.graph.remoteAssistanceState.notConfigured",
    );
    assert_eq!(gone.impact, Impact::Breaking);
    let added = find(
        &changes,
        "property",
        "microsoft.graph.remoteAssistanceSettings.blockChat",
    );
    assert_eq!(added.impact, Impact::Additive);
    assert!(added.message.contains("Edm.Boolean"));
    // nothing else changes a signature
    let breaking: Vec<&Change> = changes
        .iter()
        .filter(|c| c.impact == Impact::Breaking)
        .collect();
    assert_eq!(breaking.len(), 1, "{breaking:#?}");
    assert_eq!(docgen::diff::counts(&changes).1, 1);
    // and the other way round
    let back = diff(&analyze(&[NEWER]), &analyze(&[OLDER]));
    assert_eq!(
        find(
            &back,
            "property",
            "microsoft.graph.remoteAssistanceSettings.blockChat"
        )
        .impact,
        Impact::Breaking
    );
    assert_eq!(
        find(
            &back,
            "member",
            "microsoft.graph.remoteAssistanceState.notConfigured"
        )
        .impact,
        Impact::Additive
    );
}

#[test]
fn the_same_pages_have_no_changes() {
    assert_eq!(
        diff(&analyze(&["docs-input"]), &analyze(&["docs-input"])),
        vec![]
    );
}

#[test]
fn edited_pages_retyped_removed_and_added() {
    let tmp = tempfile::tempdir().unwrap();
    let edited = tmp.path().join("edited");
    std::fs::create_dir(&edited).unwrap();
    for entry in std::fs::read_dir("docs-input").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // an endpoint goes with its page
        if name == "intune-mam-managedapppolicy-list.md" {
            continue;
        }
        let mut text = std::fs::read_to_string(&path).unwrap();
        // a property retyped, an enum member added, a description reworded
        text = text.replace("|maximumPinRetries|Int32|", "|maximumPinRetries|Int64|");
        text = text.replace(
            "|managedBrowser|2|Intune Managed Browser|",
            "|managedBrowser|2|Intune Managed Browser|\n|edgeForBusiness|4|Microsoft Edge for Business|",
        );
        text = text.replace(
            "|applicationVersion|String|App version|",
            "|applicationVersion|String|The app's version.|",
        );
        std::fs::write(edited.join(name), text).unwrap();
    }
    let changes = diff(
        &analyze(&["docs-input"]),
        &analyze(&[edited.to_str().unwrap()]),
    );
    let retyped = find(
        &changes,
        "property",
        "microsoft.graph.managedAppProtection.maximumPinRetries",
    );
    assert_eq!(retyped.impact, Impact::Breaking);
    assert_eq!(retyped.message, "type `Edm.Int32` → `Edm.Int64`");
    // inherited: the derived types' structs change too
    find(
        &changes,
        "property",
        "microsoft.graph.iosManagedAppProtection.maximumPinRetries",
    );
    assert_eq!(
        find(
            &changes,
            "endpoint",
            "GET /deviceAppManagement/managedAppPolicies"
        )
        .impact,
        Impact::Breaking
    );
    assert_eq!(
        find(
            &changes,
            "member",
            "microsoft.graph.managedBrowserType.edgeForBusiness"
        )
        .impact,
        Impact::Additive
    );
    assert_eq!(
        find(
            &changes,
            "property",
            "microsoft.graph.managedAppRegistration.applicationVersion"
        )
        .impact,
        Impact::Cosmetic
    );
}
