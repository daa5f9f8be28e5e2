//! What templates receive, checked on the context values rather than on
//! rendered whitespace: the page shell (canonical, alternates, languages),
//! links to untranslated pages, and a rate cell on the reference date.

use serde_json::Value;

use super::context::Frame;
use super::lineage;
use super::rates::{rate_view, Timeline};
use super::tariff_table;
use crate::load::Loaded;
use crate::tariff::LineageStep;
use crate::testing::fixture_with;

fn frame<'a>(loaded: &'a Loaded, lang: &str) -> Frame<'a> {
    Frame {
        site: &loaded.site,
        assets: &loaded.assets,
        lang: loaded
            .site
            .config
            .lang(lang)
            .expect("a language of the site"),
        lists: true,
        alternates: true,
        table_data: true,
    }
}

/// A Tera that escapes as kb's templates do, for comparing what kb writes
/// out with the default theme's loops.
fn escaping_tera() -> tera::Tera {
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.set_escape_fn(crate::html::escape);
    tera
}

fn json(value: impl serde::Serialize) -> Value {
    serde_json::to_value(value).expect("serialisable")
}

#[test]
fn a_translated_page_is_its_own_canonical_with_an_alternate_per_language() {
    let (_dir, loaded) = fixture_with("basic", &[]);
    let page = loaded.site.page("about").expect("about");
    let present: Vec<bool> = vec![true, true, true];
    let shell = json(frame(&loaded, "fr").shell(&page.path, &present));
    assert_eq!(shell["canonical"], "https://customs.test/fr/about/");
    let hreflangs: Vec<&str> = shell["alternates"]
        .as_array()
        .expect("alternates")
        .iter()
        .map(|a| a["hreflang"].as_str().expect("a code"))
        .collect();
    assert_eq!(hreflangs, ["en", "ar", "fr", "x-default"]);
    let current: Vec<&str> = shell["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .filter(|l| l["current"] == true)
        .map(|l| l["code"].as_str().expect("a code"))
        .collect();
    assert_eq!(current, ["fr"]);
    assert_eq!(shell["site"]["title"], "Douanes de test");
}

/// The written-out alternates and switcher are, byte for byte, what the
/// default theme's loops over `alternates` and `languages` gave (and what
/// a theme of its own still can write), Arabic's `dir` included.
#[test]
fn the_written_frame_lists_are_the_loops_the_theme_had() {
    let (_dir, loaded) = fixture_with("basic", &[]);
    let page = loaded.site.page("about").expect("about");
    let mut tera = escaping_tera();
    tera.add_raw_template(
        "loops.html",
        "{%- for alt in alternates %}\n<link rel=\"alternate\" hreflang=\"{{ alt.hreflang }}\" \
         href=\"{{ alt.href }}\">{%- endfor %}|\
         {%- for l in languages %}<li><a href=\"{{ l.href }}\" lang=\"{{ l.code }}\" \
         hreflang=\"{{ l.code }}\"{% if l.dir != lang.dir %} dir=\"{{ l.dir }}\"{% endif %}\
         {% if l.current %} aria-current=\"true\"{% endif %}>{{ l.name }}</a></li>{%- endfor %}",
    )
    .expect("a template");
    for lang in ["en", "fr", "ar"] {
        let shell = frame(&loaded, lang).shell(&page.path, &[true, true, true]);
        let context = tera::Context::from_serialize(&shell).expect("a context");
        let looped = tera.render("loops.html", &context).expect("rendered");
        let value = json(&shell);
        let written = format!(
            "{}|{}",
            value["alternate_links"].as_str().expect("written"),
            value["language_items"].as_str().expect("written")
        );
        assert_eq!(written, looped);
        // Only a language whose direction is not the page's says so.
        if lang == "ar" {
            assert!(written.contains("hreflang=\"en\" dir=\"ltr\""), "{written}");
            assert!(!written.contains("dir=\"rtl\""), "{written}");
        } else {
            assert!(written.contains("hreflang=\"ar\" dir=\"rtl\""), "{written}");
            assert!(!written.contains("dir=\"ltr\""), "{written}");
        }
        assert!(written.contains("hreflang=\"x-default\""), "{written}");
    }
}

#[test]
fn an_untranslated_page_points_search_engines_at_its_original() {
    let (_dir, loaded) = fixture_with("basic", &[]);
    let page = loaded.site.page("contact").expect("contact");
    let present = [true, false, false];
    let shell = json(frame(&loaded, "fr").shell(&page.path, &present));
    assert_eq!(shell["canonical"], "https://customs.test/en/contact/");
    assert_eq!(shell["alternates"], Value::Array(Vec::new()));
}

#[test]
fn a_page_that_is_not_content_has_the_same_frame_and_leads_to_each_home_or_itself() {
    let (_dir, loaded) = fixture_with("basic", &[]);
    let shell = json(frame(&loaded, "fr").special_shell("/fr/404.html"));
    assert_eq!(shell["canonical"], "https://customs.test/fr/404.html");
    assert_eq!(shell["alternates"], Value::Array(Vec::new()));
    let languages = shell["languages"].as_array().expect("languages");
    let links: Vec<(&str, &str, bool)> = languages
        .iter()
        .map(|l| {
            let code = l["code"].as_str().expect("a code");
            (
                code,
                l["href"].as_str().expect("a link"),
                l["current"] == true,
            )
        })
        .collect();
    // The French 404 page says it is French, as every content page does.
    assert_eq!(
        links,
        [
            ("en", "/en/", false),
            ("ar", "/ar/", false),
            ("fr", "/fr/", true)
        ]
    );
    assert_eq!(shell["site"]["title"], "Douanes de test");
    // The search and changes pages lead to themselves in each language.
    let shell = json(frame(&loaded, "fr").special_shell("/fr/search/index.html"));
    let hrefs: Vec<&str> = shell["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .map(|l| l["href"].as_str().expect("a link"))
        .collect();
    assert_eq!(hrefs, ["/en/search/", "/ar/search/", "/fr/search/"]);
}

#[test]
fn a_link_to_an_untranslated_page_says_the_language_of_its_title() {
    let (_dir, loaded) = fixture_with("basic", &[]);
    let frame = frame(&loaded, "fr");
    let contact = loaded.site.page("contact").expect("contact");
    let link = json(frame.link_to("/fr/", contact));
    assert_eq!(link["lang"], "en");
    assert_eq!(link["href"], "/fr/contact/");
    let about = loaded.site.page("about").expect("about");
    let link = json(frame.link_to("/fr/about/", about));
    assert_eq!(link["title"], "Qui sommes-nous");
    assert_eq!(link["lang"], Value::Null);
    assert_eq!(link["current"], true);
}

#[test]
fn a_rate_cell_shows_the_rate_in_force_and_the_next_one_the_readers_way() {
    let chapter = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/sites/tariff/content/tariff/09.md"),
    )
    .expect("the fixture chapter");
    let chapter = chapter.replacen("| kg | 20% |", "| kg | 20%; 10% from 2027-01-01 |", 1);
    let (_dir, loaded) = fixture_with("tariff", &[("content/tariff/09.md", &chapter)]);
    let code = loaded.site.tariff.code("09011110").expect("the line");
    let cell = code.rates.get("mfn").expect("an MFN cell");
    let view = json(rate_view(
        &frame(&loaded, "fr"),
        &code.digits,
        "mfn",
        cell,
        (Timeline::Whole, Default::default()),
    ));
    assert_eq!(view["original"], "20%");
    assert_eq!(view["next"]["iso"], "2027-01-01");
    assert_eq!(view["next"]["date"], "1er janvier 2027");
    let states: Vec<&str> = view["timeline"]
        .as_array()
        .expect("a timeline")
        .iter()
        .map(|t| t["state"].as_str().expect("a state"))
        .collect();
    assert_eq!(states, ["in_force", "scheduled"]);
    assert_eq!(view["dated"], true);
}

/// The default theme's loop over a tariff table's `rows`, before kb wrote
/// them out.
const ROWS_LOOP: &str = r#"{%- for row in rows %}
    <tr class="{% if row.group %}group{% else %}{{ row.level }}{% endif %}{% if row.leaf %} leaf{% endif %}"{% if row.digits and row.level == "heading" %} id="h{{ row.digits }}"{% endif %}>
      {%- if row.code %}
      <th scope="row" class="code"><a href="{{ row.href }}">{{ row.code }}</a></th>
      {%- else %}
      <td class="code"></td>
      {%- endif %}
      <td class="desc depth-{% if row.depth > 6 %}6{% else %}{{ row.depth }}{% endif %}">{% if row.lang %}<span lang="{{ row.lang }}" dir="auto">{{ row.description }}</span>{% else %}{{ row.description }}{% endif %}
        {%- if row.status %}<span class="line-status line-{{ row.status.state }}">{{ row.status.text }}</span>{% endif %}</td>
      {%- for col in columns %}
      {%- if col.kind == "rate" or col.kind == "tax" %}
      {%- set cell = row.rates | by_key(key=col.key) %}
      <td class="rate" data-label="{{ col.label }}">{% if cell and cell.text %}<span title="{{ cell.original }}">{{ cell.text }}</span>{% endif %}
        {%- if cell and cell.next %}<span class="rate-next"><time datetime="{{ cell.next.iso }}">{{ cell.next.text }}</time></span>{% endif %}</td>
      {%- elif col.kind == "text" %}
      {%- set cell = row.texts | by_key(key=col.key) %}
      <td class="text" data-label="{{ col.label }}">{% if cell and cell.lang %}<span lang="{{ cell.lang }}" dir="auto">{{ cell.html | safe }}</span>{% elif cell %}{{ cell.html | safe }}{% endif %}</td>
      {%- else %}
      <td class="data" data-label="{{ col.label }}">{{ row.data[col.key] | default(value="") }}</td>
      {%- endif %}
      {%- endfor %}
    </tr>
  {%- endfor %}"#;

/// The rows kb writes out (`table_rows`) are, byte for byte, what the
/// default theme's loop over `rows` gave (and what a theme of its own
/// still can write): grouping lines, heading anchors, a scheduled rate, a
/// line not yet in force, a text cell in the default language's words.
#[test]
fn the_written_table_rows_are_the_loop_the_theme_had() {
    let chapter = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/sites/tariff/content/tariff/09.md"),
    )
    .expect("the fixture chapter")
    .replacen("| kg | 20% |", "| kg | 20%; 10% from 2027-01-01 |", 1)
    .replacen(
        "| 0901.12 | - - Decaffeinated | kg | 3000 VND/kg | 0% | |",
        "| 0901.12 | - - Decaffeinated | | | | |\n\
         | 0901.12.20 from 2027-07-01 | - - - In capsules & pods | kg | 4000 VND/kg | 0% | \"A\" & B |",
        1,
    );
    let (_dir, loaded) = fixture_with("tariff", &[("content/tariff/09.md", &chapter)]);
    let mut tera = escaping_tera();
    tera.register_filter("by_key", |v: &tera::Value, args: &_| {
        crate::templates::by_key(v, args)
    });
    tera.add_raw_template("loop.html", ROWS_LOOP)
        .expect("a template");
    let chapter = loaded.site.tariff.chapter("09").expect("chapter 09");
    for lang in ["en", "fr", "ar"] {
        let frame = frame(&loaded, lang);
        let from = format!("/{lang}/tariff/09/");
        let rows = tariff_table::chapter_rows(&frame, &from, chapter, Timeline::Whole);
        let columns = tariff_table::chapter_columns(&frame, chapter);
        let mut context = tera::Context::new();
        context.insert("rows", &rows);
        context.insert("columns", &columns);
        let looped = tera.render("loop.html", &context).expect("rendered");
        let written = tariff_table::table_rows(&rows, &columns);
        assert_eq!(written, looped, "{lang}");
        // The same without the timelines, which the table does not show.
        let rows = tariff_table::chapter_rows(&frame, &from, chapter, Timeline::Skipped);
        assert_eq!(tariff_table::table_rows(&rows, &columns), looped, "{lang}");
        for shown in [
            "<tr class=\"group\">",
            "id=\"h0901\"",
            "<span class=\"rate-next\"><time datetime=\"2027-01-01\">",
            "<span class=\"line-status line-not_yet\">",
            "&quot;A&quot; &amp; B",
            "In capsules &amp; pods",
        ] {
            assert!(written.contains(shown), "{lang}: {shown} in {written}");
        }
    }
    let ar = tariff_table::table_rows(
        &tariff_table::chapter_rows(
            &frame(&loaded, "ar"),
            "/ar/tariff/09/",
            chapter,
            Timeline::Skipped,
        ),
        &tariff_table::chapter_columns(&frame(&loaded, "ar"), chapter),
    );
    // The English description is marked, not its cell: the line's status
    // beside it is in the page's language.
    assert!(
        ar.contains("<td class=\"desc depth-3\"><span lang=\"en\" dir=\"auto\">In capsules &amp; pods</span><span class=\"line-status line-not_yet\">"),
        "{ar}"
    );
}

/// The written-out menu, breadcrumb trail and head feed links are, byte
/// for byte, what the default theme's loops over `nav`, `breadcrumbs` and
/// `feeds` gave, untranslated titles' `lang` included.
#[test]
fn the_written_menu_trail_and_feed_links_are_the_loops_the_theme_had() {
    let (_dir, loaded) = fixture_with("basic", &[]);
    let mut tera = escaping_tera();
    tera.add_raw_template(
        "loops.html",
        "{%- for item in nav %}\n      <li><a href=\"{{ item.href }}\"{% if item.lang %} \
         lang=\"{{ item.lang }}\" dir=\"auto\"{% endif %}{% if item.current %} aria-current=\"page\"\
         {% endif %}>{{ item.title }}</a></li>{%- endfor %}|\
         {%- for crumb in breadcrumbs %}\n    <li><a href=\"{{ crumb.href }}\"\
         {% if crumb.lang %} lang=\"{{ crumb.lang }}\" dir=\"auto\"{% endif %}>{{ crumb.title }}</a></li>\
         {%- endfor %}|\
         {%- for f in feeds %}\n<link rel=\"alternate\" type=\"application/atom+xml\" \
         title=\"{{ f.title }}\" href=\"{{ f.atom }}\">\n<link rel=\"alternate\" \
         type=\"application/feed+json\" title=\"{{ f.title }}\" href=\"{{ f.json }}\">\
         {%- endfor %}",
    )
    .expect("a template");
    tera.add_raw_template(
        "written.html",
        "{{ nav_items | safe }}|{{ breadcrumb_items | safe }}|{{ feed_links | safe }}",
    )
    .expect("a template");
    let page = loaded.site.page("guides/markdown").expect("a guide");
    for lang in ["en", "fr", "ar"] {
        let frame = frame(&loaded, lang);
        let version = page.version(frame.lang).unwrap_or(&page.versions[0]);
        let mut context =
            tera::Context::from_serialize(frame.page_context(page, version)).expect("a context");
        let from = frame.path(&page.path);
        let feeds = super::changes::feed_links(&frame, &from, Some(&page.key), None);
        super::changes::insert_feeds(&mut context, &feeds);
        let looped = tera.render("loops.html", &context).expect("rendered");
        let written = tera.render("written.html", &context).expect("rendered");
        assert_eq!(written, looped, "{lang}");
        assert!(written.contains("aria-current=\"page\""), "{written}");
        assert!(written.contains("application/feed+json"), "{written}");
        if lang != "en" {
            assert!(written.contains(" lang=\"en\""), "{written}");
        }
    }
}

/// The written-out lineage of a code page is, byte for byte, what the
/// default theme's loop over `lineage` gives, an untranslated description's
/// `lang` and the grouping lines (text, no link) included.
#[test]
fn the_written_lineage_is_the_loop_the_theme_had() {
    let (_dir, loaded) = fixture_with("tariff", &[]);
    let mut tera = escaping_tera();
    tera.add_raw_template(
        "loop.html",
        "{%- for a in lineage %}{% if a.group %}\n    <li class=\"lineage-group\"><span\
         {% if a.lang %} lang=\"{{ a.lang }}\" dir=\"auto\"{% endif %}>{{ a.description }}\
         </span></li>{% else %}\n    <li><a href=\"{{ a.href }}\"><span class=\"code-number\">\
         {{ a.code }}</span> <span{% if a.lang %} lang=\"{{ a.lang }}\" dir=\"auto\"{% endif %}>\
         {{ a.description }}</span></a></li>{% endif %}{%- endfor %}",
    )
    .expect("a template");
    let tariff = &loaded.site.tariff;
    let deepest = (0..tariff.codes.len())
        .max_by_key(|&i| tariff.lineage(i).len())
        .expect("codes");
    let steps = tariff.lineage(deepest);
    assert!(
        steps.len() >= 3,
        "a code two levels down, under a grouping line"
    );
    let mut langs_seen = Vec::new();
    for lang in ["en", "fr", "ar"] {
        let frame = frame(&loaded, lang);
        let from = format!("/{lang}/tariff/x/");
        let lineage: Vec<_> = steps
            .iter()
            .map(|step| match step {
                LineageStep::Code(a) => lineage::ancestor_link(&frame, &from, *a),
                LineageStep::Group(g) => lineage::group_link(&frame, g),
            })
            .collect();
        let mut context = tera::Context::new();
        context.insert("lineage", &lineage);
        let looped = tera.render("loop.html", &context).expect("rendered");
        let written = lineage::lineage_items(&lineage);
        assert_eq!(written, looped, "{lang}");
        assert!(written.contains("class=\"code-number\""), "{written}");
        assert!(written.contains("class=\"lineage-group\""), "{written}");
        langs_seen.push(written.contains(" lang=\""));
    }
    assert!(
        langs_seen.contains(&true),
        "an untranslated description is marked"
    );
}
