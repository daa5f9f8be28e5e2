//! `kb`: a static site generator for customs administrations.
//!
//! The build is a pipeline, and the modules follow it:
//! [`config`] and [`content`], [`theme`] (load) → [`model`] (typed, validated,
//! cross-referenced [`model::Site`]) → outputs that each read the site
//! ([`render`] for HTML, [`sitemap`], [`opendata`]) → [`output`] (atomic swap of the output
//! folder). [`build`] writes the pipeline down once; the command line in
//! `main.rs` only parses arguments and prints.

#![warn(missing_docs)]
// A `Diagnostic` carries its source line and hint; it is built only on the
// error path, so its size costs nothing where it matters.
#![allow(clippy::result_large_err)]

pub mod assets;
pub mod build;
pub mod changes;
pub mod check;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod entities;
pub mod feeds;
pub mod front;
pub mod history;
pub mod i18n;
pub mod init;
pub mod markdown;
pub mod model;
pub mod names;
pub mod new;
pub mod opendata;
pub mod output;
pub mod render;
pub mod search;
pub mod serve;
pub mod sitemap;
pub mod tariff;
pub mod theme;
pub mod timeline;
pub mod urls;
