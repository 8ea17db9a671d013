//! Generates the models and endpoints of `docs-input/` into `OUT_DIR` at build time.

fn main() {
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    if let Err(e) = docgen::Builder::new()
        .input("docs-input")
        .generate_into(&out_dir)
    {
        // an unreadable input is a build error; diagnostics about the pages are warnings
        eprintln!("docgen: {e}");
        std::process::exit(1);
    }
}
