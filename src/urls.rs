//! Where every page lives, and how one page links to another: root-relative
//! links on the web, or relative links that name `index.html` for an offline
//! copy browsed from disk.

/// Builds links between pages of the output.
#[derive(Debug, Clone)]
pub struct Urls {
    base_url: String,
    offline: bool,
}

impl Urls {
    /// Links for a site published at `base_url`; `offline` for a copy
    /// browsed from disk.
    pub fn new(base_url: &str, offline: bool) -> Self {
        Urls {
            base_url: base_url.trim_end_matches('/').to_string(),
            offline,
        }
    }

    /// The site's address, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Whether links are written for browsing from disk.
    pub fn offline(&self) -> bool {
        self.offline
    }

    /// The site path of a page: `/fr/guides/valuation/` for language `fr`
    /// and page path `guides/valuation/`.
    pub fn page_path(lang: &str, path: &str) -> String {
        let mut site_path = String::with_capacity(lang.len() + path.len() + 2);
        Self::page_path_into(&mut site_path, lang, path);
        site_path
    }

    /// [`Urls::page_path`] appended to `out`: the frame of every page
    /// makes one for each language, and a reused buffer spares the strings.
    pub fn page_path_into(out: &mut String, lang: &str, path: &str) {
        out.push('/');
        out.push_str(lang);
        out.push('/');
        out.push_str(path);
    }

    /// The page path of a tariff code or chapter (`09`, `0901`,
    /// `09011110` → `tariff/09011110/`): every address of the tariff is
    /// made here.
    pub fn code_page(digits: &str) -> String {
        format!("tariff/{digits}/")
    }

    /// The site path of a tariff code's page in `lang`:
    /// `/fr/tariff/09011110/`.
    pub fn code_path(lang: &str, digits: &str) -> String {
        Self::page_path(lang, &Self::code_page(digits))
    }

    /// The absolute URL of a site path, for canonical links, sitemaps and feeds.
    pub fn permalink(&self, site_path: &str) -> String {
        format!("{}{}", self.base_url, site_path)
    }

    /// The absolute URL of page `path` in `lang`
    /// (`permalink(&page_path(lang, path))`) appended to `out`.
    pub fn page_permalink_into(&self, out: &mut String, lang: &str, path: &str) {
        out.push_str(&self.base_url);
        Self::page_path_into(out, lang, path);
    }

    /// The `href` to write in the page at site path `from` to reach site
    /// path `to` (which may carry a `#fragment` or `?query`).
    pub fn href(&self, from: &str, to: &str) -> String {
        if !self.offline || !to.starts_with('/') {
            return to.to_string();
        }
        let split = to.find(['#', '?']).unwrap_or(to.len());
        let (target, suffix) = to.split_at(split);
        let mut target = target.to_string();
        if target.ends_with('/') {
            target.push_str("index.html");
        }
        let from_dir: Vec<&str> = from
            .trim_start_matches('/')
            .rsplit_once('/')
            .map(|(dir, _)| dir.split('/').filter(|s| !s.is_empty()).collect())
            .unwrap_or_default();
        let target_parts: Vec<&str> = target.trim_start_matches('/').split('/').collect();
        let common = from_dir
            .iter()
            .zip(&target_parts)
            .take_while(|(a, b)| a == b)
            .count()
            .min(target_parts.len().saturating_sub(1));
        let mut rel = "../".repeat(from_dir.len() - common);
        rel.push_str(&target_parts[common..].join("/"));
        rel.push_str(suffix);
        rel
    }
}

/// A page kb writes that is not content: its template, its file under
/// the language (or the output's root) and what it is, as errors name it.
#[derive(Debug, Clone, Copy)]
pub struct SpecialPage {
    /// The template that renders it.
    pub template: &'static str,
    /// Its file, under the language's folder or the root.
    pub file: &'static str,
    /// What it is, for an error that another file claims its path.
    pub what: &'static str,
}

/// The pages that are not content, in each language.
pub const SPECIAL_PAGES: [SpecialPage; 3] = [
    SpecialPage {
        template: "404.html",
        file: "404.html",
        what: "404 page",
    },
    SpecialPage {
        template: "search.html",
        file: "search/index.html",
        what: "search page",
    },
    SpecialPage {
        template: "changes.html",
        file: "changes/index.html",
        what: "changes page",
    },
];

/// The pages at the output's root, in the default language: the 404 page
/// servers show for any missing file and the language chooser.
pub const ROOT_PAGES: [SpecialPage; 2] = [
    SpecialPage {
        template: "404.html",
        file: "404.html",
        what: "the 404 page",
    },
    SpecialPage {
        template: "chooser.html",
        file: "index.html",
        what: "the language chooser",
    },
];

/// The site path of the redirect page written for `alias`.
pub fn alias_path(alias: &str) -> String {
    if alias.ends_with(".html") {
        format!("/{}", alias.trim_start_matches('/'))
    } else {
        format!("/{}/index.html", alias.trim_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn online_links_are_root_relative() {
        let urls = Urls::new("https://x.example/", false);
        assert_eq!(urls.href("/en/a/", "/fr/a/"), "/fr/a/");
        assert_eq!(urls.permalink("/fr/a/"), "https://x.example/fr/a/");
    }

    #[test]
    fn offline_links_are_relative_and_name_index_html() {
        let urls = Urls::new("https://x.example", true);
        assert_eq!(
            urls.href("/en/guides/a/", "/fr/guides/a/"),
            "../../../fr/guides/a/index.html"
        );
        assert_eq!(
            urls.href("/en/guides/a/", "/en/guides/b/#x"),
            "../b/index.html#x"
        );
        assert_eq!(urls.href("/en/", "/assets/kb.css"), "../assets/kb.css");
        assert_eq!(urls.href("/index.html", "/en/"), "en/index.html");
        assert_eq!(urls.href("/en/a/", "https://wto.org/"), "https://wto.org/");
    }
}
