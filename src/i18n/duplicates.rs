//! A message or term that a site's folder of one language defines twice, in
//! two files or in one: only the definition read last shows
//! ([`super::read_order`]), and the editor who changed the other saw
//! nothing happen (a Bangladeshi editor's `tariff-col-vat = ভ্যাট` in
//! `site.ftl`, lost to the `tariff-col-vat = VAT` that `kb init` had
//! copied into `trader.ftl`). A warning at each definition that does not
//! show, naming the one that does.

use std::collections::BTreeMap;
use std::ops::Range;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::diagnostics::Diagnostic;

use super::{span_in, LocaleFile, SITE_FILE};

/// One definition of an id: the file (an index into the resources) and
/// the byte range of its identifier there.
struct Definition {
    file: usize,
    at: Range<usize>,
}

/// A warning for every definition of an id in the site's own files of
/// `code`'s folder that a later one overrides. `resources` are in the
/// order the bundle reads them; kb's embedded files, which a site's files
/// override on purpose, and a parent language's folder (`ru` under
/// `ru-KG`), checked as a language of its own, are left out.
pub(super) fn duplicate_definitions(
    code: &str,
    resources: &[(&LocaleFile, FluentResource)],
) -> Vec<Diagnostic> {
    let mut defined: BTreeMap<String, Vec<Definition>> = BTreeMap::new();
    for (file, (locale_file, resource)) in resources.iter().enumerate() {
        if locale_file.embedded || locale_file.lang != code {
            continue;
        }
        for entry in resource.entries() {
            let (id, name) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.id.name),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), t.id.name),
                _ => continue,
            };
            if let Some(at) = span_in(resource.source(), name) {
                defined.entry(id).or_default().push(Definition { file, at });
            }
        }
    }
    let mut problems = Vec::new();
    for (id, definitions) in &defined {
        let Some((shown, overridden)) = definitions.split_last() else {
            continue;
        };
        let shown_source = &resources[shown.file].0.source;
        let (shown_line, _) = shown_source.line_col(shown.at.start);
        for definition in overridden {
            let source = &resources[definition.file].0.source;
            let (line, _) = source.line_col(definition.at.start);
            problems.push(
                Diagnostic::warning(
                    "fluent-duplicate",
                    format!(
                        "the UI message `{id}` is defined twice in `{code}`: {}, line {line}, which pages do not show, and {}, line {shown_line}, which they show",
                        source.path.display(),
                        shown_source.path.display()
                    ),
                )
                .at(source, definition.at.start, definition.at.end)
                .hint(format!(
                    "keep one of them: a language's files are read in order of their names, {SITE_FILE} last, and the last definition wins"
                )),
            );
        }
    }
    problems
}
