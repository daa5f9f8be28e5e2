//! `kb`: a static site generator for customs administrations.
//!
//! The build is a pipeline, and the modules follow it:
//! [`config`], [`content`], [`theme`], [`i18n`] (with [`formats`]),
//! [`history`] (load) →
//! [`model`] (typed, validated, cross-referenced [`model::Site`], built from
//! [`page`], [`tariff`] with its dated values ([`timeline`]) and
//! [`entities`]; [`changes`] adds the [`changelog`]) → outputs that each
//! read the site ([`render`] for HTML, [`feeds`], [`search`],
//! [`opendata`], [`sitemap`]) → [`output`] (atomic swap of the output
//! folder). [`build`] writes the pipeline down once; `serve` and `check`
//! call the same stages; the command line in `main.rs` only parses
//! arguments and prints. docs/architecture.md draws the import graph.

#![warn(missing_docs)]
// A `Diagnostic` carries its source line and hint; it is built only on the
// error path, so its size costs nothing where it matters.
#![allow(clippy::result_large_err)]

pub mod assets;
pub mod build;
pub mod changelog;
pub mod changes;
pub mod check;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod entities;
pub mod feeds;
pub mod formats;
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
pub mod page;
pub mod render;
pub mod search;
pub mod serve;
pub mod sitemap;
pub mod tariff;
pub mod theme;
pub mod timeline;
pub mod urls;
