//! Issue 18: imports flow one way. Reads `src/` and checks that the
//! modules of the crate form no loop: neither between top-level modules
//! (`model` → `tariff` → `model`), nor between the files of one folder
//! (`render/context.rs` ↔ `render/entities.rs`). A folder's `mod.rs`
//! declares and re-exports its files, so its ties to its own files are not
//! counted; from outside, a folder is one module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module paths (`["render", "tariff"]`) of every `.rs` file under `src/`.
fn modules(src: &Path) -> BTreeMap<Vec<String>, String> {
    let mut found = BTreeMap::new();
    for entry in walkdir::WalkDir::new(src)
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        // Test-only modules (`mod tests;`, the crate's `testing`) load
        // whole sites to test a layer: they are no part of the graph.
        if path
            .file_name()
            .is_some_and(|n| n == "tests.rs" || n == "testing.rs")
        {
            continue;
        }
        let rel = path.strip_prefix(src).unwrap().with_extension("");
        let mut parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if parts
            .last()
            .is_some_and(|l| l == "mod" || l == "lib" || l == "main")
        {
            parts.pop();
        }
        found.insert(parts, std::fs::read_to_string(path).unwrap());
    }
    found
}

/// The module paths a file names: `crate::a::b::…` and `super::x::…`.
fn references(own: &[String], text: &str, known: &BTreeSet<Vec<String>>) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    let code: String = text
        .lines()
        .take_while(|l| !l.trim_start().starts_with("#[cfg(test)]"))
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = code.as_bytes();
    // `super::` from `render/tariff.rs` (module `render::tariff`) and from
    // `render/mod.rs` (module `render`) alike names the module above.
    let parent = own[..own.len().saturating_sub(1)].to_vec();
    for (prefix, base) in [("crate::", Vec::new()), ("super::", parent)] {
        let mut from = 0;
        while let Some(i) = code[from..].find(prefix) {
            let start = from + i;
            from = start + prefix.len();
            if start > 0
                && (bytes[start - 1].is_ascii_alphanumeric()
                    || bytes[start - 1] == b'_'
                    || bytes[start - 1] == b':')
            {
                continue;
            }
            let rest = &code[from..];
            let path: Vec<String> = rest
                .split("::")
                .map(|seg| {
                    seg.chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect::<String>()
                })
                .take_while(|seg| !seg.is_empty())
                .collect();
            // Braced lists `crate::a::{b, c}`: `a` is enough for the loop check.
            let mut target = base.clone();
            target.extend(path);
            while !target.is_empty() && !known.contains(&target) {
                target.pop();
            }
            if !target.is_empty() {
                out.insert(target);
            }
        }
    }
    out
}

fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()).copied().unwrap_or(0) {
                1 => {
                    let at = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                0 => {
                    if let Some(c) = visit(next, edges, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if state.get(node).copied().unwrap_or(0) == 0 {
            if let Some(c) = visit(node, edges, &mut state, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn imports_flow_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = modules(&src);
    let known: BTreeSet<Vec<String>> = modules.keys().cloned().collect();
    let mut top: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut siblings: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in &modules {
        if path.is_empty() {
            continue; // lib.rs and main.rs declare everything
        }
        let file = src.join(path.join("/"));
        let is_mod = file.is_dir();
        for target in references(path, text, &known) {
            if target[0] != path[0] {
                top.entry(path[0].clone())
                    .or_default()
                    .insert(target[0].clone());
            } else if !is_mod
                && target.len() == path.len()
                && target[..target.len() - 1] == path[..path.len() - 1]
                && target != *path
                && !src.join(target.join("/")).is_dir()
            {
                siblings
                    .entry(path.join("/"))
                    .or_default()
                    .insert(target.join("/"));
            }
        }
    }
    if let Some(cycle) = find_cycle(&top) {
        panic!("modules import each other in a loop: {}", cycle.join(" → "));
    }
    if let Some(cycle) = find_cycle(&siblings) {
        panic!(
            "files of one folder import each other in a loop: {}",
            cycle.join(" → ")
        );
    }
}

/// The longest a function may be, and a file's code (its tests aside),
/// before it must say why it is not two ideas.
const MAX_FUNCTION_LINES: usize = 80;
const MAX_FILE_LINES: usize = 600;

/// Known debt (issue 18): functions and files over the limits when the
/// limits came in, each to be split along its ideas. Nothing may join this
/// list; a function leaves it by being split (the test then says so, so
/// the list only shrinks).
const KNOWN_LONG: &[&str] = &[];

/// Whether the comments right above line `at` (doc comments and
/// attributes included) hold a `Long:` sentence saying why.
fn says_why_long(lines: &[&str], at: usize) -> bool {
    lines[..at]
        .iter()
        .rev()
        .take_while(|l| {
            let l = l.trim_start();
            l.starts_with("//") || l.starts_with("#[")
        })
        .any(|l| l.contains("Long:"))
}

/// Functions (start line, name, length) of `text` over the limit that do
/// not say why. A function ends at the first line that closes it at its
/// own indentation, as rustfmt writes them.
fn long_functions(text: &str) -> Vec<(usize, String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let code = line.trim_start();
        let indent = &line[..line.len() - code.len()];
        let after_vis = code
            .strip_prefix("pub(crate) ")
            .or_else(|| code.strip_prefix("pub(super) "))
            .or_else(|| code.strip_prefix("pub "))
            .unwrap_or(code);
        let after_const = after_vis.strip_prefix("const ").unwrap_or(after_vis);
        if let Some(rest) = after_const.strip_prefix("fn ") {
            if !line.trim_end().ends_with(';') {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let close = format!("{indent}}}");
                let end = (i + 1..lines.len())
                    .find(|&j| lines[j] == close)
                    .unwrap_or(lines.len() - 1);
                let length = end - i + 1;
                if length > MAX_FUNCTION_LINES && !says_why_long(&lines, i) {
                    found.push((i + 1, name, length));
                }
                i = end;
            }
        }
        i += 1;
    }
    found
}

#[test]
fn functions_and_files_are_small_enough_to_hold_in_your_head() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut too_long = Vec::new();
    let mut long = Vec::new();
    for entry in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let rel = path.strip_prefix(&src).unwrap().display().to_string();
        // Unit tests are many small functions: only the code counts.
        let code: Vec<&str> = text
            .lines()
            .take_while(|l| !l.starts_with("#[cfg(test)]"))
            .collect();
        let file_says_why = code
            .iter()
            .take_while(|l| l.starts_with("//!"))
            .any(|l| l.contains("Long:"));
        if code.len() > MAX_FILE_LINES && !file_says_why {
            long.push(rel.clone());
            if !KNOWN_LONG.contains(&rel.as_str()) {
                too_long.push(format!("src/{rel}: {} lines of code", code.len()));
            }
        }
        for (line, name, length) in long_functions(&code.join("\n")) {
            let id = format!("{rel}: {name}");
            if !KNOWN_LONG.contains(&id.as_str()) {
                too_long.push(format!("src/{rel}:{line}: fn {name} is {length} lines"));
            }
            long.push(id);
        }
    }
    let split: Vec<&&str> = KNOWN_LONG
        .iter()
        .filter(|k| !long.iter().any(|l| l == *k))
        .collect();
    assert!(
        split.is_empty(),
        "these are no longer over the limit: take them off KNOWN_LONG: {split:?}"
    );
    assert!(
        too_long.is_empty(),
        "split these along their ideas, or say why not in a `Long:` comment above them \
         (limits: {MAX_FUNCTION_LINES} lines a function, {MAX_FILE_LINES} a file):\n{}",
        too_long.join("\n")
    );
}
