//! Netzwerk-Matrix: which German cities and organisations belong to which
//! crime-prevention networks, as an embeddable, filterable table.
//!
//! [`core`] holds everything that can be decided without a browser; the
//! Yew components in [`components`] only render its results and send the
//! visitor's actions back to it.

pub mod app;
pub mod browser;
pub mod components;
pub mod core;
pub mod editor;
#[cfg(target_arch = "wasm32")]
pub mod mount;
