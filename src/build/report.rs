//! The summary line of a build.

use std::path::PathBuf;

use crate::diagnostics::Diagnostics;
use crate::incremental;

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Pages written over all languages.
    pub pages: usize,
    /// Pages shown in the default language for want of a translation.
    pub untranslated: usize,
    /// Number of languages.
    pub languages: usize,
    /// Where the site was written.
    pub output: PathBuf,
    /// Seconds the build took (for the summary line only; never in output).
    pub seconds: f64,
    /// The day the site describes.
    pub reference_date: jiff::civil::Date,
    /// The first later day on which something the site shows changes: the
    /// site must be built again that day.
    pub next_change: Option<jiff::civil::Date>,
    /// What an incremental build changed; `None` for a whole build.
    pub update: Option<incremental::Update>,
    /// Warnings met on the way.
    pub warnings: Diagnostics,
}

impl BuildReport {
    /// `built 31,842 pages in 4 languages (2,311 untranslated) in 2.4 s`.
    pub fn summary(&self) -> String {
        let next = match self.next_change {
            Some(date) => format!("next scheduled change on {date}: build again that day"),
            None => "nothing scheduled after it".into(),
        };
        let how = match &self.update {
            Some(u) if u.everything => format!(
                ", incrementally: every page rendered again, {} files changed",
                group_thousands(u.changed.len())
            ),
            Some(u) => format!(
                ", incrementally: {} files changed",
                group_thousands(u.changed.len())
            ),
            None => String::new(),
        };
        format!(
            "built {} in {} ({} untranslated) in {:.1} s{how}\nin force as of {}; {next} (data/schedule.json)",
            counted(self.pages, "page"),
            counted(self.languages, "language"),
            group_thousands(self.untranslated),
            self.seconds,
            self.reference_date,
        )
    }
}

/// `n` and `noun`, plural but for one: "1 language", "72,948 pages".
fn counted(n: usize, noun: &str) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("{} {noun}{s}", group_thousands(n))
}

fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::group_thousands(31842), "31,842");
        assert_eq!(super::group_thousands(999), "999");
        assert_eq!(super::group_thousands(1000000), "1,000,000");
        assert_eq!(super::counted(1, "language"), "1 language");
        assert_eq!(super::counted(72948, "page"), "72,948 pages");
    }
}
