//! v1.0 and beta are two APIs: one model per version, the version part of every identity.

use std::path::Path;

use docgen::Analysis;

/// The clean widget pages under `v1.0/` and `beta/`; the beta resource page gains a property.
fn two_versions(root: &Path) {
    for version in ["v1.0", "beta"] {
        for kind in ["api", "resources"] {
            let to = root.join(version).join(kind);
            std::fs::create_dir_all(&to).unwrap();
            for entry in std::fs::read_dir(Path::new("tests/lint/clean").join(kind)).unwrap() {
                let from = entry.unwrap().path();
                let mut text = std::fs::read_to_string(&from).unwrap();
                if version == "beta" && from.ends_with("widget.md") {
                    text = text.replace(
                        "|size|Int32|The size.|\n",
                        "|size|Int32|The size.|\n|color|String|The colour (beta only).|\n",
                    );
                }
                std::fs::write(to.join(from.file_name().unwrap()), text).unwrap();
            }
        }
    }
}

fn property_names(a: &Analysis, version: &str) -> Vec<String> {
    let api = a.api(Some(version)).expect("the version has a model");
    let widget = api
        .model
        .types
        .iter()
        .find(|t| t.name.name == "widget")
        .expect("widget is a type");
    widget.properties.iter().map(|p| p.name.clone()).collect()
}

#[test]
fn each_version_is_its_own_model() {
    let tmp = tempfile::tempdir().unwrap();
    two_versions(tmp.path());
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    let versions: Vec<_> = a.apis.iter().map(|x| x.version.as_deref()).collect();
    assert_eq!(versions, [Some("beta"), Some("v1.0")]);
    assert!(property_names(&a, "beta").contains(&"color".to_string()));
    assert!(!property_names(&a, "v1.0").contains(&"color".to_string()));
    // pages of different versions are never compared: no diagnostic links a v1.0 page to
    // a beta page
    let version = |span| {
        let file = a.sources.location(span).file;
        ["v1.0", "beta"].into_iter().find(|v| file.contains(v))
    };
    let mut related = 0;
    for d in &a.diagnostics {
        for r in &d.related {
            related += 1;
            assert_eq!(version(d.span), version(r.span), "{}", d.message);
        }
    }
    assert!(related > 0, "the beta page differs within beta");
    assert!(a
        .diagnostics
        .iter()
        .all(|d| d.code.as_str() != "property-set-mismatch"));
    // every endpoint and example exists once per version
    for api in &a.apis {
        assert_eq!(api.model.endpoints.len(), 1);
    }
}

#[test]
fn generating_needs_one_version() {
    let tmp = tempfile::tempdir().unwrap();
    two_versions(&tmp.path().join("pages"));
    let several = docgen::Builder::new()
        .input(tmp.path().join("pages"))
        .cargo_metadata(false)
        .generate_into(tmp.path().join("out"));
    let message = several.err().expect("two versions are refused").to_string();
    assert!(message.contains("beta, v1.0"), "{message}");
    let chosen = docgen::Builder::new()
        .input(tmp.path().join("pages"))
        .cargo_metadata(false)
        .api_version("beta")
        .generate_into(tmp.path().join("out"))
        .expect("one version generates");
    let models = std::fs::read_to_string(chosen.out.join("models.rs")).unwrap();
    assert!(models.contains("\"color\""), "the beta model is generated");
}

#[test]
fn pages_without_a_folder_take_the_version_of_their_urls() {
    // docs-input holds no version folders; its examples call graph.microsoft.com/beta
    let a = docgen::analyze(&["docs-input".into()]).unwrap();
    let versions: Vec<_> = a.apis.iter().map(|x| x.version.as_deref()).collect();
    assert_eq!(versions, [Some("beta")]);
    assert_eq!(a.pages.len(), 17);
}
