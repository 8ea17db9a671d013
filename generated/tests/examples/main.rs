//! Round trips of the documented examples: each body is deserialized into its generated
//! type, serialized back and compared with the documented JSON. Bodies the docs are
//! diagnosed for must fail, so the lint and the generated code cannot disagree.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[cfg(feature = "general")]
mod general;
#[cfg(feature = "intune")]
mod intune;
#[cfg(feature = "intune-mam")]
mod intune_mam;
#[cfg(feature = "intune-remoteassistance")]
mod intune_remoteassistance;
