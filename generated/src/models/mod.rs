#![cfg_attr(rustfmt, rustfmt::skip)]
mod common;
pub use common::*;
#[cfg(feature = "intune")]
mod intune;
#[cfg(feature = "intune")]
pub use intune::*;
#[cfg(feature = "intune-remoteassistance")]
mod intune_remoteassistance;
#[cfg(feature = "intune-remoteassistance")]
pub use intune_remoteassistance::*;
