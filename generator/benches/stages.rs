use rayon::prelude::*;
use std::time::Instant;

// the same allocator as the `docgen` binary
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() {
    let root = std::path::PathBuf::from("../../shared/corpus/graph-docs-2021-07");
    let loaded = docgen::source::load(&[root]).unwrap();
    let files: Vec<_> = loaded.sources.iter().collect();
    for _ in 0..3 {
        let t = Instant::now();
        let n: usize = files
            .par_iter()
            .map(|(_, f)| {
                pulldown_cmark::Parser::new_ext(&f.text, pulldown_cmark::Options::ENABLE_TABLES)
                    .count()
            })
            .sum();
        let a = t.elapsed();
        let t = Instant::now();
        let n2: usize = files
            .par_iter()
            .map(|(_, f)| {
                pulldown_cmark::Parser::new_ext(
                    &f.text,
                    pulldown_cmark::Options::ENABLE_TABLES
                        | pulldown_cmark::Options::ENABLE_YAML_STYLE_METADATA_BLOCKS,
                )
                .into_offset_iter()
                .count()
            })
            .sum();
        let b = t.elapsed();
        let t = Instant::now();
        let pages: Vec<_> = files
            .par_iter()
            .map(|&(id, f)| docgen::parse::parse(id, f))
            .collect();
        let c = t.elapsed();
        let t = Instant::now();
        let facts: Vec<_> = pages
            .into_par_iter()
            .zip(files.par_iter())
            .map(|(mut p, &(_, f))| docgen::extract::extract(&mut p.page, f))
            .collect();
        let e = t.elapsed();
        println!(
            "pulldown {:?} offset {:?} parse {:?} extract {:?} ({} {} {})",
            a,
            b,
            c,
            e,
            n,
            n2,
            facts.len()
        );
        std::mem::forget(facts);
    }
}
