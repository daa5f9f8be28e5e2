//! Which CSV header names which column. A spreadsheet heads its columns
//! as its administration writes them (`HS Code`, `H.S. Code`, `Code SH`,
//! `Mã HS`, `T-MEC` for the column keyed `tmec`): a header names a column
//! when it is one of the column's names with case, spaces, `-`, `_`, `.`,
//! `/` and accents left aside ([`folded`]). A column's names are its key
//! and its label (`tariff-col-KEY`) in each of the site's languages.

use icu::normalizer::DecomposingNormalizerBorrowed;
use icu::properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu::properties::CodePointMapData;

use crate::config::{Config, TariffColumn};
use crate::i18n::Locales;
use crate::theme::load_locale_files;

/// Names of the code column besides its labels, folded: HS exports
/// (`hscode`, `HS Code`), French `Code SH`, Spanish `Código SA`,
/// Vietnamese `Mã HS`, Mexico's TIGIE `Fracción (arancelaria)`,
/// Mercosur's `NCM`, the UK's `Commodity code`.
const CODE_NAMES: &[&str] = &[
    "code",
    "hscode",
    "hs",
    "codesh",
    "codigosa",
    "mahs",
    "fraccion",
    "fraccionarancelaria",
    "ncm",
    "tariffcode",
    "commoditycode",
    "tariffitem",
];

/// Names of the description column besides its labels, folded.
const DESCRIPTION_NAMES: &[&str] = &[
    "description",
    "descriptionofgoods",
    "designation",
    "descripcion",
];

/// `HS Code`, `h.s._code` → `hscode`; `Mã HS` → `mahs`; `T-MEC` →
/// `tmec`: the form headers and names are compared in.
pub(super) fn folded(name: &str) -> String {
    let marks = CodePointMapData::<GeneralCategory>::new();
    DecomposingNormalizerBorrowed::new_nfkd()
        .normalize(name)
        .chars()
        .filter(|&c| {
            !c.is_whitespace()
                && !matches!(c, '-' | '_' | '.' | '/')
                && !GeneralCategoryGroup::Mark.contains(marks.get(c))
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The names the site's columns go by in a CSV header.
pub(super) struct ColumnNames {
    code: Vec<String>,
    description: Vec<String>,
    /// Each configured column's key and its labels, lower case as
    /// written (`t-mec`): a dated header begins with one of them.
    columns: Vec<(String, Vec<String>)>,
}

impl ColumnNames {
    /// The names of `config`'s code, description and tariff columns, with
    /// their labels in each of the site's languages.
    pub(super) fn of(config: &Config) -> ColumnNames {
        let (files, _) = load_locale_files(config);
        let (locales, _) = Locales::load(config, &files);
        let labels = |id: &str| -> Vec<String> {
            let mut found: Vec<String> = config
                .languages
                .iter()
                .filter_map(|l| locales.format(&l.code, id, None).ok())
                .map(|label| label.trim().to_lowercase())
                .filter(|label| !label.is_empty())
                .collect();
            found.sort();
            found.dedup();
            found
        };
        let with_labels = |names: &[&str], id: &str| -> Vec<String> {
            let mut all: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            all.extend(labels(id).iter().map(|l| folded(l)));
            all
        };
        ColumnNames {
            code: with_labels(CODE_NAMES, "tariff-col-code"),
            description: with_labels(DESCRIPTION_NAMES, "tariff-col-description"),
            columns: config
                .tariff
                .columns
                .iter()
                .map(|c| {
                    let mut names = vec![c.key.to_lowercase()];
                    names.extend(labels(&format!("tariff-col-{}", c.key)));
                    names.dedup();
                    (c.key.clone(), names)
                })
                .collect(),
        }
    }

    /// Whether `header` names the code column.
    pub(super) fn is_code(&self, header: &str) -> bool {
        self.code.contains(&folded(header))
    }

    /// Whether `header` names the description column.
    pub(super) fn is_description(&self, header: &str) -> bool {
        self.description.contains(&folded(header))
    }

    /// The names of `column`, lower case as written: its key first.
    pub(super) fn of_column(&self, column: &TariffColumn) -> &[String] {
        self.columns
            .iter()
            .find(|(key, _)| *key == column.key)
            .map_or(&[], |(_, names)| names.as_slice())
    }

    /// Whether `header` names `column`.
    pub(super) fn names(&self, header: &str, column: &TariffColumn) -> bool {
        let header = folded(header);
        self.of_column(column).iter().any(|n| folded(n) == header)
    }

    /// The key of the column in `among` whose name is closest to `header`.
    pub(super) fn closest<'c>(
        &self,
        header: &str,
        among: &[&'c TariffColumn],
    ) -> Option<&'c TariffColumn> {
        let header = folded(header);
        among
            .iter()
            .map(|c| {
                let score = self
                    .of_column(c)
                    .iter()
                    .map(|n| strsim::jaro_winkler(&header, &folded(n)))
                    .fold(0.0, f64::max);
                (score, *c)
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| c)
    }
}

/// The headers a code column may have, for a hint.
pub(super) const CODE_HEADERS: &str = "`code`, `HS code` (`hscode`, `hs_code`), `Code SH`, `Mã HS`, `Fracción`, `NCM`, or the site's label for the code";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_compared_without_case_spaces_punctuation_or_accents() {
        for (header, name) in [
            ("HS Code", "hscode"),
            ("H.S. Code", "hscode"),
            ("hs_code", "hscode"),
            ("HS-Code", "hscode"),
            ("Code SH", "codesh"),
            ("Mã HS", "mahs"),
            ("Fracción", "fraccion"),
            ("T-MEC", "tmec"),
            ("Código SA", "codigosa"),
            ("ad/valorem", "advalorem"),
        ] {
            assert_eq!(folded(header), name, "{header}");
        }
    }

    #[test]
    fn a_column_is_named_by_its_key_or_its_label_in_a_site_language() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::parse(
            dir.path(),
            "title=\"T\"\nbase_url=\"https://x.example\"\ndefault_language=\"es\"\n\
             [languages.es]\nname=\"Español\"\n\
             [[tariff.columns]]\nkey=\"tmec\"\nkind=\"rate\"\n\
             [[tariff.columns]]\nkey=\"mfn\"\nkind=\"rate\"\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("locales/es")).unwrap();
        std::fs::write(
            dir.path().join("locales/es/site.ftl"),
            "tariff-col-tmec = T-MEC\n",
        )
        .unwrap();
        let names = ColumnNames::of(&config);
        let tmec = &config.tariff.columns[0];
        assert!(names.names("t-mec", tmec));
        assert!(names.names("TMEC", tmec));
        assert!(names.names("t mec", tmec));
        assert!(!names.names("mfn", tmec));
        assert_eq!(names.of_column(tmec), ["tmec", "t-mec"]);
        assert!(names.is_code("HS Code"));
        assert!(names.is_code("Código"), "the Spanish label");
        assert!(names.is_description("Descripción"));
        let columns: Vec<&TariffColumn> = config.tariff.columns.iter().collect();
        assert_eq!(names.closest("t-mec 2", &columns).unwrap().key, "tmec");
    }
}
