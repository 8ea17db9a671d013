//! The committed `generated/` crate is exactly what `docgen generate` writes today, and the
//! build.rs mode emits the same items.

use std::collections::BTreeMap;
use std::path::Path;

const REFRESH: &str = "cargo run -p docgen -- generate";

fn read_tree(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel == "target" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn generated_crate_is_fresh() {
    // what `docgen generate --check` does
    let (_, differences) = docgen::Builder::new()
        .input("docs-input")
        .check_crate("generated", None)
        .expect("generation succeeds");
    let shown: Vec<String> = differences.iter().map(ToString::to_string).collect();
    assert!(
        differences.is_empty(),
        "generated/ is stale ({shown:#?}); refresh it with `{REFRESH}`"
    );
}

/// The `pub struct` / `pub enum` items of a generated module, in a file or a folder of files.
fn items(path: &Path) -> std::collections::BTreeSet<String> {
    let texts: Vec<String> = if path.is_dir() {
        read_tree(path).into_values().collect()
    } else {
        vec![std::fs::read_to_string(path).unwrap()]
    };
    texts
        .iter()
        .flat_map(|t| t.lines())
        .filter(|l| l.starts_with("pub struct ") || l.starts_with("pub enum "))
        .map(str::to_string)
        .collect()
}

#[test]
fn build_rs_emits_the_committed_items() {
    // build.rs writes one file per module, every item compiled; the committed crate has a
    // module per area behind features: the same items either way
    let out_dir = Path::new(env!("OUT_DIR"));
    for module in ["models", "endpoints"] {
        let built = items(&out_dir.join(format!("{module}.rs")));
        let committed = items(&Path::new("generated/src").join(module));
        assert!(!built.is_empty());
        assert_eq!(
            built, committed,
            "build.rs's {module} differs from generated/src/{module}; refresh with `{REFRESH}`"
        );
        let text = std::fs::read_to_string(out_dir.join(format!("{module}.rs"))).unwrap();
        assert!(
            !text.contains("#[cfg(feature"),
            "build.rs output has no area features"
        );
    }
    let runtime = |dir: &Path| std::fs::read_to_string(dir.join("runtime.rs")).unwrap();
    assert!(
        runtime(out_dir) == runtime(Path::new("generated/src")),
        "build.rs's runtime.rs differs from generated/src/runtime.rs; refresh with `{REFRESH}`"
    );
}

#[test]
fn build_rs_asks_to_rerun_when_any_input_changes() {
    // cargo keeps a build script's output beside its OUT_DIR
    let output = Path::new(env!("OUT_DIR")).parent().unwrap().join("output");
    let printed = std::fs::read_to_string(&output).expect("build script output is kept");
    let watched: Vec<&str> = printed
        .lines()
        .filter_map(|l| l.strip_prefix("cargo:rerun-if-changed="))
        .collect();
    assert!(watched.contains(&"docs-input"), "{watched:?}");
    for entry in std::fs::read_dir("docs-input").unwrap() {
        let name = format!(
            "docs-input/{}",
            entry.unwrap().file_name().to_string_lossy()
        );
        assert!(
            watched.contains(&name.as_str()),
            "{name} not watched: {watched:?}"
        );
    }
}
