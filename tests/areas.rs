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
    assert_eq!(
        names,
        ["general", "intune", "intune-mam", "intune-remoteassistance"]
    );
    // the rendered page's endpoint (area `general`) sends remoteAssistanceSettings, an
    // `intune` type: several areas use it, so it is common, and so is what it refers to
    // (compiled when an area that uses it is: here the rendered page's)
    for shared in ["remoteAssistanceSettings", "remoteAssistanceState"] {
        let users: Vec<&str> = areas.common[&graph(shared)]
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(users, ["general"], "{shared}");
    }
    assert_eq!(
        areas.feature_of(m, &graph("remoteAssistanceSettings")),
        None
    );
    // the Intune resource page and the get page (area `intune-remoteassistance`) use
    // remoteAssistancePartner: it is common to the two
    let users: Vec<&str> = areas.common[&graph("remoteAssistancePartner")]
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(users, ["intune", "intune-remoteassistance"]);
    assert_eq!(areas.feature_of(m, &graph("remoteAssistancePartner")), None);
    // only intune pages use requestRemoteHelpSessionAccessResponse
    assert!(!areas
        .common
        .contains_key(&graph("requestRemoteHelpSessionAccessResponse")));
    assert_eq!(
        areas.feature_of(m, &graph("requestRemoteHelpSessionAccessResponse")),
        Some("intune")
    );
    assert_eq!(
        areas.feature_of(
            m,
            &graph("remoteAssistancePartnersRequestSessionRequestBody")
        ),
        Some("intune-remoteassistance")
    );
    // a relationship does not share its target: remoteAssistanceSession (area
    // intune-remoteassistance) points to remoteAssistanceSettings, which stays `general`'s
    assert_eq!(
        areas.feature_of(m, &graph("remoteAssistanceSession")),
        Some("intune-remoteassistance")
    );
    let users: Vec<&str> = areas.common[&graph("remoteAssistanceSettings")]
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(users, ["general"]);
}

#[test]
fn relationships_into_an_area_not_compiled_fall_back_to_raw_json() {
    let models =
        std::fs::read_to_string("generated/src/models/intune_remoteassistance.rs").unwrap();
    let at = models
        .find("pub settings: rt::Property<Box<RemoteAssistanceSettings>>")
        .unwrap();
    let gate = models[..at].rfind("#[cfg(").unwrap();
    assert!(models[gate..].starts_with("#[cfg(feature = \"general\")]"));
    let at = models
        .find("pub settings: rt::Property<serde_json::Value>")
        .unwrap();
    let gate = models[..at].rfind("#[cfg(").unwrap();
    assert!(models[gate..].starts_with("#[cfg(not(feature = \"general\"))]"));
    // a target compiled whenever the session is: no condition between the field before
    // and this one
    let at = models
        .find("pub previous_partners: rt::Property<Vec<RemoteAssistancePartner>>")
        .unwrap();
    let since_last_field = &models[models[..at].rfind("pub ").unwrap()..at];
    assert!(!since_last_field.contains("#[cfg("), "{since_last_field}");
}

#[test]
fn the_generated_crate_has_a_module_and_a_feature_per_area() {
    let manifest = std::fs::read_to_string("generated/Cargo.toml").unwrap();
    for line in [
        "default = [\"full\"]",
        "full = [\"general\", \"intune\", \"intune-mam\", \"intune-remoteassistance\"]",
        "intune-remoteassistance = []",
    ] {
        assert!(manifest.contains(line), "{line} missing from\n{manifest}");
    }
    let read = |f: &str| std::fs::read_to_string(format!("generated/{f}")).unwrap();
    // shared items are always compiled; an area's items only with its feature
    let common = read("src/models/common.rs");
    let at = common.find("pub struct RemoteAssistanceSettings ").unwrap();
    let gate = common[..at].rfind("#[cfg(").unwrap();
    assert!(common[gate..].starts_with("#[cfg(feature = \"general\")]"));
    assert!(
        read("src/models/intune.rs").contains("pub struct RequestRemoteHelpSessionAccessResponse ")
    );
    let at = common.find("pub struct RemoteAssistancePartner ").unwrap();
    let gate = common[..at].rfind("#[cfg(").unwrap();
    assert!(common[gate..]
        .starts_with("#[cfg(any(feature = \"intune\", feature = \"intune-remoteassistance\"))]"));
    let index = read("src/models/mod.rs");
    assert!(
        index.contains("mod common;\n#[allow(unused_imports)]\npub use common::*;"),
        "{index}"
    );
    assert!(
        index.contains("#[cfg(feature = \"intune\")]\nmod intune;\n#[cfg(feature = \"intune\")]\n#[allow(unused_imports)]\npub use intune::*;"),
        "{index}"
    );
    let endpoints = read("src/endpoints/mod.rs");
    assert!(
        endpoints.contains(
            "#[cfg(feature = \"intune-remoteassistance\")]\nmod intune_remoteassistance;"
        ),
        "{endpoints}"
    );
    assert!(read("src/endpoints/intune_remoteassistance.rs")
        .contains("pub struct RemoteAssistancePartnerRequestSession "));
    let tests = read("tests/examples/main.rs");
    assert!(
        tests.contains("#[cfg(feature = \"general\")]\nmod general;"),
        "{tests}"
    );
}

/// A resource page of `area` (its `ms.prod`), with extra table rows and sections.
fn resource(name: &str, area: &str, intro: &str, rows: &str, relationships: &str) -> String {
    format!(
        "---\ntitle: \"{name} resource type\"\nms.prod: \"{area}\"\ndoc_type: resourcePageType\n---\n\n\
# {name} resource type\n\nNamespace: microsoft.graph\n\n{intro}\n\n## Properties\n\n\
|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The identifier.|\n{rows}\n{relationships}\
## JSON representation\n\n```json\n{{\n  \"id\": \"String\"\n}}\n```\n"
    )
}

/// Pages of two areas: widget (alpha) is the base of fancyWidget (bravo) and the type of a
/// gadget property (alpha), so common to both; gadget's relationship `owner` is a
/// fancyWidget. Written in `dir/pages`, returned.
fn widget_pages(dir: &std::path::Path) -> std::path::PathBuf {
    let pages = dir.join("pages");
    std::fs::create_dir(&pages).unwrap();
    let files = [
        (
            "widget.md",
            resource("widget", "alpha", "A widget.", "", ""),
        ),
        (
            "fancywidget.md",
            resource(
                "fancyWidget",
                "bravo",
                "A fancy widget. Inherits from [widget](widget.md).",
                "|sparkle|String|How much.|\n",
                "",
            ),
        ),
        (
            "gadget.md",
            resource(
                "gadget",
                "alpha",
                "A gadget.",
                "|spare|[widget](widget.md)|A spare widget.|\n",
                "## Relationships\n\n|Relationship|Type|Description|\n|:---|:---|:---|\n\
|owner|[fancyWidget](fancywidget.md)|Its owner.|\n\n",
            ),
        ),
    ];
    for (name, text) in files {
        std::fs::write(pages.join(name), text).unwrap();
    }
    pages
}

#[test]
fn a_relationship_into_a_disabled_area_falls_back_to_the_nearest_compiled_base_type() {
    let tmp = tempfile::tempdir().unwrap();
    let pages = widget_pages(tmp.path());
    let out = tmp.path().join("out");
    docgen::Builder::new()
        .input(&pages)
        .write_crate(&out, Some("fallback"))
        .unwrap();
    let models = std::fs::read_to_string(out.join("src/models/alpha.rs")).unwrap();
    let field = |ty: &str| {
        let at = models
            .find(&format!("pub owner: rt::Property<{ty}>"))
            .unwrap_or_else(|| panic!("no owner field of {ty} in\n{models}"));
        let gate = models[..at].rfind("#[cfg(").unwrap();
        models[gate..].lines().next().unwrap().to_string()
    };
    assert_eq!(field("Box<FancyWidget>"), "#[cfg(feature = \"bravo\")]");
    // widget has a derived type: the fallback is its `Any…` enum, which boxes its variants
    assert_eq!(field("AnyWidget"), "#[cfg(not(feature = \"bravo\"))]");
    assert!(
        models.contains("pub spare: rt::Property<AnyWidget>"),
        "{models}"
    );
    // and the derived type of another area is a variant only when that area is compiled:
    // without it, a fancyWidget is read as a widget (its own properties kept aside)
    let common = std::fs::read_to_string(out.join("src/models/common.rs")).unwrap();
    let any = &common[common.find("pub enum AnyWidget").unwrap()..];
    let variant = any.find("FancyWidget(Box<FancyWidget>)").unwrap();
    let gate = any[..variant].rfind("#[cfg(").unwrap();
    assert!(
        any[gate..].starts_with("#[cfg(feature = \"bravo\")]"),
        "{any}"
    );
    let read = any.find("Some(\"microsoft.graph.fancyWidget\")").unwrap();
    let gate = any[..read].rfind("#[cfg(").unwrap();
    assert!(
        any[gate..].starts_with("#[cfg(feature = \"bravo\")]"),
        "{any}"
    );
    assert!(!models.contains("pub owner: rt::Property<serde_json::Value>"));
}

#[test]
fn a_crate_per_area_holds_its_own_items_and_reads_other_areas_types_as_their_base() {
    let tmp = tempfile::tempdir().unwrap();
    let pages = widget_pages(tmp.path());
    let out = write_workspace(&pages, &tmp.path().join("out"));
    let read =
        |f: &str| std::fs::read_to_string(out.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
    // the shared widget is the core crate's; its `Any…` enum has no variant of bravo's type
    let common = read("core/src/models/common.rs");
    assert!(common.contains("pub struct Widget "), "{common}");
    let any = &common[common.find("pub enum AnyWidget").unwrap()..];
    assert!(!any.contains("FancyWidget"), "{any}");
    // alpha's crate: its gadget, whose relationship to bravo's fancyWidget is the base type
    let alpha = read("areas/alpha/src/models/alpha.rs");
    assert!(alpha.contains("pub struct Gadget "), "{alpha}");
    assert!(
        alpha.contains("pub owner: rt::Property<AnyWidget>"),
        "{alpha}"
    );
    assert!(!alpha.contains("FancyWidget"), "{alpha}");
    // bravo's crate: fancyWidget, derived from the core crate's widget
    let bravo = read("areas/bravo/src/models/bravo.rs");
    assert!(bravo.contains("pub struct FancyWidget "), "{bravo}");
    // every area's items are there unconditionally: no cfg in any crate's models
    for code in [&common, &alpha, &bravo] {
        assert!(!code.contains("#[cfg("), "{code}");
    }
    // each area's crate names the core crate, and imports its items into `models`
    assert!(read("areas/alpha/Cargo.toml").contains("split-core = { path = \"../../core\" }"));
    assert!(read("areas/alpha/src/models/mod.rs").contains("pub use split_core::models::*;"));
    // the facade: an optional dependency and a feature per area, and the workspace
    let facade = read("Cargo.toml");
    for line in [
        "split-alpha = { path = \"areas/alpha\", optional = true }",
        "full = [\"alpha\", \"bravo\"]",
        "alpha = [\"dep:split-alpha\"]",
        "client = [\"split-core/client\"]",
        "members = [\"core\", \"areas/*\"]",
    ] {
        assert!(facade.contains(line), "{line} missing from\n{facade}");
    }
    let lib = read("src/lib.rs");
    assert!(
        lib.contains("#[cfg(feature = \"bravo\")]\n    #[allow(unused_imports)]\n    pub use split_bravo::models::*;"),
        "{lib}"
    );
}

#[test]
fn a_crate_per_area_names_an_area_called_core_apart_and_one_area_stays_one_crate() {
    let tmp = tempfile::tempdir().unwrap();
    let pages = tmp.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    std::fs::write(
        pages.join("widget.md"),
        resource("widget", "core", "A widget.", "", ""),
    )
    .unwrap();
    let write = |out: &str| write_workspace(&pages, &tmp.path().join(out));
    // one area: nothing to split
    let one = write("one");
    assert!(one.join("src/models.rs").is_file());
    assert!(!one.join("core").exists());
    // a second area: the area `core` is a crate apart from the core crate
    std::fs::write(
        pages.join("gadget.md"),
        resource("gadget", "alpha", "A gadget.", "", ""),
    )
    .unwrap();
    let two = write("two");
    let manifest = std::fs::read_to_string(two.join("areas/core/Cargo.toml")).unwrap();
    assert!(
        manifest.contains("name = \"split-area-core\""),
        "{manifest}"
    );
    let core = std::fs::read_to_string(two.join("core/Cargo.toml")).unwrap();
    assert!(core.contains("name = \"split-core\""), "{core}");
}

/// `pages` generated with `--crate-per-area` into `out` (crate name `split`), returned.
fn write_workspace(pages: &std::path::Path, out: &std::path::Path) -> std::path::PathBuf {
    docgen::Builder::new()
        .input(pages)
        .options(docgen::Options {
            crate_per_area: true,
            ..Default::default()
        })
        .write_crate(out, Some("split"))
        .unwrap();
    out.to_path_buf()
}
