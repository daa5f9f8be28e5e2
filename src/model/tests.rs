//! The model held against the outputs that read it: every file the route
//! table renders was claimed by the model, so no two outputs can meet at
//! write time unreported.

use crate::diagnostics::Diagnostics;
use crate::names::fold;
use crate::routes::RouteTable;
use crate::testing::fixture_with;

#[test]
fn every_route_is_a_path_the_model_claimed() {
    let alias = "+++\ntitle = \"Valuation\"\naliases = [\"/old/valuation/\"]\n+++\nHow customs values goods.\n";
    for fixture in ["basic", "tariff"] {
        let (_dir, loaded) = fixture_with(fixture, &[("content/guides/valuation.md", alias)]);
        let site = &loaded.site;
        let (mut corpus, _) = crate::content::load(&site.config);
        super::indexes::add_kind_indexes(&site.config, &site.locales, &mut corpus);
        let mut problems = Diagnostics::new();
        let claimed = super::paths::check_claims(
            &site.config,
            &corpus,
            &site.pages,
            &site.tariff,
            &mut problems,
        );
        assert!(!problems.has_errors(), "{problems:?}");
        let routes = RouteTable::of(site);
        assert!(routes
            .iter()
            .any(|(path, _)| path == "old/valuation/index.html"));
        for (path, route) in routes.iter() {
            let folded = fold(path.trim_start_matches('/'));
            assert!(
                claimed.contains(&folded),
                "{fixture}: {path} ({route:?}) is not claimed"
            );
        }
    }
}
