//! Writing output without ever leaving half of it behind: a crate is built in a temporary
//! folder beside its destination and swapped in; single files are written to a temporary name
//! and renamed. Files whose content is unchanged are not touched (Cargo sees no change).

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::emit::GENERATED_MARKER;

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("cannot write `{path}`: {source}")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("refusing to replace `{path}`: it is not empty and was not written by docgen (its Cargo.toml lacks the `{GENERATED_MARKER}` line)")]
    NotOurs { path: String },
    #[error("refusing to write `{path}`: the path leaves the output folder")]
    Escapes { path: String },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// A relative path that stays inside its folder (no `..`, no root).
fn checked(rel: &str) -> Result<&Path, OutputError> {
    let p = Path::new(rel);
    if p.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(p)
    } else {
        Err(OutputError::Escapes {
            path: rel.to_string(),
        })
    }
}

/// Writes `contents` to `path` through a temporary file, unless it already holds exactly that.
pub fn write_file(path: &Path, contents: &str) -> Result<bool, OutputError> {
    if std::fs::read(path).is_ok_and(|old| old == contents.as_bytes()) {
        return Ok(false);
    }
    let tmp = path.with_extension(format!("docgen-tmp-{}", std::process::id()));
    std::fs::write(&tmp, contents).map_err(io_err(&tmp))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_err(path)(e)
    })?;
    Ok(true)
}

/// Whether `dir` may be replaced: missing, empty, or written by docgen before.
fn replaceable(dir: &Path) -> Result<bool, OutputError> {
    match std::fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(io_err(dir)(e)),
        Ok(mut entries) => {
            if entries.next().is_none() {
                return Ok(true);
            }
            let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap_or_default();
            Ok(manifest.starts_with(GENERATED_MARKER))
        }
    }
}

fn sibling(dir: &Path, tag: &str) -> PathBuf {
    let name = dir
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    dir.with_file_name(format!(".{name}.docgen-{tag}-{}", std::process::id()))
}

/// Replaces `dir` with exactly `files` (relative path → contents). A `target/` folder inside
/// the old output is carried over. On failure the previous output is left as it was.
pub fn write_dir(dir: &Path, files: &BTreeMap<String, String>) -> Result<(), OutputError> {
    if !replaceable(dir)? {
        return Err(OutputError::NotOurs {
            path: dir.display().to_string(),
        });
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let tmp = sibling(dir, "new");
    let result = (|| {
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp).map_err(io_err(&tmp))?;
        }
        let paths = files
            .iter()
            .map(|(rel, contents)| Ok((tmp.join(checked(rel)?), contents)))
            .collect::<Result<Vec<_>, OutputError>>()?;
        let folders: BTreeSet<&Path> = paths.iter().filter_map(|(p, _)| p.parent()).collect();
        for folder in folders {
            std::fs::create_dir_all(folder).map_err(io_err(folder))?;
        }
        // thousands of small files (an example's JSON each): creating them is most of the
        // time, and the file system takes it on every core; the first error in name order
        let written: Vec<Result<(), OutputError>> = paths
            .par_iter()
            .map(|(path, contents)| std::fs::write(path, contents).map_err(io_err(path)))
            .collect();
        written.into_iter().collect::<Result<(), _>>()?;
        swap_in(dir, &tmp)
    })();
    if result.is_err() && tmp.exists() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

fn swap_in(dir: &Path, tmp: &Path) -> Result<(), OutputError> {
    if !dir.exists() {
        return std::fs::rename(tmp, dir).map_err(io_err(dir));
    }
    let target = dir.join("target");
    if target.is_dir() {
        std::fs::rename(&target, tmp.join("target")).map_err(io_err(&target))?;
    }
    let old = sibling(dir, "old");
    std::fs::rename(dir, &old).map_err(io_err(dir))?;
    if let Err(e) = std::fs::rename(tmp, dir) {
        let _ = std::fs::rename(&old, dir);
        return Err(io_err(dir)(e));
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// How a folder differs from what docgen would write there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// The file would be written with other contents.
    Changed(PathBuf),
    /// The file would be written; it is not there.
    Missing(PathBuf),
    /// The file is there; docgen would not write it (it would go with the old output).
    Extra(PathBuf),
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Difference::Changed(p) => write!(f, "changed: {}", p.display()),
            Difference::Missing(p) => write!(f, "missing: {}", p.display()),
            Difference::Extra(p) => write!(f, "extra:   {}", p.display()),
        }
    }
}

/// What [`write_dir`] would change in `dir` (its `target/` folder aside), in path order.
pub fn differences(
    dir: &Path,
    files: &BTreeMap<String, String>,
) -> Result<Vec<Difference>, OutputError> {
    let mut out = Vec::new();
    let mut present = std::collections::BTreeSet::new();
    if dir.is_dir() {
        let walker = walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| !(e.depth() == 1 && e.file_name() == "target"));
        for entry in walker {
            let entry = entry.map_err(|e| OutputError::Io {
                path: dir.display().to_string(),
                source: e.into(),
            })?;
            if entry.file_type().is_file() {
                let rel = entry
                    .path()
                    .strip_prefix(dir)
                    .unwrap_or(entry.path())
                    .to_string_lossy()
                    .replace('\\', "/");
                present.insert(rel);
            }
        }
    }
    for (rel, contents) in files {
        let path = dir.join(checked(rel)?);
        if !present.contains(rel) {
            out.push(Difference::Missing(path));
        } else if std::fs::read(&path).map_err(io_err(&path))? != contents.as_bytes() {
            out.push(Difference::Changed(path));
        }
    }
    for rel in present.iter().filter(|r| !files.contains_key(*r)) {
        out.push(Difference::Extra(dir.join(rel)));
    }
    out.sort_by(|a, b| difference_path(a).cmp(difference_path(b)));
    Ok(out)
}

fn difference_path(d: &Difference) -> &Path {
    match d {
        Difference::Changed(p) | Difference::Missing(p) | Difference::Extra(p) => p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn replaces_previous_output_and_keeps_target() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("out");
        let manifest = format!("{GENERATED_MARKER}\n");
        write_dir(
            &out,
            &files(&[("Cargo.toml", &manifest), ("src/a.rs", "a")]),
        )
        .unwrap();
        std::fs::create_dir_all(out.join("target/debug")).unwrap();
        write_dir(
            &out,
            &files(&[("Cargo.toml", &manifest), ("src/b.rs", "b")]),
        )
        .unwrap();
        assert!(!out.join("src/a.rs").exists());
        assert_eq!(std::fs::read_to_string(out.join("src/b.rs")).unwrap(), "b");
        assert!(out.join("target/debug").is_dir());
        let leftovers: Vec<_> = std::fs::read_dir(root.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[test]
    fn refuses_folders_it_did_not_write() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("precious.txt"), "x").unwrap();
        let err = write_dir(root.path(), &files(&[("Cargo.toml", "")])).unwrap_err();
        assert!(matches!(err, OutputError::NotOurs { .. }));
        assert!(root.path().join("precious.txt").exists());
    }

    #[test]
    fn refuses_paths_that_escape() {
        let root = tempfile::tempdir().unwrap();
        let err = write_dir(&root.path().join("o"), &files(&[("../x", "")])).unwrap_err();
        assert!(matches!(err, OutputError::Escapes { .. }));
        assert!(!root.path().join("x").exists());
        assert!(!root.path().join("o").exists());
    }

    #[test]
    fn unchanged_files_are_not_rewritten() {
        let root = tempfile::tempdir().unwrap();
        let p = root.path().join("f.rs");
        assert!(write_file(&p, "x").unwrap());
        assert!(!write_file(&p, "x").unwrap());
        assert!(write_file(&p, "y").unwrap());
    }
}
