//! Issue 12, fees: an amount that changes on a date, a fee that starts or
//! ends, as a reader sees them on the reference date (`--date`), and the
//! mistakes a fee's amounts can hold, at their place in the file.

use crate::entities::customs_site;
use crate::harness::{assert_contains, assert_lacks, SiteTest};

fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap_or(0);
    let end = html.find("</main>").unwrap_or(html.len());
    &html[start..end]
}

/// The `Amount` field of a fee page (single-amount fees).
fn amount_field(html: &str) -> &str {
    let start = html
        .find("field-amount")
        .unwrap_or_else(|| panic!("no amount field in:\n{html}"));
    let end = html[start..]
        .find("</dd>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// Error reports with their wrapped lines joined, so that a long message
/// or hint can be found whole.
fn unwrapped(report: &str) -> String {
    report
        .lines()
        .map(|l| l.trim().trim_start_matches('│').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The customs fixture with dated fees: the declaration fee rises on
/// 1 January 2027; a storage fee on 1 June 2027; a new fee starts on
/// 1 March 2027; an old one ended on 30 June 2026; the scanning tiers
/// change on 1 January 2027. The procedure `clearance` charges them all.
fn dated_site() -> SiteTest {
    let site = customs_site();
    site.write(
        "content/fees/declaration.md",
        r#"+++
title = "Declaration processing fee"
amount = "20000; 25000 from 2027-01-01"
currency = "VND"
per = "declaration"
authority = "customs"
published = 2024-11-15
effective = 2025-01-01
+++
"#,
    );
    site.write(
        "content/fees/declaration.fr.md",
        "+++\ntitle = \"Redevance de traitement de la déclaration\"\n+++\n",
    );
    site.write(
        "content/fees/storage.md",
        r#"+++
title = "Storage fee"
amount = "1000; 2000 from 2027-06-01"
currency = "VND"
per = "day"
published = 2024-11-15
effective = 2025-01-01
+++
"#,
    );
    site.write(
        "content/fees/new-fee.md",
        r#"+++
title = "Electronic seal fee"
amount = "7000"
currency = "VND"
per = "container"
published = 2026-11-01
effective = 2027-03-01
+++
"#,
    );
    site.write(
        "content/fees/new-fee.fr.md",
        "+++\ntitle = \"Redevance de scellé électronique\"\n+++\n",
    );
    site.write(
        "content/fees/old-fee.md",
        r#"+++
title = "Paper manifest fee"
amount = "3000"
currency = "VND"
per = "consignment"
published = 2024-11-15
effective = 2025-01-01
until = 2026-06-30
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
published = 2024-11-01
effective = 2025-01-10

[[rates]]
label = "20-foot container"
amount = "500000; 550000 from 2027-01-01"

[[rates]]
label = "40-foot container"
amount = "800000"
+++
"#,
    );
    site.write(
        "content/procedures/clearance.md",
        r#"+++
title = "Clearance"
direction = "import"
fees = ["declaration", "storage", "new-fee", "old-fee", "scanning"]
+++
"#,
    );
    site
}

#[test]
fn the_fee_page_shows_the_amount_in_force_and_the_next_one_beside_it() {
    let site = dated_site();
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/fees/declaration/");
    let field = amount_field(main_of(&en));
    assert_contains(field, "<strong>₫20,000</strong> per declaration");
    // Since the day the amount shown began, not the day of the build.
    assert_contains(field, "(in force since January 1, 2025)");
    assert_contains(
        field,
        "<time datetime=\"2027-01-01\">₫25,000 from January 1, 2027</time>",
    );
    // The future amount never passes for the current one.
    assert_lacks(field, "<strong>₫25,000</strong>");
    let main = main_of(&en);
    assert_contains(main, "<h2 id=\"fee-timeline-title\">Amounts over time</h2>");
    assert_contains(
        main,
        "<time datetime=\"2026-12-31\">December 31, 2026</time>",
    );
    assert_contains(main, "<td>In force</td>");
    assert_contains(main, "<td>Scheduled</td>");

    let fr = built.page("fr/fees/declaration/");
    let field = amount_field(main_of(&fr));
    assert_contains(
        field,
        "<strong>20\u{202f}000\u{a0}₫</strong> par déclaration",
    );
    assert_contains(field, "25\u{202f}000\u{a0}₫ à compter du 1er janvier 2027");
    assert_contains(main_of(&fr), "Évolution des montants");

    // A day after the change, the new amount is the one charged.
    let built = site.build_with(&["--date", "2027-01-02"]);
    built.assert_ok();
    let en = built.page("en/fees/declaration/");
    let field = amount_field(main_of(&en));
    assert_contains(field, "<strong>₫25,000</strong> per declaration");
    assert_lacks(field, "from January 1, 2027");
    assert_contains(main_of(&en), "<td>Past</td>");
    let fr = built.page("fr/fees/declaration/");
    let field = amount_field(main_of(&fr));
    assert_contains(
        field,
        "<strong>25\u{202f}000\u{a0}₫</strong> par déclaration",
    );
    assert_lacks(field, "20\u{202f}000");
}

#[test]
fn tiers_show_the_amount_in_force_and_the_scheduled_one() {
    let site = dated_site();
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/fees/scanning/");
    assert_contains(
        main_of(&en),
        "<th scope=\"row\">20-foot container</th><td class=\"num\">₫500,000</td>",
    );
    assert_contains(main_of(&en), "₫550,000 from January 1, 2027");
    assert_contains(
        main_of(&en),
        "<th scope=\"rowgroup\" rowspan=\"2\">20-foot container</th>",
    );
    let built = site.build_with(&["--date", "2027-01-02"]);
    built.assert_ok();
    let en = built.page("en/fees/scanning/");
    assert_contains(
        main_of(&en),
        "<th scope=\"row\">20-foot container</th><td class=\"num\">₫550,000</td>",
    );
    assert_lacks(main_of(&en), "from January 1, 2027");
}

#[test]
fn the_fees_index_shows_what_is_charged_on_the_day() {
    let site = dated_site();
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/fees/");
    let main = main_of(&en);
    assert_contains(
        main,
        "<td class=\"num\">₫20,000<span class=\"amount-next\"><time datetime=\"2027-01-01\">₫25,000 from January 1, 2027</time></span></td>",
    );
    // A fee not yet charged is marked, and its amount is shown with its date.
    assert_contains(
        main,
        "<span class=\"badge fee-state status-not_yet\">Not yet in force</span>",
    );
    assert_contains(main, "₫7,000 from March 1, 2027");
    assert_lacks(main, "<td class=\"num\">₫7,000");
    assert_contains(
        main,
        "<span class=\"badge fee-state status-ended\">No longer in force</span>",
    );
    assert_lacks(main, "₫3,000");
    // Tiers say when their amounts change.
    assert_contains(main, "Amounts change on January 1, 2027");
    let fr = built.page("fr/fees/");
    assert_contains(
        main_of(&fr),
        "25\u{202f}000\u{a0}₫ à compter du 1er janvier 2027",
    );
    assert_contains(main_of(&fr), "Pas encore en vigueur");

    let built = site.build_with(&["--date", "2027-01-02"]);
    built.assert_ok();
    let en = built.page("en/fees/");
    assert_contains(main_of(&en), "<td class=\"num\">₫25,000</td>");
}

#[test]
fn a_procedure_adds_up_the_amounts_charged_on_the_day_and_on_each_change() {
    let site = dated_site();
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/procedures/clearance/");
    let main = main_of(&en);
    // 20,000 + 1,000 today; the fee not yet in force and the one that
    // ended are not charged; the tiers are counted apart.
    assert_contains(main, "₫21,000 plus one fee that depends on the case");
    for next in [
        "<time datetime=\"2027-01-01\">₫26,000 from January 1, 2027</time>",
        "<time datetime=\"2027-03-01\">₫33,000 from March 1, 2027</time>",
        "<time datetime=\"2027-06-01\">₫34,000 from June 1, 2027</time>",
    ] {
        assert_contains(main, next);
    }
    let fr = built.page("fr/procedures/clearance/");
    assert_contains(main_of(&fr), "21\u{202f}000\u{a0}₫");
    assert_contains(
        main_of(&fr),
        "26\u{202f}000\u{a0}₫ à compter du 1er janvier 2027",
    );

    let built = site.build_with(&["--date", "2027-01-02"]);
    built.assert_ok();
    let en = built.page("en/procedures/clearance/");
    let main = main_of(&en);
    assert_contains(main, "₫26,000 plus one fee that depends on the case");
    assert_lacks(main, "from January 1, 2027");
    assert_contains(main, "₫33,000 from March 1, 2027");
}

#[test]
fn a_procedure_whose_only_fee_has_tiers_says_so_without_a_sum_before() {
    let site = dated_site();
    site.write(
        "content/procedures/scan-only.md",
        "+++\ntitle = \"Scanning\"\ndirection = \"import\"\nfees = [\"scanning\"]\n+++\n",
    );
    site.write(
        "content/procedures/scan-only.fr.md",
        "+++\ntitle = \"Scanner\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/procedures/scan-only/");
    let main = main_of(&en);
    assert_contains(main, "<dd>One fee that depends on the case");
    assert_lacks(main, "plus one fee");
    let fr = built.page("fr/procedures/scan-only/");
    assert_contains(main_of(&fr), "<dd>Une redevance qui dépend du cas");
}

#[test]
fn a_fee_not_yet_or_no_longer_in_force_says_so() {
    let site = dated_site();
    let built = site.build();
    built.assert_ok();
    let new = built.page("en/fees/new-fee/");
    let main = main_of(&new);
    assert_contains(
        main,
        "<strong>Not yet in force: this fee is charged from March 1, 2027.</strong>",
    );
    assert_contains(main, "₫7,000 from March 1, 2027");
    assert_lacks(main, "<strong>₫7,000</strong>");
    let fr = built.page("fr/fees/new-fee/");
    assert_contains(
        main_of(&fr),
        "Pas encore en vigueur : cette redevance est perçue à compter du 1er mars 2027.",
    );

    let old = built.page("en/fees/old-fee/");
    let main = main_of(&old);
    assert_contains(
        main,
        "<strong>No longer in force: this fee was last charged on June 30, 2026.</strong>",
    );
    assert_lacks(main, "<strong>₫3,000</strong>");
    assert_contains(main, "<dt>Last day charged</dt>");
    assert_contains(main, "<td>Past</td>");
    let fr = built.page("fr/fees/old-fee/");
    assert_contains(
        main_of(&fr),
        "N’est plus en vigueur : cette redevance a été perçue pour la dernière fois le 30 juin 2026.",
    );

    // On its first day, the new fee is charged and says nothing more.
    let built = site.build_with(&["--date", "2027-03-01"]);
    built.assert_ok();
    let new = built.page("en/fees/new-fee/");
    assert_contains(main_of(&new), "<strong>₫7,000</strong> per container");
    assert_lacks(main_of(&new), "Not yet in force");
}

#[test]
fn large_amounts_are_shown_exactly() {
    let site = customs_site();
    let nines = "9".repeat(30);
    site.write(
        "content/fees/huge.md",
        &format!(
            "+++\ntitle = \"Huge\"\namount = \"{nines}\"\ncurrency = \"VND\"\nper = \"declaration\"\n+++\n"
        ),
    );
    site.write(
        "content/fees/cents.md",
        "+++\ntitle = \"Cents\"\namount = \"12.5; 0.05 from 2027-01-01\"\ncurrency = \"USD\"\nper = \"page\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    let grouped = ["999"; 10].join(",");
    let en = built.page("en/fees/huge/");
    assert_contains(
        amount_field(main_of(&en)),
        &format!("<strong>₫{grouped}</strong>"),
    );
    // Decimals show as many places as the currency counts.
    let cents = built.page("en/fees/cents/");
    let field = amount_field(main_of(&cents));
    assert_contains(field, "<strong>$12.50</strong>");
    assert_contains(field, "$0.05 from January 1, 2027");
}

#[test]
fn amounts_are_never_rounded_to_cldr_digits() {
    // CLDR writes LAK and IQD with no decimals, where ISO 4217 counts 2
    // and 3: a site that counts att and fils says so, and its fee is the
    // law's amount, not CLDR's rounding of it.
    let site = customs_site();
    site.edit("kb.toml", |config| {
        format!("{config}\n[currencies.LAK]\nplaces = 2\n[currencies.IQD]\nplaces = 3\n")
    });
    site.write(
        "content/fees/kip.md",
        "+++\ntitle = \"Kip\"\namount = \"20000.5; 0.4 from 2027-01-01\"\ncurrency = \"LAK\"\nper = \"page\"\n+++\n",
    );
    site.write(
        "content/fees/dinar.md",
        "+++\ntitle = \"Dinar\"\namount = \"12.505\"\ncurrency = \"IQD\"\nper = \"page\"\n+++\n",
    );
    site.write(
        "content/fees/whole.md",
        "+++\ntitle = \"Whole\"\namount = \"20000\"\ncurrency = \"USD\"\nper = \"page\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    let kip = built.page("en/fees/kip/");
    let field = amount_field(main_of(&kip));
    assert_contains(field, "<strong>LAK\u{a0}20,000.50</strong>");
    assert_contains(field, "LAK\u{a0}0.40 from January 1, 2027");
    let dinar = built.page("en/fees/dinar/");
    assert_contains(
        amount_field(main_of(&dinar)),
        "<strong>IQD\u{a0}12.505</strong>",
    );
    // A whole amount is shown whole, in every language.
    let whole = built.page("en/fees/whole/");
    assert_contains(amount_field(main_of(&whole)), "<strong>$20,000</strong>");
    let whole = built.page("fr/fees/whole/");
    assert_contains(
        amount_field(main_of(&whole)),
        "<strong>20\u{202f}000\u{a0}$US</strong>",
    );
}

#[test]
fn mistakes_in_amounts_are_errors_at_their_place() {
    let site = customs_site();
    site.write(
        "content/fees/tiny.md",
        "+++\ntitle = \"Tiny\"\namount = \"0.000000001\"\ncurrency = \"VND\"\nper = \"declaration\"\n+++\n",
    );
    site.write(
        "content/fees/order.md",
        "+++\ntitle = \"Order\"\ncurrency = \"VND\"\nper = \"container\"\n\n[[rates]]\nlabel = \"Small\"\namount = \"100\"\n\n[[rates]]\nlabel = \"Large\"\namount = \"200; 300 from 2028-01-01; 250 from 2027-01-01\"\n+++\n",
    );
    site.write(
        "content/fees/twice.md",
        "+++\ntitle = \"Twice\"\ncurrency = \"VND\"\nper = \"day\"\namount = \"100; 200 from 2027-01-01; 300 from 2027-01-01\"\n+++\n",
    );
    site.write(
        "content/fees/baddate.md",
        "+++\ntitle = \"Bad date\"\ncurrency = \"VND\"\nper = \"day\"\namount = \"100; 200 from 2027-02-30\"\n+++\n",
    );
    site.write(
        "content/fees/ends.md",
        "+++\ntitle = \"Ends\"\ncurrency = \"VND\"\nper = \"day\"\namount = \"100; 200 from 2028-01-01\"\neffective = 2026-01-01\nuntil = 2027-06-30\n+++\n",
    );
    site.write(
        "content/fees/backwards.md",
        "+++\ntitle = \"Backwards\"\ncurrency = \"VND\"\nper = \"day\"\namount = \"100\"\neffective = 2027-01-01\nuntil = 2026-06-30\n+++\n",
    );
    // A translation may not change a dated amount.
    site.write(
        "content/fees/declaration.md",
        "+++\ntitle = \"Declaration processing fee\"\namount = \"20000; 25000 from 2027-01-01\"\ncurrency = \"VND\"\nper = \"declaration\"\n+++\n",
    );
    site.write(
        "content/fees/declaration.fr.md",
        "+++\ntitle = \"Redevance\"\namount = \"20000\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert!(!err.contains("panicked"), "{err}");
    for needle in [
        // The value inside the string: line 3, column 11.
        "amount: `0.000000001` has decimals, but VND has no smaller unit",
        "[content/fees/tiny.md:3:11]",
        "400000; 450000 from 2027-01-01",
        // The tier's third value, on line 12.
        "[[rates]] number 2: 2027-01-01 comes before 2028-01-01",
        "[content/fees/order.md:12:37]",
        "write the values in date order, earliest first",
        "amount: two values from 2027-01-01",
        "[content/fees/twice.md:5:37]",
        "amount: `2027-02-30` is not a date",
        "[content/fees/baddate.md:5:25]",
        "amount: an amount from 2028-01-01, after the fee's last day 2027-06-30 (`until`)",
        "the fee's last day 2026-06-30 (`until`) is before its first 2027-01-01 (`effective`)",
        "this translation changes `amount`, which is data the original holds",
    ] {
        assert_contains(&err, needle);
    }
}

#[test]
fn the_next_rebuild_is_the_next_day_a_fee_changes() {
    let site = dated_site();
    let next = |date: &str| {
        let built = site.build_with(&["--date", date]);
        built.assert_ok();
        let schedule: serde_json::Value =
            serde_json::from_str(&built.page("data/schedule.json")).unwrap();
        schedule["next_change"].as_str().unwrap_or("").to_string()
    };
    // The day after the old fee's last day.
    assert_eq!(next("2026-06-01"), "2026-07-01");
    // The new fee's first day, then the storage fee's new amount.
    assert_eq!(next("2027-01-02"), "2027-03-01");
    assert_eq!(next("2027-03-02"), "2027-06-01");
}

/// An amount and its date in Persian digits, with the Arabic decimal
/// separator, are the numbers they write: 400,000 IRR until Nowruz 1406.
#[test]
fn fee_amounts_in_native_digits_are_read_as_their_numbers() {
    let site = customs_site();
    site.write(
        "content/fees/declaration.md",
        "+++\ntitle = \"Declaration processing fee\"\namount = \"۴۰۰۰۰۰; ۴۵۰۰۰۰ from ۲۰۲۷-۰۳-۲۱\"\ncurrency = \"IRR\"\nper = \"declaration\"\npublished = 2024-11-15\neffective = 2025-01-01\n+++\n",
    );
    let built = site.build_with(&["--date", "2026-12-08"]);
    built.assert_ok();
    let page = built.page("en/fees/declaration/");
    assert_contains(amount_field(&page), "400,000");
    assert_contains(main_of(&page), "450,000");
    assert_contains(main_of(&page), "March 21, 2027");
}

#[test]
fn a_fee_in_force_before_its_publication_here_says_so_without_negative_days() {
    // Türkiye: a site launched with its fees in force was told the stamp
    // duty "takes effect -323 days after it is published", with a hint to
    // publish earlier, which no one can do.
    let site = customs_site();
    site.write(
        "content/fees/stamp-duty.md",
        r#"+++
title = "Declaration stamp duty"
amount = "108330"
currency = "VND"
per = "declaration"
authority = "customs"
published = 2026-11-20
effective = 2026-01-01
+++
"#,
    );
    let report = unwrapped(&crate::harness::kb_stderr(
        site.root(),
        &["check", "--date", "2026-12-08"],
    ));
    assert_contains(
        &report,
        "this fee was in force from 2026-01-01, 323 days before its publication on this site",
    );
    assert_contains(&report, "set `published` to the date of that publication");
    assert_lacks(&report, "-323");
}
