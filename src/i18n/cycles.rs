//! Fluent messages and terms that refer to each other in a circle: an
//! error at the line of the message that closes it, where fluent-bundle
//! would publish the reference as `{a}` and carry on.

use std::collections::HashMap;
use std::ops::Range;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::diagnostics::Diagnostic;

use super::{span_in, LocaleFile};

/// A pattern that a reference reaches: the value or one attribute of a
/// message or a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct PatternRef<'a> {
    term: bool,
    id: &'a str,
    attribute: Option<&'a str>,
}

impl std::fmt::Display for PatternRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let dash = if self.term { "-" } else { "" };
        match self.attribute {
            Some(attribute) => write!(f, "`{dash}{}.{attribute}`", self.id),
            None => write!(f, "`{dash}{}`", self.id),
        }
    }
}

/// A message or term as the bundle will hold it: the last file that
/// defines an id wins (`add_resource_overriding`), and messages and terms
/// share one namespace there, as they do here.
#[derive(Clone, Copy)]
enum Definition<'a> {
    Message(&'a ast::Message<&'a str>),
    Term(&'a ast::Term<&'a str>),
}

/// Where a pattern is defined: the file (an index into the resources) and
/// the identifier to point at.
struct Defined<'a> {
    file: usize,
    definition: Definition<'a>,
}

impl<'a> Defined<'a> {
    /// The pattern `reference` names in this definition, if it has one.
    fn pattern(&self, reference: &PatternRef<'_>) -> Option<&'a ast::Pattern<&'a str>> {
        let (value, attributes) = match self.definition {
            Definition::Message(m) if !reference.term => (m.value.as_ref(), &m.attributes),
            Definition::Term(t) if reference.term => (Some(&t.value), &t.attributes),
            _ => return None,
        };
        match reference.attribute {
            // Like fluent-bundle, the first attribute of that name.
            Some(name) => attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
            None => value,
        }
    }

    /// The identifier a diagnostic points at: the attribute's, or the
    /// message's or term's own.
    fn identifier(&self, reference: &PatternRef<'_>) -> &'a str {
        let (id, attributes) = match self.definition {
            Definition::Message(m) => (m.id.name, &m.attributes),
            Definition::Term(t) => (t.id.name, &t.attributes),
        };
        reference
            .attribute
            .and_then(|name| attributes.iter().find(|a| a.id.name == name))
            .map_or(id, |a| a.id.name)
    }
}

/// Every message and term reference a pattern may follow, in any variant
/// and any argument, each once, in order. Walked with a stack rather than
/// recursion: nesting depth is the editor's to choose.
fn references<'a>(pattern: &'a ast::Pattern<&'a str>) -> Vec<PatternRef<'a>> {
    enum Item<'a> {
        Pattern(&'a ast::Pattern<&'a str>),
        Expression(&'a ast::Expression<&'a str>),
        Inline(&'a ast::InlineExpression<&'a str>),
    }
    let mut found: Vec<PatternRef<'a>> = Vec::new();
    let mut stack = vec![Item::Pattern(pattern)];
    while let Some(item) = stack.pop() {
        match item {
            Item::Pattern(p) => {
                for element in p.elements.iter().rev() {
                    if let ast::PatternElement::Placeable { expression } = element {
                        stack.push(Item::Expression(expression));
                    }
                }
            }
            Item::Expression(ast::Expression::Select { selector, variants }) => {
                for variant in variants.iter().rev() {
                    stack.push(Item::Pattern(&variant.value));
                }
                stack.push(Item::Inline(selector));
            }
            Item::Expression(ast::Expression::Inline(inline)) => stack.push(Item::Inline(inline)),
            Item::Inline(inline) => {
                let (reference, arguments) = match inline {
                    ast::InlineExpression::MessageReference { id, attribute } => (
                        Some(PatternRef {
                            term: false,
                            id: id.name,
                            attribute: attribute.as_ref().map(|a| a.name),
                        }),
                        None,
                    ),
                    ast::InlineExpression::TermReference {
                        id,
                        attribute,
                        arguments,
                    } => (
                        Some(PatternRef {
                            term: true,
                            id: id.name,
                            attribute: attribute.as_ref().map(|a| a.name),
                        }),
                        arguments.as_ref(),
                    ),
                    ast::InlineExpression::FunctionReference { arguments, .. } => {
                        (None, Some(arguments))
                    }
                    ast::InlineExpression::Placeable { expression } => {
                        stack.push(Item::Expression(expression));
                        (None, None)
                    }
                    _ => (None, None),
                };
                if let Some(reference) = reference {
                    if !found.contains(&reference) {
                        found.push(reference);
                    }
                }
                if let Some(arguments) = arguments {
                    for named in arguments.named.iter().rev() {
                        stack.push(Item::Inline(&named.value));
                    }
                    for positional in arguments.positional.iter().rev() {
                        stack.push(Item::Inline(positional));
                    }
                }
            }
        }
    }
    found
}

/// Messages and terms that refer to themselves, directly (`a = { a }`) or
/// through others (`a = { b }`, `b = { a }`; `-t = { -t }`), among the
/// definitions one language's bundle will hold. fluent-bundle refuses to
/// enter a pattern it is already formatting, in whatever variant, so every
/// reference counts, whichever variant it is in. Each cycle is one error,
/// at the member defined in the latest file: the site's own file rather
/// than the embedded one its override closed a cycle with.
pub(super) fn reference_cycles(resources: &[(&LocaleFile, FluentResource)]) -> Vec<Diagnostic> {
    let mut defined: HashMap<&str, Defined<'_>> = HashMap::new();
    let mut order = Vec::new();
    for (file, (_, resource)) in resources.iter().enumerate() {
        for entry in resource.entries() {
            let (id, definition) = match entry {
                ast::Entry::Message(m) => (m.id.name, Definition::Message(m)),
                ast::Entry::Term(t) => (t.id.name, Definition::Term(t)),
                _ => continue,
            };
            defined.insert(id, Defined { file, definition });
            order.push((id, file));
        }
    }
    // Every pattern of every definition that survived the overrides, in
    // file order, so that the report does not depend on hashing.
    let mut starts = Vec::new();
    for (id, file) in order {
        let Some(d) = defined.get(id).filter(|d| d.file == file) else {
            continue;
        };
        let (term, attributes) = match d.definition {
            Definition::Message(m) => (false, &m.attributes),
            Definition::Term(t) => (true, &t.attributes),
        };
        starts.push(PatternRef {
            term,
            id,
            attribute: None,
        });
        starts.extend(attributes.iter().map(|a| PatternRef {
            term,
            id,
            attribute: Some(a.id.name),
        }));
    }

    enum State {
        OnPath(usize),
        Done,
    }
    let mut state: HashMap<PatternRef<'_>, State> = HashMap::new();
    let mut problems = Vec::new();
    for start in starts {
        if state.contains_key(&start) {
            continue;
        }
        let Some(pattern) = defined.get(start.id).and_then(|d| d.pattern(&start)) else {
            continue;
        };
        // Depth-first, with the path and each pattern's references on a stack.
        let mut path = vec![(start, references(pattern), 0)];
        state.insert(start, State::OnPath(0));
        while let Some((node, refs, next)) = path.last_mut() {
            let Some(&target) = refs.get(*next) else {
                state.insert(*node, State::Done);
                path.pop();
                continue;
            };
            *next += 1;
            match state.get(&target) {
                Some(State::Done) => {}
                Some(State::OnPath(at)) => {
                    let cycle: Vec<PatternRef<'_>> = path[*at..].iter().map(|p| p.0).collect();
                    problems.push(cycle_error(&cycle, &defined, resources));
                }
                None => {
                    if let Some(pattern) = defined.get(target.id).and_then(|d| d.pattern(&target)) {
                        state.insert(target, State::OnPath(path.len()));
                        path.push((target, references(pattern), 0));
                    }
                }
            }
        }
    }
    problems
}

/// The error for one cycle, at the member defined in the latest file
/// (the first one in that file).
fn cycle_error(
    cycle: &[PatternRef<'_>],
    defined: &HashMap<&str, Defined<'_>>,
    resources: &[(&LocaleFile, FluentResource)],
) -> Diagnostic {
    // (file index, byte range of the identifier) of a member.
    let place = |r: &PatternRef<'_>| -> Option<(usize, Range<usize>)> {
        let d = defined.get(r.id)?;
        // The AST borrows from the resource's copy of the file's text.
        let range = span_in(resources[d.file].1.source(), d.identifier(r))?;
        Some((d.file, range))
    };
    let placed = cycle
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((i, place(r)?)))
        .max_by_key(|(_, (file, range))| (*file, std::cmp::Reverse(range.start)));
    let from = placed.as_ref().map_or(0, |(i, _)| *i);
    let head = cycle[from];
    let message = if cycle.len() == 1 {
        let kind = if head.term { "term" } else { "message" };
        format!("Fluent {kind} {head} refers to itself")
    } else {
        let chain: Vec<String> = cycle[from..]
            .iter()
            .chain(&cycle[..=from])
            .map(ToString::to_string)
            .collect();
        format!("Fluent messages refer to each other: {}", chain.join(" → "))
    };
    let mut d = Diagnostic::error("fluent", message);
    if let Some((_, (file, range))) = placed {
        d = d.at(&resources[file].0.source, range.start, range.end);
    }
    d.hint("a message cannot use itself, directly or through other messages or terms: write out the text of one of them instead of referring to it")
}
