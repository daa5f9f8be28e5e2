//! Arabic script in the search: letter variants read as one letter, the
//! article and the prefixes written onto a word, sound feminine plurals
//! and the broken plurals of the customs vocabulary read as their
//! singular for the stemmer, and ة typed as ه. Persian,
//! Pashto and Urdu text goes through the same normalisation
//! ([`normalise_arabic`]).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Arabic-script text without short vowels, tatweel and letter variants
/// that writers use interchangeably: `قَهْوَة` and `قهوة` are the same word,
/// and so are `أحمد` and `احمد`. Persian, Pashto and Urdu write yeh and
/// kaf as `ی` and `ک` where Arabic keyboards give `ي` and `ك` (and Arabic
/// text often ends a word with `ى`), and Urdu writes heh as `ہ` or `ۀ`:
/// each is read as one letter, so a Persian word typed on an Arabic
/// keyboard is found. The zero-width non-joiner inside Persian words
/// (`می‌شود`) is dropped, as readers often leave it out. Tā' marbūṭa (ة)
/// is kept: written as ه it is the pronoun suffix "his", which the
/// stemmer strips (`قهوه` → `قهو`), so `قهوة` and `القهوة` would part.
/// Readers who type ه for ة reach the word through the index's folded
/// forms ([`fold_form`]).
pub fn normalise_arabic(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ی' | 'ئ' => out.push('ي'),
            // Urdu's yeh barree with hamza is `ئے` in one letter, as
            // phones type `چاۓ` for `چائے` (tea).
            'ۓ' => out.push_str("يے"),
            'ک' => out.push('ك'),
            'ہ' | 'ۀ' | 'ە' => out.push('ه'),
            'ؤ' => out.push('و'),
            other => out.push(other),
        }
    }
    out
}

/// Arabic prefixes (the article and the conjunctions and prepositions
/// written onto it) taken off before stemming, longest first: Snowball's
/// Arabic stemmer strips at most one affix per side, so `الشهادة` and
/// `شهادة` would get different stems.
const ARABIC_PREFIXES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];

/// An Arabic form without its article, where at least three letters
/// remain.
pub fn strip_arabic_article(form: &str) -> Option<&str> {
    ARABIC_PREFIXES.iter().find_map(|p| {
        form.strip_prefix(p)
            .filter(|rest| rest.chars().count() >= 3)
    })
}

/// An Arabic sound feminine plural as its singular, for the stemmer:
/// Snowball's takes `ت` off `ثلاجات` (refrigerators) and leaves `ثلاجا`,
/// where `ثلاجة` gives `ثلاج`, so the plural on one page did not find the
/// singular on another. `ات` after three letters or more becomes `ة`,
/// which the stemmer takes off as it does the singular's (`حيوانات`,
/// animals, meets `حيوان`); `نبات` (plant), two letters before, stays.
///
/// A broken plural of [`BROKEN_PLURALS`] is its singular: `form` as it
/// is first (`العاب`, toys, begins like the article), then without its
/// article, then without a conjunction written onto it (`وسجائر`, and
/// cigarettes, as heading 24.02 has it: the stemmer took the `و` off and
/// never reached the singular). A word [`KEPT_WHOLE`] after a conjunction
/// is that word.
pub(super) fn arabic_singular(form: &str) -> Cow<'_, str> {
    if let Some(singular) = listed_singular(form) {
        return singular.into();
    }
    let after_conjunction = ["و", "ف"]
        .iter()
        .find_map(|c| form.strip_prefix(c))
        .filter(|rest| rest.chars().count() >= 3);
    if let Some(rest) = after_conjunction {
        let rest_bare = strip_arabic_article(rest).unwrap_or(rest);
        match listed_singular(rest) {
            Some(singular) => return singular.into(),
            None if kept_whole(rest_bare) => return rest_bare.into(),
            None => {}
        }
    }
    let bare = strip_arabic_article(form).unwrap_or(form);
    match bare.strip_suffix("ات") {
        Some(stem) if stem.chars().count() >= 3 => format!("{stem}ة").into(),
        _ => bare.into(),
    }
}

/// The singular of a broken plural of [`BROKEN_PLURALS`], `form` as it
/// is first (`العاب`, toys, begins like the article), then without its
/// article.
fn listed_singular(form: &str) -> Option<&'static str> {
    broken_singular(form).or_else(|| strip_arabic_article(form).and_then(broken_singular))
}

/// Singulars the stemmer must leave whole, because their stem is another
/// good: Snowball takes ة off `سيجارة` (cigarette) and leaves `سيجار`
/// (cigar), so a trader asking for cigars got cigarettes among them, and
/// the other way round. Such a singular is its own term; its broken
/// plural (`سجائر`) reaches it through [`BROKEN_PLURALS`].
const KEPT_WHOLE: &[&str] = &["سيجارة"];

/// Whether `singular` (as [`arabic_singular`] gives it) is one of
/// [`KEPT_WHOLE`].
pub(super) fn kept_whole(singular: &str) -> bool {
    KEPT_WHOLE.contains(&singular)
}

/// Broken plurals of the words of tariffs, procedures and fees, with their
/// singular. An Arabic broken plural changes the word inside (`سجائر`,
/// cigarettes, of `سيجارة`; `رسوم`, fees, of `رسم`), and no stemmer
/// reaches the singular from it: the travellers' page writes `سجائر`, and
/// a trader who typed `سيجارة` did not find it. The list holds the
/// plurals a customs site uses; sound plurals (`ات`) need none
/// ([`arabic_singular`]), and a plural that is also a common word of
/// another meaning (`أسرة`, beds or families) is left out.
pub(super) const BROKEN_PLURALS: &[(&str, &str)] = &[
    ("رسوم", "رسم"),
    ("ضرائب", "ضريبة"),
    ("سجائر", "سيجارة"),
    ("أجبان", "جبن"),
    ("أحذية", "حذاء"),
    ("أسماك", "سمك"),
    ("لحوم", "لحم"),
    ("فواكه", "فاكهة"),
    ("ثمار", "ثمرة"),
    ("تمور", "تمر"),
    ("أعناب", "عنب"),
    ("بذور", "بذرة"),
    ("حبوب", "حبة"),
    ("زيوت", "زيت"),
    ("ألبان", "لبن"),
    ("أطعمة", "طعام"),
    ("أغذية", "غذاء"),
    ("عصائر", "عصير"),
    ("توابل", "تابل"),
    ("خمور", "خمر"),
    ("أعلاف", "علف"),
    ("أسمدة", "سماد"),
    ("أشجار", "شجرة"),
    ("أزهار", "زهرة"),
    ("ورود", "وردة"),
    ("أبقار", "بقرة"),
    ("طيور", "طائر"),
    ("كلاب", "كلب"),
    ("قطط", "قطة"),
    ("مواشي", "ماشية"),
    ("أدوية", "دواء"),
    ("عقاقير", "عقار"),
    ("أحماض", "حمض"),
    ("أملاح", "ملح"),
    ("مساحيق", "مسحوق"),
    ("عطور", "عطر"),
    ("أجهزة", "جهاز"),
    ("أدوات", "أداة"),
    ("آلات", "آلة"),
    ("هواتف", "هاتف"),
    ("حواسيب", "حاسوب"),
    ("مصابيح", "مصباح"),
    ("أسلاك", "سلك"),
    ("أنابيب", "أنبوب"),
    ("أقراص", "قرص"),
    ("أفلام", "فيلم"),
    ("ألعاب", "لعبة"),
    ("كتب", "كتاب"),
    ("أوراق", "ورقة"),
    ("أسلحة", "سلاح"),
    ("ملابس", "ملبس"),
    ("أثواب", "ثوب"),
    ("أقمشة", "قماش"),
    ("أنسجة", "نسيج"),
    ("خيوط", "خيط"),
    ("حبال", "حبل"),
    ("جلود", "جلد"),
    ("أصواف", "صوف"),
    ("أقطان", "قطن"),
    ("سجاد", "سجادة"),
    ("كراسي", "كرسي"),
    ("مقاعد", "مقعد"),
    ("ألواح", "لوح"),
    ("أخشاب", "خشب"),
    ("معادن", "معدن"),
    ("أحجار", "حجر"),
    ("أغطية", "غطاء"),
    ("أوعية", "وعاء"),
    ("صناديق", "صندوق"),
    ("أكياس", "كيس"),
    ("علب", "علبة"),
    ("حقائب", "حقيبة"),
    ("أمتعة", "متاع"),
    ("سفن", "سفينة"),
    ("قطع", "قطعة"),
    ("أجزاء", "جزء"),
    ("مواد", "مادة"),
    ("بضائع", "بضاعة"),
    ("سلع", "سلعة"),
    ("أصناف", "صنف"),
    ("أنواع", "نوع"),
    ("طرود", "طرد"),
    ("رسائل", "رسالة"),
    ("وثائق", "وثيقة"),
    ("نماذج", "نموذج"),
    ("فواتير", "فاتورة"),
    ("عقود", "عقد"),
    ("قوانين", "قانون"),
    ("أنظمة", "نظام"),
    ("قواعد", "قاعدة"),
    ("شروط", "شرط"),
    ("بنود", "بند"),
    ("فصول", "فصل"),
    ("أسعار", "سعر"),
    ("أوزان", "وزن"),
    ("أطنان", "طن"),
    ("أموال", "مال"),
    ("بنوك", "بنك"),
    ("مصارف", "مصرف"),
    ("مصانع", "مصنع"),
    ("مخازن", "مخزن"),
    ("موانئ", "ميناء"),
    ("منافذ", "منفذ"),
    ("حدود", "حد"),
    ("رخص", "رخصة"),
    ("تراخيص", "ترخيص"),
    ("دول", "دولة"),
    ("بلدان", "بلد"),
    ("تجار", "تاجر"),
    ("وكلاء", "وكيل"),
    ("ركاب", "راكب"),
    ("أطفال", "طفل"),
    ("محاصيل", "محصول"),
];

/// [`BROKEN_PLURALS`] as [`normalise_arabic`] writes them, in the list's
/// order: (plural, singular).
static NORMALISED: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    BROKEN_PLURALS
        .iter()
        .map(|(plural, singular)| (normalise_arabic(plural), normalise_arabic(singular)))
        .collect()
});

/// [`NORMALISED`] by plural, for the lookup of each form met.
static SINGULARS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    NORMALISED
        .iter()
        .map(|(plural, singular)| (plural.as_str(), singular.as_str()))
        .collect()
});

/// The singular of `form` if it is one of [`BROKEN_PLURALS`] (written as
/// [`normalise_arabic`] writes it).
fn broken_singular(form: &str) -> Option<&'static str> {
    SINGULARS.get(form).copied()
}

/// Each broken plural and its singular, as [`normalise_arabic`] writes
/// them: the index also spells a singular's term with its plural, and
/// the plural's with its singular, where the site writes only one.
pub(super) fn broken_plurals() -> impl Iterator<Item = (&'static str, &'static str)> {
    NORMALISED.iter().map(|(p, s)| (p.as_str(), s.as_str()))
}

/// The second way readers spell a form: Arabic ة typed as ه.
pub(super) fn fold_form(form: &str) -> Option<String> {
    form.contains('ة').then(|| form.replace('ة', "ه"))
}
