//! Issue 4: procedures, fees, measures, tools, legal texts, forms, agencies
//! and notices, linked to each other and to the tariff.

use crate::harness::{assert_contains, assert_lacks, assert_shows, SiteTest};

fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap_or(0);
    let end = html.find("</main>").unwrap_or(html.len());
    &html[start..end]
}

/// The tariff fixture with a small connected set of customs content.
pub(crate) fn customs_site() -> SiteTest {
    let site = SiteTest::new("tariff");
    for folder in [
        "procedures",
        "fees",
        "measures",
        "tools",
        "legal",
        "forms",
        "agencies",
        "notices",
    ] {
        site.write(
            &format!("content/{folder}/_index.md"),
            &format!("+++\ntitle = \"{folder}\"\n+++\n"),
        );
    }
    site.write(
        "content/procedures/import.md",
        r#"+++
title = "Import for home use"
summary = "Clearing goods for free circulation."
direction = "import"
agencies = ["customs"]
fees = ["declaration"]
tools = ["rkc"]
hs = ["0901"]
legal_basis = ["legal:customs-law", "Decree 8, art. 3"]
updated = 2026-10-01

[[steps]]
title = "Lodge the declaration"
agency = "customs"
duration = "PT2H/P1D"
fees = ["declaration"]
documents = ["Commercial invoice", "Bill of lading"]

[[steps]]
title = "Pay duties"
agency = "customs"
duration = "PT4H"
fees = ["scanning"]
documents = ["Commercial invoice"]
+++
Read about [the fee](fee:declaration) and [coffee](hs:0901).
"#,
    );
    site.write(
        "content/procedures/import.fr.md",
        r#"+++
title = "Mise à la consommation"
summary = "Dédouaner des marchandises."
updated = 2026-10-02

[[steps]]
title = "Déposer la déclaration"
documents = ["Facture commerciale", "Connaissement"]

[[steps]]
title = "Payer les droits"
documents = ["Facture commerciale"]
+++
Voir [la redevance](fee:declaration).
"#,
    );
    site.write(
        "content/fees/declaration.md",
        r#"+++
title = "Declaration processing fee"
amount = "20000"
currency = "VND"
per = "declaration"
reason = "Cost of processing the declaration"
authority = "customs"
payment = "By bank transfer"
legal_basis = ["legal:customs-law"]
published = 2024-11-15
effective = 2025-01-01
+++
"#,
    );
    site.write(
        "content/fees/scanning.md",
        r#"+++
title = "Container scanning"
currency = "VND"
per = "container"
authority = "customs"
published = 2025-01-01
effective = 2025-01-10

[[rates]]
label = "20-foot container"
amount = "500000"

[[rates]]
label = "40-foot container"
amount = "800000"
+++
"#,
    );
    site.write(
        "content/measures/coffee-sps.md",
        r#"+++
title = "Phytosanitary permit for coffee and tea"
type = "sps"
direction = "import"
hs = ["0901-0902"]
agency = "plants"
procedure = "import"
legal_basis = ["legal:customs-law"]
+++
"#,
    );
    site.write(
        "content/tools/rkc.md",
        "+++\ntitle = \"Revised Kyoto Convention\"\nacronym = \"RKC\"\ncategory = \"conventions\"\nissuer = \"WCO\"\nadopted = 1999\nstatus = \"contracting-party\"\n+++\n",
    );
    site.write(
        "content/tools/ecosse.md",
        "+++\ntitle = \"Zeta guidelines\"\ncategory = \"conventions\"\nstatus = \"reference\"\n+++\n",
    );
    site.write(
        "content/tools/ecosse.fr.md",
        "+++\ntitle = \"Écrits de référence\"\n+++\n",
    );
    site.write(
        "content/tools/sheets.md",
        "+++\ntitle = \"Technical sheets\"\ncategory = \"conventions\"\nstatus = \"applied\"\n+++\n",
    );
    site.write(
        "content/tools/sheets.fr.md",
        "+++\ntitle = \"Fiches techniques\"\n+++\n",
    );
    site.write(
        "content/tools/rkc.fr.md",
        "+++\ntitle = \"Convention de Kyoto révisée\"\nacronym = \"CKR\"\n+++\n",
    );
    site.write(
        "content/legal/customs-law.md",
        "+++\ntitle = \"Customs Law 2014\"\ntype = \"law\"\nnumber = \"54/2014/QH13\"\ndate = 2014-06-23\neffective = 2015-01-01\n+++\n",
    );
    site.write(
        "content/legal/atiga.md",
        "+++\ntitle = \"ASEAN Trade in Goods Agreement\"\ntype = \"agreement\"\n+++\n",
    );
    site.write(
        "content/agencies/customs.md",
        "+++\ntitle = \"General Department of Customs\"\nkind = \"customs\"\nemail = \"info@customs.test\"\n+++\n",
    );
    site.write(
        "content/agencies/plants.md",
        "+++\ntitle = \"Plant Protection Department\"\nkind = \"agency\"\n+++\n",
    );
    site.write(
        "content/agencies/enquiry-point.md",
        "+++\ntitle = \"National Enquiry Point\"\nkind = \"enquiry-point\"\nemail = \"enquiry@customs.test\"\n+++\n",
    );
    site.write(
        "content/forms/declaration-form.md",
        "+++\ntitle = \"Customs declaration form\"\nnumber = \"HQ/1\"\n+++\n",
    );
    site.write(
        "content/notices/fee-revision.md",
        r#"+++
title = "Draft revision of the declaration fee"
date = 2026-11-10
status = "draft-for-comment"
affects = ["fee:declaration", "hs:0901"]
comment_until = 2026-12-31
comment_to = "consult@customs.test"
+++
"#,
    );
    site.write(
        "content/transparency.md",
        "+++\ntitle = \"Transparency\"\n+++\nWhat we publish under TFA Article 1.\n",
    );
    site
}

#[test]
fn procedure_page_has_a_checklist_and_a_summary_in_each_language() {
    let built = customs_site().build();
    built.assert_ok();
    let en = built.page("en/procedures/import/");
    let main = main_of(&en);
    assert_contains(main, "<ol class=\"steps\">");
    assert_contains(main, "<h3>Lodge the declaration</h3>");
    assert_shows(main, "Steps 2");
    // 2 hours to 1 day, plus 4 hours: 6 hours to 1 day 4 hours, which
    // people read rounded out to whole units (issue 15).
    assert_shows(main, "6 hours to 2 days");
    assert_shows(main, "2 hours to 1 day");
    // The single-amount fee is summed; the tiered one is counted apart.
    assert_contains(main, "₫20,000 plus one fee that depends on the case");
    assert_contains(main, "href=\"/en/agencies/customs/\"");
    assert_contains(main, "href=\"/en/tools/rkc/\"");
    assert_shows(main, "Commercial invoice Bill of lading");
    assert_contains(main, "href=\"/en/legal/customs-law/\">Customs Law 2014</a>");
    assert_contains(main, "<li>Decree 8, art. 3</li>");
    assert_contains(main, "href=\"/en/tariff/0901/\"");

    let fr = built.page("fr/procedures/import/");
    let main = main_of(&fr);
    assert_contains(main, "<h3>Déposer la déclaration</h3>");
    assert_contains(main, "Facture commerciale");
    assert_contains(main, "20\u{202f}000\u{a0}₫");
    assert_contains(main, "href=\"/fr/fees/declaration/\"");
    assert_contains(
        main,
        "href=\"/fr/tools/rkc/\">Convention de Kyoto révisée</a>",
    );
    // A plain-text legal basis the translation leaves out is the
    // original's words, marked as English (WCAG 3.1.2).
    assert_contains(
        main,
        "<li><span lang=\"en\" dir=\"auto\">Decree 8, art. 3</span></li>",
    );
}

/// A translation may write a plain-text legal basis in its language, in
/// the original's order; its `legal:` references are data, and stay.
#[test]
fn a_translation_writes_its_plain_text_legal_basis_and_keeps_the_references() {
    let site = customs_site();
    site.edit("content/procedures/import.fr.md", |fr| {
        fr.replacen(
            "updated = 2026-10-02\n",
            "updated = 2026-10-02\nlegal_basis = [\"legal:customs-law\", \"Décret 8, art. 3\"]\n",
            1,
        )
    });
    let built = site.build();
    built.assert_ok();
    let fr = built.page("fr/procedures/import/");
    assert_contains(main_of(&fr), "<li>Décret 8, art. 3</li>");
    site.edit("content/procedures/import.fr.md", |fr| {
        fr.replace("legal:customs-law", "legal:other-law")
    });
    let built = site.build();
    built.assert_fails();
    assert_contains(
        &built.stderr(),
        "this translation changes `legal_basis`, which is data the original holds",
    );
    assert_contains(&built.stderr(), "its `legal:` references stay as they are");
}

#[test]
fn references_become_backlinks_and_codes_show_what_applies() {
    let built = customs_site().build();
    built.assert_ok();
    let fee = built.page("en/fees/declaration/");
    let main = main_of(&fee);
    assert_contains(main, "<strong>₫20,000</strong> per declaration");
    assert_contains(main, "Referred to by");
    assert_contains(
        main,
        "href=\"/en/procedures/import/\">Import for home use</a>",
    );
    assert_contains(main, "href=\"/en/notices/fee-revision/\"");
    let tiers = built.page("en/fees/scanning/");
    assert_contains(
        main_of(&tiers),
        "<th scope=\"row\">40-foot container</th><td class=\"num\">₫800,000</td>",
    );

    let law = built.page("en/legal/customs-law/");
    for backlink in [
        "/en/procedures/import/",
        "/en/fees/declaration/",
        "/en/measures/coffee-sps/",
    ] {
        assert_contains(main_of(&law), backlink);
    }
    let agency = built.page("en/agencies/plants/");
    assert_contains(main_of(&agency), "/en/measures/coffee-sps/");

    // A national line under 0901 shows the measure on the range 0901-0902,
    // the procedure on 0901 and the notice on 0901.
    let line = built.page("en/tariff/09011110/");
    let main = main_of(&line);
    assert_contains(main, "What applies to these goods");
    assert_contains(main, "/en/measures/coffee-sps/");
    assert_contains(main, "/en/procedures/import/");
    assert_contains(main, "/en/notices/fee-revision/");
    let tea = built.page("en/tariff/0902/");
    assert_contains(main_of(&tea), "/en/measures/coffee-sps/");
    assert_lacks(main_of(&tea), "/en/procedures/import/");
    let electrical = built.page("en/tariff/8517/");
    assert_lacks(main_of(&electrical), "What applies");
}

#[test]
fn notice_consultation_and_enquiry_point_in_every_footer() {
    let built = customs_site().build();
    built.assert_ok();
    let notice = built.page("en/notices/fee-revision/");
    assert_contains(main_of(&notice), "open for comment until December 31, 2026");
    assert_contains(main_of(&notice), "mailto:consult@customs.test");
    for page in [
        "en/",
        "fr/tariff/09/",
        "ar/procedures/import/",
        "en/404.html",
    ] {
        let html = built.page(page);
        let footer = &html[html.find("<footer").unwrap()..];
        assert_contains(footer, "/agencies/enquiry-point/");
    }
}

#[test]
fn tools_index_groups_by_category_in_the_language_order() {
    let built = customs_site().build();
    built.assert_ok();
    let en = built.page("en/tools/");
    let main = main_of(&en);
    assert_contains(main, "Conventions and agreements");
    assert!(main.find("Revised Kyoto").unwrap() < main.find("Zeta guidelines").unwrap());
    assert_contains(
        main,
        "<label for=\"status-contracting-party\">Contracting party (1)</label>",
    );
    let fr = built.page("fr/tools/");
    let main = main_of(&fr);
    // In French, É sorts with E, before F (byte order would put it last).
    assert!(main.find("Écrits de référence").unwrap() < main.find("Fiches techniques").unwrap());
    let procedures = built.page("en/procedures/");
    assert_contains(main_of(&procedures), "id=\"import\"");
    let fees = built.page("en/fees/");
    assert_contains(main_of(&fees), "Schedule of fees and charges");
    assert_contains(main_of(&fees), "<td class=\"num\">₫20,000</td>");
}

#[test]
fn transparency_index_lists_pages_per_tfa_item_and_the_gaps() {
    let built = customs_site().build();
    built.assert_ok();
    let page = built.page("en/transparency/");
    let main = main_of(&page);
    let item = |key: &str| {
        let start = main.find(&format!("id=\"tfa-{key}\"")).unwrap();
        &main[start..start + main[start..].find("</div>").unwrap()]
    };
    assert_contains(item("1-1-a"), "/en/procedures/import/");
    assert_contains(item("1-1-a"), "/en/forms/declaration-form/");
    assert_contains(item("1-1-b"), "/en/tariff/");
    assert_contains(item("1-1-c"), "/en/fees/declaration/");
    assert_contains(item("1-1-f"), "/en/measures/coffee-sps/");
    assert_contains(item("1-1-i"), "/en/legal/atiga/");
    assert_contains(item("1-3"), "/en/agencies/enquiry-point/");
    assert_contains(item("1-1-g"), "Not yet published");
    assert_contains(main, "items are not yet published");
}

#[test]
fn fee_published_too_late_is_a_warning() {
    let built = customs_site().build();
    built.assert_ok();
    let err = built.stderr();
    assert_contains(&err, "this fee takes effect 9 days after it is published");
    assert_contains(&err, "content/fees/scanning.md:7:");
}

#[test]
fn content_mistakes_are_errors_at_their_line() {
    let site = customs_site();
    site.write(
        "content/procedures/export.md",
        r#"+++
title = "Export"
direction = "exports"
+++
"#,
    );
    site.write(
        "content/procedures/transit.md",
        r#"+++
title = "Transit"
direction = "transit"
fees = ["declaraton"]
hs = ["9999", "0701-07"]

[[steps]]
title = "Arrive"
duration = "4 hours"
+++
See [the form](form:nope).
"#,
    );
    site.write(
        "content/procedures/import.ar.md",
        r#"+++
title = "استيراد"
direction = "export"

[[steps]]
title = "تقديم"
+++
"#,
    );
    site.write(
        "content/fees/bad.md",
        "+++\ntitle = \"Bad\"\namount = \"20,000\"\ncurrency = \"vnd\"\nper = \"declaration\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert!(!err.contains("panicked"), "{err}");
    for needle in [
        "unknown variant `exports`",
        "content/procedures/export.md:3:",
        "no fee with the id `declaraton`",
        "did you mean `declaration`?",
        "the tariff has no code `9999`",
        "`0701-07` is not a tariff code or a range",
        "step 1: `4 hours` is not an ISO 8601 duration",
        "no form with the id `nope`",
        "this translation changes `direction`",
        "this translation has 1 [[steps]], the original 2",
        "`20,000` groups thousands; write `20000`",
        "`vnd` is not an ISO 4217 currency code",
    ] {
        assert_contains(&err, needle);
    }
}

#[test]
fn a_text_a_translation_leaves_out_is_marked_in_the_originals_language() {
    // WCAG 3.1.2: the French page of a procedure whose translation leaves
    // its summary and steps out shows them in English, marked so.
    let site = SiteTest::new("basic");
    site.write(
        "content/procedures/export.md",
        "+++\ntitle = \"Export\"\nsummary = \"Declare the goods before loading.\"\ndirection = \"export\"\n\n\
[[steps]]\ntitle = \"Lodge the declaration\"\ndocuments = [\"Commercial invoice\"]\n+++\n",
    );
    site.write(
        "content/procedures/export.fr.md",
        "+++\ntitle = \"Exportation\"\n+++\n",
    );
    site.write(
        "content/procedures/export.ar.md",
        "+++\ntitle = \"التصدير\"\nsummary = \"صرّح بالبضائع قبل التحميل.\"\n\n\
[[steps]]\ntitle = \"قدّم التصريح\"\ndocuments = [\"الفاتورة التجارية\"]\n+++\n",
    );
    // An index and a notice in English only: their descriptions, as a
    // lead and in the changes page's entry, are marked too.
    site.write(
        "content/procedures/_index.md",
        "+++\ntitle = \"Procedures\"\ndescription = \"Every procedure, step by step.\"\n+++\n",
    );
    site.write(
        "content/notices/fee-draft.md",
        "+++\ntitle = \"Draft fee\"\ndescription = \"Comments are welcome.\"\ndate = 2026-11-10\n\
status = \"draft-for-comment\"\ncomment_until = 2026-12-31\n+++\n",
    );
    // Not translated at all: the page shows the original, its fields too.
    site.write(
        "content/procedures/transit.md",
        "+++\ntitle = \"Transit\"\nsummary = \"Move goods under bond.\"\ndirection = \"transit\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("fr/procedures/transit/"),
        "<p lang=\"en\" dir=\"auto\">Move goods under bond.</p>",
    );
    // On an Arabic page, English takes its own direction: the full stop
    // stays at its end.
    assert_contains(
        &built.page("ar/procedures/transit/"),
        "<p lang=\"en\" dir=\"auto\">Move goods under bond.</p>",
    );
    assert_contains(
        &built.page("fr/procedures/"),
        "<p class=\"lead\" lang=\"en\" dir=\"ltr\">Every procedure, step by step.</p>",
    );
    let changes = built.page("fr/changes/");
    assert_contains(&changes, "<span lang=\"en\" dir=\"auto\">Draft fee</span>");
    assert_contains(
        &changes,
        "<span lang=\"en\" dir=\"auto\">Comments are welcome.</span>",
    );
    let french = built.page("fr/procedures/export/");
    assert_contains(
        &french,
        "<p lang=\"en\" dir=\"auto\">Declare the goods before loading.</p>",
    );
    assert_contains(
        &french,
        "<h3 lang=\"en\" dir=\"auto\">Lodge the declaration</h3>",
    );
    assert_contains(
        &french,
        "<li lang=\"en\" dir=\"auto\">Commercial invoice</li>",
    );
    // And where the procedures are listed.
    assert_contains(
        &built.page("fr/procedures/"),
        "<p lang=\"en\" dir=\"auto\">Declare the goods before loading.</p>",
    );
    // Translated in full: nothing marked.
    let arabic = built.page("ar/procedures/export/");
    assert_contains(&arabic, "<p>صرّح بالبضائع قبل التحميل.</p>");
    assert_contains(&arabic, "<h3>قدّم التصريح</h3>");
    assert_lacks(main_of(&arabic), "lang=\"en\"");
    // The original is in its own language.
    assert_lacks(main_of(&built.page("en/procedures/export/")), "lang=\"en\"");
}

#[test]
fn an_identifier_reads_the_same_on_an_arabic_page() {
    // In a right-to-left paragraph `14/2025/TT-BTC` would show as
    // `TT-BTC/14/2025`: the number is isolated, and keeps its own order.
    let site = SiteTest::new("basic");
    site.write(
        "content/legal/fees-circular.md",
        "+++\ntitle = \"Fees circular\"\ntype = \"circular\"\nnumber = \"14/2025/TT-BTC\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("ar/legal/fees-circular/"),
        "<dd><bdi>14/2025/TT-BTC</bdi></dd>",
    );
}
