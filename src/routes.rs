//! The route table: every HTML file of the site and what makes it.
//!
//! One list, made from the model, read by everything that needs to know
//! the site's pages: the HTML output renders each route, the sitemap lists
//! the routes that are pages in their own language, `kb serve` answers a
//! request by looking its path up here, and `kb check` renders them all
//! into nothing. A new kind of page is added here once and every reader
//! sees it.

use std::collections::HashMap;

use crate::model::{Site, TranslationState};
use crate::urls::{alias_path, Urls, ROOT_PAGES, SPECIAL_PAGES};

/// What makes one HTML file. Languages are positions in kb.toml's list
/// (`site.config.lang_at`): a table outlives the borrow a `Lang` holds
/// when `kb serve` keeps it beside its model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// Page number `page` in language `lang` (its own words, or its
    /// original's when untranslated).
    Page {
        /// Index in `site.pages`.
        page: usize,
        /// Language position.
        lang: usize,
    },
    /// A redirect from alias number `alias` of page `page` in language
    /// `lang` to the page's address.
    Alias {
        /// Index in `site.pages`.
        page: usize,
        /// Language position.
        lang: usize,
        /// Index in the version's `aliases`.
        alias: usize,
    },
    /// The page of tariff code number `code` in language `lang`.
    Code {
        /// Index in `site.tariff.codes`.
        code: usize,
        /// Language position.
        lang: usize,
    },
    /// A page that is not content, made from `template` alone: the 404
    /// pages, the search and changes pages, the language chooser.
    Special {
        /// Template file name.
        template: &'static str,
        /// Language position (the default language for `/404.html` and
        /// the chooser at `/`).
        lang: usize,
    },
}

impl Route {
    /// The language position of the file the route makes.
    pub fn lang(self) -> usize {
        match self {
            Route::Page { lang, .. }
            | Route::Alias { lang, .. }
            | Route::Code { lang, .. }
            | Route::Special { lang, .. } => lang,
        }
    }

    /// Whether the route is a page a reader reads (and the build counts):
    /// a content page or a tariff code page.
    pub fn is_page(self) -> bool {
        matches!(self, Route::Page { .. } | Route::Code { .. })
    }
}

/// Every HTML file of a site by its path (`en/about/index.html`, no
/// leading `/`), in a fixed order: pages by key and language, then tariff
/// codes by code and language, then redirects, then the special pages.
#[derive(Debug, Default)]
pub struct RouteTable {
    routes: Vec<(String, Route)>,
    by_path: HashMap<String, usize>,
}

impl RouteTable {
    /// The routes of `site`.
    pub fn of(site: &Site) -> RouteTable {
        let mut routes = Vec::new();
        let file = |folder: String| format!("{}index.html", folder.trim_start_matches('/'));
        for (p, page) in site.pages.iter().enumerate() {
            for lang in site.config.langs().take(page.versions.len()) {
                let path = file(Urls::page_path(lang.code(), &page.path));
                routes.push((
                    path,
                    Route::Page {
                        page: p,
                        lang: lang.index(),
                    },
                ));
            }
        }
        for (c, code) in site.tariff.codes.iter().enumerate() {
            for lang in site.config.langs() {
                let path = file(Urls::code_path(lang.code(), &code.digits));
                routes.push((
                    path,
                    Route::Code {
                        code: c,
                        lang: lang.index(),
                    },
                ));
            }
        }
        for (p, page) in site.pages.iter().enumerate() {
            for (v, version) in page.versions.iter().enumerate() {
                // An untranslated version carries its original's aliases,
                // which belong to the original's language only.
                if version.state == TranslationState::Missing {
                    continue;
                }
                for (a, alias) in version.aliases.iter().enumerate() {
                    let path = alias_path(alias).trim_start_matches('/').to_string();
                    let route = Route::Alias {
                        page: p,
                        lang: v,
                        alias: a,
                    };
                    routes.push((path, route));
                }
            }
        }
        for lang in site.config.langs() {
            for page in SPECIAL_PAGES {
                let route = Route::Special {
                    template: page.template,
                    lang: lang.index(),
                };
                routes.push((format!("{lang}/{}", page.file), route));
            }
        }
        if site.config.default_lang().is_some() {
            for page in ROOT_PAGES {
                let route = Route::Special {
                    template: page.template,
                    lang: 0,
                };
                routes.push((page.file.to_string(), route));
            }
        }
        // The model refuses two pages at one path, so a later duplicate
        // (never expected) is looked up as the first.
        let mut by_path = HashMap::with_capacity(routes.len());
        for (i, (path, _)) in routes.iter().enumerate() {
            by_path.entry(path.clone()).or_insert(i);
        }
        RouteTable { routes, by_path }
    }

    /// Every route with its path, in the table's order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, Route)> + '_ {
        self.routes
            .iter()
            .map(|(path, route)| (path.as_str(), *route))
    }

    /// The routes as a slice, for parallel iteration.
    pub fn as_slice(&self) -> &[(String, Route)] {
        &self.routes
    }

    /// The route at site path `path` (`en/about/index.html`).
    pub fn get(&self, path: &str) -> Option<Route> {
        let path = path.trim_start_matches('/');
        self.by_path.get(path).map(|&i| self.routes[i].1)
    }

    /// Number of routes.
    pub fn len(&self) -> usize {
        self.routes.len()
    }

    /// Whether the site has no HTML file at all.
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::fixture_with;

    #[test]
    fn every_page_has_a_route_in_every_language_and_codes_too() {
        let (_dir, loaded) = fixture_with("tariff", &[]);
        let site = &loaded.site;
        let routes = RouteTable::of(site);
        let pages = routes
            .iter()
            .filter(|(_, r)| matches!(r, Route::Page { .. }))
            .count();
        let codes = routes
            .iter()
            .filter(|(_, r)| matches!(r, Route::Code { .. }))
            .count();
        assert_eq!(pages, site.pages.len() * 3);
        assert_eq!(codes, site.tariff.codes.len() * 3);
        let code = &site.tariff.codes[0];
        let path = format!("fr/tariff/{}/index.html", code.digits);
        let fr = site.config.lang("fr").expect("fr").index();
        assert_eq!(routes.get(&path), Some(Route::Code { code: 0, lang: fr }));
        assert_eq!(routes.get(&format!("/{path}")), routes.get(&path));
    }

    #[test]
    fn aliases_redirect_only_from_the_versions_that_have_them() {
        let (_dir, loaded) = fixture_with("basic", &[]);
        let routes = RouteTable::of(&loaded.site);
        let about = loaded
            .site
            .pages
            .iter()
            .position(|p| p.key == "about")
            .expect("about");
        assert_eq!(
            routes.get("en/about-us/index.html"),
            Some(Route::Alias {
                page: about,
                lang: 0,
                alias: 0
            })
        );
        let aliases = routes
            .iter()
            .filter(|(_, r)| matches!(r, Route::Alias { .. }))
            .count();
        assert_eq!(
            aliases, 1,
            "the French and Arabic versions have no aliases of their own"
        );
    }

    #[test]
    fn the_pages_that_are_not_content_have_routes_in_each_language() {
        let (_dir, loaded) = fixture_with("basic", &[]);
        let routes = RouteTable::of(&loaded.site);
        for lang in ["en", "fr", "ar"] {
            for page in ["404.html", "search/index.html", "changes/index.html"] {
                let route = routes.get(&format!("{lang}/{page}"));
                assert!(
                    matches!(route, Some(Route::Special { .. })),
                    "{lang}/{page}"
                );
            }
        }
        assert_eq!(
            routes.get("index.html"),
            Some(Route::Special {
                template: "chooser.html",
                lang: 0
            })
        );
        assert!(routes.get("en/nowhere/index.html").is_none());
        assert!(!Route::Special {
            template: "404.html",
            lang: 0
        }
        .is_page());
    }

    #[test]
    fn every_route_is_a_path_the_model_claimed() {
        let alias = "+++\ntitle = \"Valuation\"\naliases = [\"/old/valuation/\"]\n+++\nHow customs values goods.\n";
        for fixture in ["basic", "tariff"] {
            let (_dir, loaded) = fixture_with(fixture, &[("content/guides/valuation.md", alias)]);
            let site = &loaded.site;
            let claimed = crate::model::claimed_paths(site);
            let routes = RouteTable::of(site);
            assert!(routes
                .iter()
                .any(|(path, _)| path == "old/valuation/index.html"));
            for (path, route) in routes.iter() {
                let folded = crate::names::fold(path.trim_start_matches('/'));
                assert!(
                    claimed.contains(&folded),
                    "{fixture}: {path} ({route:?}) is not claimed"
                );
            }
        }
    }
}
