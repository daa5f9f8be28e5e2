//! `kb`: a static site generator for customs administrations.
//!
//! The build is a pipeline, and the modules follow it:
//!
//! - **load** ([`load`]): [`config`], [`content`] (with [`front`] matter),
//!   [`theme`], [`i18n`] (numbers, dates and lists by [`formats`]),
//!   [`history`]; [`load::Inputs`] reads again only
//!   what an edit touched, so `build`, `check` and `serve` share it.
//! - **model** ([`model`]): the typed, validated, cross-referenced
//!   [`model::Site`], built from [`page`], [`tariff`] with its dated values
//!   ([`timeline`]) and [`entities`]; [`changes`] compares the git history
//!   into the [`changelog`], the model's last part. Read-only from here on.
//! - **outputs**, each reading the model and knowing nothing of the
//!   others: [`routes`] (every HTML file, read by [`render`], [`sitemap`],
//!   `serve` and `check`), [`render`] (HTML), [`feeds`], [`search`],
//!   [`opendata`], [`sitemap`]; each makes [`output::OutputFile`]s.
//! - **write** ([`output`]): the staging folder and its atomic swap.
//!
//! [`build`] writes the pipeline down once (with its list of output
//! stages); [`serve`] and [`check`] call the same stages; a language is
//! passed as a [`lang::Lang`]; addresses come from [`urls`]. The command
//! line in `main.rs` only parses arguments and prints. docs/architecture.md
//! draws the import graph.

#![warn(missing_docs)]
// A `Diagnostic` carries its source line and hint; it is built only on the
// error path, so its size costs nothing where it matters.
#![allow(clippy::result_large_err)]

pub mod assets;
pub mod build;
pub mod calculator;
pub mod calendars;
pub mod changelog;
pub mod changes;
pub mod check;
pub mod config;
pub mod content;
pub mod currency;
pub mod date_forms;
pub mod diagnostics;
pub mod entities;
pub mod entity_kind;
pub mod feeds;
pub mod formats;
pub mod front;
pub mod history;
pub mod html;
pub mod i18n;
pub mod identity;
pub mod incremental;
pub mod init;
pub mod lang;
pub mod leftovers;
pub mod lists;
pub mod load;
pub mod markdown;
pub mod model;
pub mod names;
pub mod new;
pub mod opendata;
pub mod output;
pub mod page;
pub mod render;
pub mod routes;
pub mod search;
pub mod serve;
pub mod sitemap;
pub mod tariff;
pub mod templates;
#[cfg(test)]
mod testing;
pub mod tfa;
pub mod theme;
pub mod timeline;
pub mod urls;
pub mod words;
