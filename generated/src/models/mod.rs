#![cfg_attr(rustfmt, rustfmt::skip)]
mod common;
#[allow(unused_imports)]
pub use common::*;
#[cfg(feature = "intune")]
mod intune;
#[cfg(feature = "intune")]
#[allow(unused_imports)]
pub use intune::*;
#[cfg(feature = "intune-mam")]
mod intune_mam;
#[cfg(feature = "intune-mam")]
#[allow(unused_imports)]
pub use intune_mam::*;
#[cfg(feature = "intune-remoteassistance")]
mod intune_remoteassistance;
#[cfg(feature = "intune-remoteassistance")]
#[allow(unused_imports)]
pub use intune_remoteassistance::*;
