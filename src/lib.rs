//! Microsoft Graph models and endpoints for the pages in `docs-input/`, generated at build
//! time by docgen's build.rs mode (`docgen::Builder`). The same items are committed, with
//! their round-trip tests, in the `generated` crate.

include!(concat!(env!("OUT_DIR"), "/docgen.rs"));
