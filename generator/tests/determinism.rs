//! Output is byte-identical whatever the run, the thread count or the order of the inputs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn docs_input() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs-input")
}

/// Every file of a generated crate, by relative path.
fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(root).unwrap();
            out.insert(
                rel.to_string_lossy().into_owned(),
                std::fs::read(entry.path()).unwrap(),
            );
        }
    }
    out
}

/// The files that differ between two crates (their names: the maps are large).
#[track_caller]
fn same(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>, what: &str) {
    let differ: Vec<&String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .collect();
    assert!(differ.is_empty(), "{what}: {differ:?} differ");
}

/// The crate generated from `inputs` on a pool of `threads` threads.
fn generate(inputs: &[PathBuf], threads: usize) -> BTreeMap<String, Vec<u8>> {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("crate");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        inputs
            .iter()
            .fold(docgen::Builder::new(), |b, p| b.input(p))
            .write_crate(&out, Some("determinism"))
            .unwrap()
    });
    read_tree(&out)
}

#[test]
fn same_bytes_across_runs_thread_counts_and_input_orders() {
    let folder = vec![docs_input()];
    let reference = generate(&folder, 1);
    assert!(reference.len() > 10, "a whole crate");
    same(&generate(&folder, 1), &reference, "a second run");
    same(&generate(&folder, 4), &reference, "four threads");
    // the same pages given one by one, in several orders
    let mut files: Vec<PathBuf> = std::fs::read_dir(docs_input())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let forward = generate(&files, 2);
    files.reverse();
    let backward = generate(&files, 2);
    let third = files.len() / 3;
    files.rotate_left(third);
    let rotated = generate(&files, 3);
    same(&backward, &forward, "reversed input order");
    same(&rotated, &forward, "another input order");
    // the pages as a folder or one by one: the same items
    let items = |tree: &BTreeMap<String, Vec<u8>>| -> BTreeMap<String, Vec<u8>> {
        tree.iter()
            .filter(|(k, _)| k.starts_with("src/models") || k.starts_with("src/endpoints"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    same(
        &items(&forward),
        &items(&reference),
        "a folder or its files",
    );
}
