//! Build benchmark: how long the crate docgen generates takes to compile, against a plain
//! serde-derive rendering of the same types (structs of `Option` fields with renames, closed
//! enums, no tests) that this benchmark emits itself, built in the same run with the same
//! target folder and dependencies already built. Also: the largest compiler process of each
//! build, and the time of every area built alone; then the same for the workspace of a crate
//! per area (`--crate-per-area`), whole and each area's crate alone.
//!
//! `cargo bench -p docgen --bench build [-- PAGES_DIR]` (default: the corpus's v1.0 pages,
//! `../shared/corpus/graph-docs-2021-07/v1.0`). Bars: generated ≤ 2.5× plain; no compiler
//! process above 2 GiB; a single area ≤ 5 s.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use docgen::emit::names::{self, Scope};
use docgen::model::{ApiModel, Primitive, QualifiedName, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// The plain rendering's Rust type for a property.
fn plain_type(ty: &TypeRef, names: &BTreeMap<&QualifiedName, (String, bool)>) -> TokenStream {
    match ty {
        TypeRef::Collection(inner) => {
            let inner = plain_type(inner, names);
            quote!(Vec<#inner>)
        }
        TypeRef::Named(n) => match names.get(n) {
            // structs are boxed: types refer to each other, and to themselves
            Some((name, true)) => {
                let ident = names::ident(name);
                quote!(Box<#ident>)
            }
            Some((name, false)) => {
                let ident = names::ident(name);
                quote!(#ident)
            }
            None => quote!(serde_json::Value),
        },
        TypeRef::Primitive(p) => match p {
            Primitive::Boolean => quote!(bool),
            Primitive::Byte => quote!(u8),
            Primitive::SByte => quote!(i8),
            Primitive::Int16 => quote!(i16),
            Primitive::Int32 => quote!(i32),
            Primitive::Int64 => quote!(i64),
            Primitive::Single => quote!(f32),
            Primitive::Double | Primitive::Decimal => quote!(f64),
            Primitive::Untyped => quote!(serde_json::Value),
            _ => quote!(String),
        },
    }
}

/// `src/lib.rs` of the plain rendering; with `inherited`, each struct also has the properties
/// of its base types (as the generated structs do), else only its own. With `only`, just the
/// types and enums named there (a property of another type is `serde_json::Value`).
fn plain_rendering(
    model: &ApiModel,
    inherited: bool,
    only: Option<&BTreeSet<&QualifiedName>>,
) -> String {
    let mut scope = Scope::default();
    let mut names: BTreeMap<&QualifiedName, (String, bool)> = BTreeMap::new();
    let kept = |name: &QualifiedName| only.is_none_or(|o| o.contains(name));
    let types: Vec<_> = model.types.iter().filter(|t| kept(&t.name)).collect();
    let enums: Vec<_> = model.enums.iter().filter(|e| kept(&e.name)).collect();
    for t in &types {
        names.insert(&t.name, (scope.claim(names::type_name(&t.name.name)), true));
    }
    for e in &enums {
        names.insert(
            &e.name,
            (scope.claim(names::type_name(&e.name.name)), false),
        );
    }
    let structs = types.iter().map(|t| {
        let ident = names::ident(&names[&t.name].0);
        let mut fields = Scope::default();
        let properties = if inherited {
            model.all_properties(t)
        } else {
            t.properties.iter().collect()
        };
        let fields = properties.into_iter().map(|p| {
            let field = names::ident(&fields.claim(names::field_name(&p.name)));
            let wire = &p.name;
            let ty = plain_type(&p.ty, &names);
            quote! {
                #[serde(rename = #wire, skip_serializing_if = "Option::is_none")]
                pub #field: Option<#ty>,
            }
        });
        quote! {
            #[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
            pub struct #ident {
                #(#fields)*
            }
        }
    });
    let enums = enums.iter().map(|e| {
        let ident = names::ident(&names[&e.name].0);
        let mut variants = Scope::default();
        let variants = e.members.iter().map(|m| {
            let v = names::ident(&variants.claim(names::variant_name(&m.name)));
            let wire = &m.name;
            quote!(#[serde(rename = #wire)] #v,)
        });
        quote! {
            #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
            pub enum #ident {
                #(#variants)*
            }
        }
    });
    let file = quote! {
        #![allow(clippy::all)]
        #(#structs)*
        #(#enums)*
    };
    prettyplease::unparse(&syn::parse2(file).expect("the plain rendering is Rust"))
}

fn run(dir: &Path, target: &Path, args: &[&str]) -> (Duration, Option<u64>) {
    // GNU time reports the largest resident set of the process tree it waited for: the
    // largest compiler process
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "%M"]).arg("cargo");
        c
    } else {
        Command::new("cargo")
    };
    let start = Instant::now();
    let out = cmd
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let elapsed = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "cargo {args:?} in {} failed:\n{stderr}",
        dir.display()
    );
    let kib = stderr.lines().last().and_then(|l| l.trim().parse().ok());
    (elapsed, kib)
}

/// Builds once (dependencies), then again after touching the crate's sources: the time and
/// peak memory of compiling the crate itself.
fn timed(dir: &Path, target: &Path, args: &[&str]) -> (Duration, Option<u64>) {
    run(dir, target, args);
    touch(dir);
    run(dir, target, args)
}

/// Marks a crate's library and test targets changed (the root files of each).
fn touch(dir: &Path) {
    for f in ["src/lib.rs", "tests/examples.rs", "tests/examples/main.rs"] {
        let path = dir.join(f);
        if path.exists() {
            let text = std::fs::read(&path).unwrap();
            std::fs::write(&path, text).unwrap();
        }
    }
}

/// `docgen generate PAGES --out DIR --crate-name NAME [extra]`.
fn generate(pages: &Path, out: &Path, name: &str, extra: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_docgen"))
        .arg("generate")
        .arg(pages)
        .arg("--out")
        .arg(out)
        .args(["--crate-name", name])
        .args(extra)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("docgen runs");
    assert!(status.success(), "docgen generate failed");
}

/// The same pages as a workspace of a crate per area (`--crate-per-area`): the whole
/// workspace with its tests, then each area's crate alone with the core crate built.
fn crate_per_area(
    pages: &Path,
    work: &Path,
    target: &Path,
    plain_time: Duration,
) -> Option<(String, Duration)> {
    let dir = work.join("split");
    generate(pages, &dir, "bench-split", &["--crate-per-area"]);
    let members: Vec<PathBuf> = std::iter::once(dir.join("core"))
        .chain(
            std::fs::read_dir(dir.join("areas"))
                .unwrap()
                .map(|e| e.unwrap().path()),
        )
        .collect();
    let all = ["test", "-q", "--no-run", "--workspace"];
    run(&dir, target, &all);
    touch(&dir);
    members.iter().for_each(|m| touch(m));
    let (time, mem) = run(&dir, target, &all);
    println!(
        "crate per area ({} crates + facade), cargo test --workspace --no-run: {:>7.1} s, largest rustc {}",
        members.len(),
        time.as_secs_f64(),
        mib(mem)
    );
    println!(
        "ratio: {:.2}× the plain rendering (bar: ≤ 2.5×); memory bar: 2048 MiB",
        time.as_secs_f64() / plain_time.as_secs_f64()
    );
    let mut each: Vec<(Duration, String, Option<u64>)> = Vec::new();
    for member in &members {
        let area = member.file_name().unwrap().to_string_lossy().into_owned();
        let package = std::fs::read_to_string(member.join("Cargo.toml"))
            .unwrap()
            .lines()
            .find_map(|l| {
                l.strip_prefix("name = \"")?
                    .strip_suffix('"')
                    .map(str::to_string)
            })
            .expect("a package name");
        touch(member);
        let (t, m) = run(&dir, target, &["test", "-q", "--no-run", "-p", &package]);
        each.push((t, area, m));
    }
    let core = each.remove(0);
    println!(
        "  the core crate alone (with its tests): {:.1} s, largest rustc {}",
        core.0.as_secs_f64(),
        mib(core.2)
    );
    slowest_and_median(
        "  ",
        "area crates built alone, the core crate built (with their tests)",
        &mut each,
    )
}

/// Sorts builds of areas (time, area, largest rustc), prints their count, `what`, the slowest
/// (against the 5 s bar) and the median; the slowest.
fn slowest_and_median(
    indent: &str,
    what: &str,
    builds: &mut [(Duration, String, Option<u64>)],
) -> Option<(String, Duration)> {
    builds.sort();
    let (t, area, m) = builds.last()?;
    println!(
        "{indent}{} {what}: slowest `{area}` {:.1} s, largest rustc {} (bar: ≤ 5 s)",
        builds.len(),
        t.as_secs_f64(),
        mib(*m)
    );
    let median = &builds[builds.len() / 2];
    println!("  median `{}` {:.1} s", median.1, median.0.as_secs_f64());
    Some((area.clone(), *t))
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or("n/a".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0))
}

fn main() {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let pages = arg.map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/graph-docs-2021-07/v1.0")
    });
    if !pages.is_dir() {
        eprintln!("pages not found at {}; pass their folder", pages.display());
        return;
    }
    let work = tempfile::tempdir().expect("temporary folder");
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench-build");

    // the generated crate, through the real command
    let ours = work.path().join("ours");
    generate(&pages, &ours, "bench-ours", &[]);

    // the plain rendering of the same model
    let analysis = docgen::analyze(std::slice::from_ref(&pages)).expect("pages readable");
    let model = analysis.model();
    // the plain rendering, with the generated structs' fields (inherited ones included) and
    // with each type's own fields only
    let plain_crate = |name: &str, inherited: bool, only: Option<&BTreeSet<&QualifiedName>>| {
        let dir = work.path().join(name);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(
            dir.join("Cargo.toml"),
            format!("[package]\nname = \"bench-{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nserde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n\n[workspace]\n"),
        )
        .unwrap();
        std::fs::write(
            dir.join("src/lib.rs"),
            plain_rendering(model, inherited, only),
        )
        .unwrap();
        dir
    };
    let plain = plain_crate("plain", true, None);
    let plain_own = plain_crate("plain-own", false, None);
    // the generated crate is not part of docgen's workspace either
    let manifest = ours.join("Cargo.toml");
    let mut text = std::fs::read_to_string(&manifest).unwrap();
    text.push_str("\n[workspace]\n");
    std::fs::write(&manifest, text).unwrap();

    println!(
        "{}: {} structs, {} enums, {} endpoints, {} example tests",
        pages.display(),
        model.types.len(),
        model.enums.len(),
        model.endpoints.len(),
        std::fs::read_dir(ours.join("tests/examples"))
            .map(|d| d
                .filter(|e| e
                    .as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json")))
                .count())
            .unwrap_or(0)
    );
    let (plain_time, plain_mem) = timed(&plain, &target, &["build", "-q"]);
    println!(
        "plain serde-derive rendering (inherited fields too), cargo build: {:>7.1} s, largest rustc {}",
        plain_time.as_secs_f64(),
        mib(plain_mem)
    );
    let (own_time, own_mem) = timed(&plain_own, &target, &["build", "-q"]);
    println!(
        "plain serde-derive rendering (own fields only), cargo build:      {:>7.1} s, largest rustc {}",
        own_time.as_secs_f64(),
        mib(own_mem)
    );
    let (ours_time, ours_mem) = timed(&ours, &target, &["test", "-q", "--no-run"]);
    println!(
        "generated crate + round-trip tests, cargo test --no-run: {:>7.1} s, largest rustc {}",
        ours_time.as_secs_f64(),
        mib(ours_mem)
    );
    println!(
        "ratio: {:.2}× the plain rendering of the same structs, {:.2}× the one with own fields only (bar: ≤ 2.5×); memory bar: 2048 MiB",
        ours_time.as_secs_f64() / plain_time.as_secs_f64(),
        ours_time.as_secs_f64() / own_time.as_secs_f64()
    );

    // every area alone (its tests included)
    let areas: Vec<String> = std::fs::read_to_string(&manifest)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_suffix(" = []").map(str::to_string))
        .collect();
    let mut slowest: Vec<(Duration, String, Option<u64>)> = Vec::new();
    for area in &areas {
        let (t, m) = timed(
            &ours,
            &target,
            &[
                "test",
                "-q",
                "--no-run",
                "--no-default-features",
                "--features",
                area,
            ],
        );
        slowest.push((t, area.clone(), m));
    }
    slowest_and_median("", "areas built alone (with their tests)", &mut slowest);

    let slowest_crate = crate_per_area(&pages, work.path(), &target, plain_time);

    // the slowest area's own structs and enums as the plain rendering (no endpoints, no
    // tests): what the same types cost through serde's derives alone, on this machine
    if let Some((area, area_time)) = slowest_crate {
        let areas = docgen::model::area::Areas::of(model);
        let own: BTreeSet<&QualifiedName> = model
            .types
            .iter()
            .map(|t| &t.name)
            .chain(model.enums.iter().map(|e| &e.name))
            .filter(|n| areas.feature_of(model, n) == Some(area.as_str()))
            .collect();
        let dir = plain_crate("plain-area", true, Some(&own));
        let (t, m) = timed(&dir, &target, &["build", "-q"]);
        println!(
            "the plain rendering of `{area}`'s own {} types and enums alone, cargo build: {:.1} s, largest rustc {}; its area crate with endpoints and tests: {:.2}× that",
            own.len(),
            t.as_secs_f64(),
            mib(m),
            area_time.as_secs_f64() / t.as_secs_f64()
        );
    }
}
