//! Where parse and extract spend their time, page by page (each page dropped at once):
//! pulldown-cmark alone, docgen's parse, parse + extract. `cargo bench -p docgen --bench stages`.

use std::time::Instant;

use rayon::prelude::*;

// the same allocator as the `docgen` binary
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus/graph-docs-2021-07");
    if !root.is_dir() {
        eprintln!("corpus not found at {}", root.display());
        return;
    }
    let listing = docgen::source::list(&[root]).expect("corpus readable");
    let read: Vec<_> = listing
        .files
        .par_iter()
        .map(|(name, path)| docgen::source::read(name, path).expect("corpus readable").0)
        .collect();
    let files: Vec<_> = read
        .iter()
        .enumerate()
        .map(|(i, f)| (docgen::source::FileId(i as u32), f))
        .collect();
    let options = pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for _ in 0..5 {
        let t = Instant::now();
        let events: usize = files
            .par_iter()
            .map(|(_, f)| {
                pulldown_cmark::Parser::new_ext(f.text(), options)
                    .into_offset_iter()
                    .count()
            })
            .sum();
        let pulldown = t.elapsed();
        let t = Instant::now();
        let blocks: usize = files
            .par_iter()
            .map(|&(id, f)| docgen::parse::parse(id, f).page.blocks.len())
            .sum();
        let parse = t.elapsed();
        let t = Instant::now();
        let facts: usize = files
            .par_iter()
            .map(|&(id, f)| {
                let mut p = docgen::parse::parse(id, f);
                docgen::extract::extract(&mut p.page, f).0.examples.len()
            })
            .sum();
        let both = t.elapsed();
        println!("pulldown {pulldown:>10.1?}  parse {parse:>10.1?}  parse+extract {both:>10.1?}  ({events} events, {blocks} blocks, {facts} examples)");
    }
}
