//! The names of content files and folders: each must be a
//! [name](crate::names), and two that differ only in case or Unicode form
//! are one name to a disk or a reader, so the second is an error.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};

use super::file::key_of;
use super::ContentFile;

/// The names seen so far in one walk of `content/`: each folder's name is
/// judged once, and each key's [`fold`](crate::names::fold) remembers the
/// first file that had it.
#[derive(Default)]
pub(super) struct NameCheck {
    folders: HashMap<String, String>,
    files: HashMap<(String, String), PathBuf>,
}

impl NameCheck {
    /// Reports each folder and file name of `rel` (a path under
    /// `content/`) that is not a [name](crate::names), and each folder that
    /// differs from one seen before only in case or Unicode form; each
    /// folder once.
    pub(super) fn check(
        &mut self,
        config: &Config,
        rel: &str,
        shown: &Path,
        problems: &mut Diagnostics,
    ) {
        // The language suffix is not part of the name; a file whose
        // suffix is no configured language is reported when it is read.
        let Some((key, _)) = key_of(config, rel) else {
            return;
        };
        let segments: Vec<&str> = key.split('/').collect();
        let (file_name, folders) = segments.split_last().unwrap_or((&"", &[]));
        let mut folder = String::new();
        for name in folders {
            if !folder.is_empty() {
                folder.push('/');
            }
            folder.push_str(name);
            let folded = crate::names::fold(&folder);
            if let Some(first) = self.folders.get(&folded) {
                if *first != folder {
                    let d = Diagnostic::error(
                        "name",
                        format!(
                            "the folder `content/{}` differs from `content/{first}` only in case or Unicode form",
                            crate::names::escape_control(&folder)
                        ),
                    )
                    .in_file(shown)
                    .hint("use one spelling for one folder: on many disks, and to readers, they are the same");
                    self.folders.insert(folded, folder.clone());
                    problems.push(d);
                }
                continue;
            }
            self.folders.insert(folded, folder.clone());
            if let Err(why) = crate::names::check_name(name) {
                problems.push(name_error("folder", &folder, name, "/", &why).in_file(shown));
            }
        }
        if let Err(why) = crate::names::check_name(file_name) {
            let last = rel.rsplit('/').next().unwrap_or(rel);
            let suffix = last.strip_prefix(*file_name).unwrap_or(".md");
            problems.push(name_error("file", last, file_name, suffix, &why).in_file(shown));
        }
    }

    /// The file read before `file` whose key and language are the same as
    /// its own but for case or Unicode form, if any; else `file` is
    /// remembered.
    pub(super) fn twin_of(&mut self, file: &ContentFile) -> Option<PathBuf> {
        let folded = (crate::names::fold(&file.key), file.lang.clone());
        match self.files.get(&folded) {
            Some(first) => Some(first.clone()),
            None => {
                self.files.insert(folded, file.source.path.clone());
                None
            }
        }
    }
}

/// A folder or file name that is not allowed, with the name it could have
/// (`name` without the `suffix` that follows it: `.fr.md`, `/`).
fn name_error(what: &str, shown: &str, name: &str, suffix: &str, why: &str) -> Diagnostic {
    let suggestion: String = {
        let replaced: String = name
            .chars()
            .map(|c| {
                if crate::names::check_name(&format!("a{c}")).is_ok() {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let trimmed = replaced.trim_matches('-');
        let mut out = String::new();
        for c in trimmed.chars() {
            if !(c == '-' && out.ends_with('-')) {
                out.push(c);
            }
        }
        out
    };
    let mut d = Diagnostic::error(
        "name",
        format!(
            "the {what} name `{}` is not allowed: {why}",
            crate::names::escape_control(shown)
        ),
    );
    d = if suggestion.is_empty() || suggestion == name {
        d.hint(format!(
            "name files and folders with {}",
            crate::names::NAME_RULE
        ))
    } else {
        d.hint(format!(
            "rename it `{suggestion}{suffix}`: names hold {}",
            crate::names::NAME_RULE
        ))
    };
    d
}

/// Two files that are one name to a disk or a reader.
pub(super) fn twin_error(file: &ContentFile, first: &Path) -> Diagnostic {
    // `about.kk.md` beside `about.md` on a site whose default is `kk`:
    // one page, the default language's, named twice.
    let stem = |p: &Path| p.to_string_lossy().trim_end_matches(".md").to_string();
    let (this, other) = (stem(&file.source.path), stem(first));
    let suffixed = format!(".{}", file.lang);
    if this.strip_suffix(&suffixed) == Some(&other) || other.strip_suffix(&suffixed) == Some(&this)
    {
        let (plain, named) = match this.len() < other.len() {
            true => (&this, &other),
            false => (&other, &this),
        };
        return Diagnostic::error(
            "name",
            format!(
                "`{named}.md` and `{plain}.md` are both the `{}` text of one page: `{}` is the default language, whose files have no language in their names; `{}` was not read",
                file.lang,
                file.lang,
                file.source.path.display()
            ),
        )
        .in_file(&file.source.path)
        .hint(format!("keep `{plain}.md`: move what `{named}.md` says into it, and delete `{named}.md`"));
    }
    Diagnostic::error(
        "name",
        format!(
            "`{}` and `{}` differ only in case or Unicode form (NFC/NFD); this one was not read",
            file.source.path.display(),
            first.display()
        ),
    )
    .in_file(&file.source.path)
    .hint("keep one of them: on many disks, and to readers of the address, they are the same file")
}
