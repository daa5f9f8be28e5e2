//! Which CSV header names which column. A spreadsheet heads its columns
//! as its administration writes them (`HS Code`, `H.S. Code`, `Code SH`,
//! `Mã HS`, `Код ТН ВЭД`, `GTİP`, `شماره تعرفه`, `T-MEC` for the column
//! keyed `tmec`): a header names a column when it is one of the column's
//! names with case, spaces, `-`, `_`, `.`, `/` and accents left aside
//! ([`folded`]). A column's names are its key and its label
//! (`tariff-col-KEY`) in each of the site's languages; the code and the
//! description also go by the words of the nomenclatures ([`CODE_NAMES`],
//! [`DESCRIPTION_NAMES`]).

use icu::normalizer::DecomposingNormalizerBorrowed;
use icu::properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu::properties::CodePointMapData;

use crate::config::{Config, TariffColumn};
use crate::i18n::Locales;
use crate::theme::load_locale_files;

/// A name a column goes by, as a nomenclature heads it, and the
/// languages whose sites are offered it in a hint (`""`: every site's).
type KnownName = (&'static str, &'static str);

/// Names of the code column besides its labels: HS exports (`HS Code`),
/// the EU's French `Code SH`, Spanish `Código SA`, Vietnamese `Mã HS`,
/// Mexico's TIGIE `Fracción (arancelaria)`, Mercosur's `NCM`, the UK's
/// `Commodity code`; the EAEU's Customs Tariff (`Код ТН ВЭД`, Kazakh
/// `СЭҚ ТН коды`), Türkiye's `GTİP` (Gümrük Tarife İstatistik
/// Pozisyonu), Iran's `شماره تعرفه` and `کد تعرفه`, Thailand's
/// `ประเภทพิกัด` (tariff heading), the Arab tariffs' `البند` and `رمز
/// النظام المنسق` (HS code).
pub(super) const CODE_NAMES: &[KnownName] = &[
    ("code", ""),
    ("HS code", ""),
    ("HS", ""),
    ("Tariff code", "en"),
    ("Commodity code", "en"),
    ("Tariff item", "en"),
    ("Code SH", "fr"),
    ("Código SA", "es pt"),
    ("Fracción", "es"),
    ("Fracción arancelaria", "es"),
    ("NCM", "es pt"),
    ("Mã HS", "vi"),
    ("Код ТН ВЭД", "ru kk ky"),
    ("ТН ВЭД", "ru kk ky"),
    ("Код ТН ВЭД ЕАЭС", "ru kk ky"),
    ("ТН ВЭД ЕАЭС", "ru kk ky"),
    ("СЭҚ ТН коды", "kk"),
    ("СЭҚ ТН", "kk"),
    ("ТН СЭҚ коды", "kk"),
    ("ТН СЭҚ", "kk"),
    ("GTİP", "tr"),
    ("GTİP No", "tr"),
    ("شماره تعرفه", "fa"),
    ("کد تعرفه", "fa"),
    ("ردیف تعرفه", "fa"),
    ("ประเภทพิกัด", "th"),
    ("พิกัดศุลกากร", "th"),
    ("รหัส", "th"),
    ("البند", "ar"),
    ("رقم البند", "ar"),
    ("البند الجمركي", "ar"),
    ("رمز النظام المنسق", "ar"),
];

/// Names of the description column besides its labels: the EAEU's
/// `Наименование позиции` and Kazakh `Тауардың атауы`, Iran's `شرح کالا`,
/// Türkiye's `Eşyanın Tanımı`, Thailand's `รายการ`, the Arab tariffs'
/// `وصف البضائع`.
pub(super) const DESCRIPTION_NAMES: &[KnownName] = &[
    ("description", ""),
    ("Description of goods", "en"),
    ("Designation", "en fr"),
    ("Descripción", "es"),
    ("Descrição", "pt"),
    ("Наименование позиции", "ru kk ky"),
    ("Наименование товара", "ru kk ky"),
    ("Наименование", "ru kk ky"),
    ("Тауардың атауы", "kk"),
    ("Атауы", "kk"),
    ("شرح کالا", "fa"),
    ("شرح", "fa"),
    ("Eşyanın Tanımı", "tr"),
    ("Eşya Tanımı", "tr"),
    ("รายการ", "th"),
    ("รายการสินค้า", "th"),
    ("الوصف", "ar"),
    ("وصف البضائع", "ar"),
    ("وصف البضاعة", "ar"),
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
    /// How to head the code column, for a hint: names and the site's labels.
    pub(super) code_hint: String,
    /// How to head the description column, for a hint.
    pub(super) description_hint: String,
}

/// A label of the site as written (`Код`), with the languages that give it.
type Label = (String, Vec<String>);

impl ColumnNames {
    /// The names of `config`'s code, description and tariff columns, with
    /// their labels in each of the site's languages.
    pub(super) fn of(config: &Config) -> ColumnNames {
        let (files, _) = load_locale_files(config);
        let (locales, _) = Locales::load(config, &files);
        let written = |id: &str| -> Vec<Label> {
            let mut found: Vec<Label> = Vec::new();
            for lang in &config.languages {
                let Ok(label) = locales.format(&lang.code, id, None) else {
                    continue;
                };
                let label = label.trim().to_string();
                match found.iter_mut().find(|(l, _)| folded(l) == folded(&label)) {
                    Some((_, langs)) => langs.push(lang.code.clone()),
                    None if !label.is_empty() => found.push((label, vec![lang.code.clone()])),
                    None => {}
                }
            }
            found
        };
        let labels = |id: &str| -> Vec<String> {
            let mut found: Vec<String> = written(id)
                .into_iter()
                .map(|(label, _)| label.to_lowercase())
                .collect();
            found.sort();
            found.dedup();
            found
        };
        let with_labels = |names: &[KnownName], id: &str| -> Vec<String> {
            let mut all: Vec<String> = names.iter().map(|(n, _)| folded(n)).collect();
            all.extend(labels(id).iter().map(|l| folded(l)));
            all
        };
        let langs: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
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
            code_hint: heading_hint(
                ("code", "the code"),
                CODE_NAMES,
                &langs,
                &written("tariff-col-code"),
            ),
            description_hint: heading_hint(
                ("description", "it"),
                DESCRIPTION_NAMES,
                &langs,
                &written("tariff-col-description"),
            ),
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

    /// The column in `among` whose name is close to `header` (`t-mec 2`
    /// to `tmec`, `MNF` to `mfn`), if one is: the closest of columns
    /// that have nothing in common (Thai `อัตราอากรทั่วไป`, general duty,
    /// was offered `local`, the municipal tax) is no suggestion.
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
                    .map(|n| closeness(&header, &folded(n)))
                    .fold(0.0, f64::max);
                (score, *c)
            })
            .filter(|(score, _)| *score >= CLOSE)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| c)
    }
}

/// How close a header's name must be to a column's for the hint to
/// name the column (Jaro-Winkler): `atgia` and `atiga` are 0.95;
/// unrelated names of one script stay under it.
const CLOSE: f64 = 0.8;

/// How alike two folded names are, 0 to 1: a name that begins with the
/// other (`mfnrate` or `tmec2`, `mfn` or `tmec`) or one edit from it
/// (`mnf`, `mfn`: two letters swapped) is close whatever Jaro-Winkler
/// says of names that short.
fn closeness(header: &str, name: &str) -> f64 {
    let long = name.chars().count() >= 3;
    if long && (header.starts_with(name) || strsim::osa_distance(header, name) <= 1) {
        return 1.0;
    }
    strsim::jaro_winkler(header, name)
}

/// How to head the `what` column: the names of `known` that every site
/// or one of `langs` reads, then the site's `labels` with their
/// languages, as written: `` `code`, `HS code`, `ТН ВЭД`, or the site's
/// label for the code, `Код` (kk, ru) ``.
fn heading_hint(
    (what, it): (&str, &str),
    known: &[KnownName],
    langs: &[&str],
    labels: &[Label],
) -> String {
    let is_label = |name: &str| labels.iter().any(|(l, _)| folded(l) == folded(name));
    let names: Vec<String> = known
        .iter()
        .filter(|(_, of)| of.is_empty() || of.split(' ').any(|l| langs.contains(&l)))
        .filter(|(name, _)| !is_label(name))
        .map(|(name, _)| format!("`{name}`"))
        .collect();
    let labels: Vec<String> = labels
        .iter()
        .map(|(label, langs)| format!("`{label}` ({})", langs.join(", ")))
        .collect();
    let label = match labels.len() {
        0 => format!("the site's label for {it} (`tariff-col-{what}`)"),
        1 => format!("the site's label for {it}, {}", labels[0]),
        _ => format!("the site's labels for {it}, {}", labels.join(", ")),
    };
    format!(
        "head the {what} column {}, or {label}; case, spaces, punctuation and accents aside",
        names.join(", ")
    )
}

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
            // Turkish capital İ, lower-cased by Unicode as `i̇`.
            ("GTİP", "gtip"),
            ("G.T.İ.P.", "gtip"),
            ("gti̇p", "gtip"),
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
        assert_eq!(names.closest("MNF", &columns).unwrap().key, "mfn");
        assert_eq!(names.closest("MFN rate", &columns).unwrap().key, "mfn");
        // Unrelated names are no suggestion, however they score.
        assert!(names.closest("USMCA", &columns).is_none());
        assert!(names.closest("อัตราอากรทั่วไป", &columns).is_none());
    }

    #[test]
    fn the_nomenclatures_code_and_description_headers_are_read() {
        // Each was refused as the code (or description) column: the
        // EAEU's, Iran's, Türkiye's, Thailand's and the Arab tariffs'.
        let dir = tempfile::tempdir().unwrap();
        let config = Config::parse(
            dir.path(),
            "title=\"T\"\nbase_url=\"https://x.example\"\ndefault_language=\"th\"\n\
             [languages.th]\nname=\"ไทย\"\n",
        )
        .unwrap();
        let names = ColumnNames::of(&config);
        for code in [
            "Код ТН ВЭД",
            "ТН ВЭД",
            "СЭҚ ТН коды",
            "شماره تعرفه",
            "کد تعرفه",
            "GTİP",
            "G.T.İ.P.",
            "ประเภทพิกัด",
            "รหัส",
            "البند",
            "رمز النظام المنسق",
        ] {
            assert!(names.is_code(code), "{code}");
        }
        for description in [
            "Наименование позиции",
            "Тауардың атауы",
            "شرح کالا",
            "Eşyanın Tanımı",
            "รายการ",
            "รายการสินค้า",
            "وصف البضائع",
        ] {
            assert!(names.is_description(description), "{description}");
        }
        assert!(!names.is_code("รหัสสถิติ"), "Thailand's statistical suffix");
        // The help names the site's label and the names of its language.
        assert!(
            names.code_hint.contains("`ประเภทพิกัด`"),
            "{}",
            names.code_hint
        );
        assert!(
            names
                .code_hint
                .contains("the site's label for the code, `รหัส` (th)"),
            "{}",
            names.code_hint
        );
        assert!(!names.code_hint.contains("ТН ВЭД"), "{}", names.code_hint);
        assert!(
            names
                .description_hint
                .contains("the site's label for it, `รายการสินค้า` (th)"),
            "{}",
            names.description_hint
        );
    }
}
