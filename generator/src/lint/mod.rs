//! `docgen lint`'s control: configuration, baselines and output formats. The checks
//! themselves run in the stages (every diagnostic there is a lint finding).

pub mod baseline;
pub mod config;
pub mod fix;
pub mod format;
pub mod metadata;
pub mod report;

pub use baseline::Baseline;
pub use config::{Config, Level};
