//! The units of quantity kb knows, as tariffs write them in any script:
//! `kg`, the EAEU's `кг` and `1000 шт`, Thai `กก.` and `ลิตร`, Persian
//! `کیلوگرم` and `دستگاه`, Arabic `كغ` and `وحدة`, Georgian `კგ` and
//! `ც`, Japanese `本`. A duty per a unit of
//! the same measure as its line's (`kg` on a line in `кг`, `t` on one in
//! `kg`) is levied on the line's quantity converted; one per another
//! measure (`cm3` of a car counted in `u`) is asked for on its own.
//! Start at [`line_quantity_in`].

/// Units of mass, volume, number, length, area, energy and alcohol, with
/// the names tariffs write them by, lower case, without spaces or a final
/// `.` (see [`unit_name`]): each one's measure and size in that measure's
/// smallest unit (milligrams, millilitres, one, millimetres, square
/// centimetres, watt-hours, millilitres of pure alcohol). Latin names
/// include UN/ECE Recommendation 20's codes (`KGM`, `TNE`, `LTR`, `MTQ`,
/// `NAR`, `NMB`, `PCE`, `PR`) and `MT`, the metric ton of the EAC's and
/// South Asia's tariffs. Cyrillic ones are the EAEU classifier of units
/// (Decision 378 of the Customs Union Commission) in Russian and the
/// words for a piece in Kazakh, Kyrgyz, Uzbek, Tajik and Mongolian; Thai
/// ones the Thai tariff's; Persian and Arabic ones Iran's and the Arab
/// states' (`ي` and `ك` are read as Persian `ی` and `ک`); then Georgian,
/// Japanese, Chinese, Lao, Khmer, Vietnamese, Bengali, Spanish,
/// Portuguese and Turkish names of the commonest.
const MEASURES: &[(&str, &str, u64)] = &[
    // Mass, in milligrams.
    ("mg", "mass", 1),
    ("g", "mass", 1_000),
    ("gram", "mass", 1_000),
    ("grams", "mass", 1_000),
    ("grm", "mass", 1_000),
    ("г", "mass", 1_000),
    ("гр", "mass", 1_000),
    ("грамм", "mass", 1_000),
    ("กรัม", "mass", 1_000),
    ("گرم", "mass", 1_000),
    ("غرام", "mass", 1_000),
    ("جرام", "mass", 1_000),
    ("გ", "mass", 1_000),
    ("グラム", "mass", 1_000),
    ("克", "mass", 1_000),
    ("carat", "mass", 200),
    ("ctm", "mass", 200),
    ("кар", "mass", 200),
    ("kg", "mass", 1_000_000),
    ("kgs", "mass", 1_000_000),
    ("kgm", "mass", 1_000_000),
    ("kilo", "mass", 1_000_000),
    ("kilogram", "mass", 1_000_000),
    ("kilograms", "mass", 1_000_000),
    ("kilogramme", "mass", 1_000_000),
    ("kg.net", "mass", 1_000_000),
    ("kgnet", "mass", 1_000_000),
    ("кг", "mass", 1_000_000),
    ("килограмм", "mass", 1_000_000),
    ("กก", "mass", 1_000_000),
    ("กิโลกรัม", "mass", 1_000_000),
    ("کیلوگرم", "mass", 1_000_000),
    ("کیلو", "mass", 1_000_000),
    ("کیلوغرام", "mass", 1_000_000),
    ("کغ", "mass", 1_000_000),
    ("کلغ", "mass", 1_000_000),
    ("کجم", "mass", 1_000_000),
    ("კგ", "mass", 1_000_000),
    ("キログラム", "mass", 1_000_000),
    ("キロ", "mass", 1_000_000),
    ("千克", "mass", 1_000_000),
    ("公斤", "mass", 1_000_000),
    ("ກິໂລ", "mass", 1_000_000),
    ("ກິໂລກຣາມ", "mass", 1_000_000),
    ("គីឡូក្រាម", "mass", 1_000_000),
    ("কেজি", "mass", 1_000_000),
    ("ц", "mass", 100_000_000),
    ("t", "mass", 1_000_000_000),
    ("mt", "mass", 1_000_000_000),
    ("tne", "mass", 1_000_000_000),
    ("ton", "mass", 1_000_000_000),
    ("tonne", "mass", 1_000_000_000),
    ("tonnes", "mass", 1_000_000_000),
    ("т", "mass", 1_000_000_000),
    ("тонна", "mass", 1_000_000_000),
    ("тонн", "mass", 1_000_000_000),
    ("ตัน", "mass", 1_000_000_000),
    ("เมตริกตัน", "mass", 1_000_000_000),
    ("تن", "mass", 1_000_000_000),
    ("طن", "mass", 1_000_000_000),
    ("ტ", "mass", 1_000_000_000),
    ("ტონა", "mass", 1_000_000_000),
    ("トン", "mass", 1_000_000_000),
    ("吨", "mass", 1_000_000_000),
    ("噸", "mass", 1_000_000_000),
    ("tấn", "mass", 1_000_000_000),
    ("ໂຕນ", "mass", 1_000_000_000),
    // Volume, in millilitres (a cm³ is one).
    ("ml", "volume", 1),
    ("mlt", "volume", 1),
    ("cm3", "volume", 1),
    ("cmq", "volume", 1),
    ("cc", "volume", 1),
    ("мл", "volume", 1),
    ("см3", "volume", 1),
    ("სმ3", "volume", 1),
    ("მლ", "volume", 1),
    ("ซม3", "volume", 1),
    ("سیسی", "volume", 1),
    ("cl", "volume", 10),
    ("dl", "volume", 100),
    ("l", "volume", 1_000),
    ("lt", "volume", 1_000),
    ("ltr", "volume", 1_000),
    ("ltrs", "volume", 1_000),
    ("litre", "volume", 1_000),
    ("litres", "volume", 1_000),
    ("liter", "volume", 1_000),
    ("liters", "volume", 1_000),
    ("dm3", "volume", 1_000),
    ("л", "volume", 1_000),
    ("литр", "volume", 1_000),
    ("литров", "volume", 1_000),
    ("ล", "volume", 1_000),
    ("ลิตร", "volume", 1_000),
    ("لیتر", "volume", 1_000),
    ("لتر", "volume", 1_000),
    ("ლ", "volume", 1_000),
    ("ლიტრი", "volume", 1_000),
    ("リットル", "volume", 1_000),
    ("升", "volume", 1_000),
    ("公升", "volume", 1_000),
    ("lít", "volume", 1_000),
    ("ລິດ", "volume", 1_000),
    ("លីត្រ", "volume", 1_000),
    ("লিটার", "volume", 1_000),
    ("hl", "volume", 100_000),
    ("hlt", "volume", 100_000),
    ("kl", "volume", 1_000_000),
    ("m3", "volume", 1_000_000),
    ("mtq", "volume", 1_000_000),
    ("м3", "volume", 1_000_000),
    ("მ3", "volume", 1_000_000),
    ("ลบ.ม", "volume", 1_000_000),
    ("مترمکعب", "volume", 1_000_000),
    // Alcohol, in millilitres of pure alcohol: a duty per litre of it is
    // levied on what the trader declares, not on the litres of drink
    // (Turkish `lsa`, litre saf alkol; French `lap`, litre d'alcool pur).
    ("lpa", "alcohol", 1_000),
    ("l.p.a", "alcohol", 1_000),
    ("lal", "alcohol", 1_000),
    ("lsa", "alcohol", 1_000),
    ("lap", "alcohol", 1_000),
    ("l.a.p", "alcohol", 1_000),
    ("hlpa", "alcohol", 100_000),
    ("hla", "alcohol", 100_000),
    ("hlap", "alcohol", 100_000),
    // Number of things; a pair is two (HS's `2u`), a dozen twelve.
    ("u", "number", 1),
    ("unit", "number", 1),
    ("units", "number", 1),
    ("pc", "number", 1),
    ("pcs", "number", 1),
    ("pce", "number", 1),
    ("piece", "number", 1),
    ("pieces", "number", 1),
    ("no", "number", 1),
    ("nos", "number", 1),
    ("nar", "number", 1),
    ("nmb", "number", 1),
    ("head", "number", 1),
    ("шт", "number", 1),
    ("штук", "number", 1),
    ("штука", "number", 1),
    ("ед", "number", 1),
    ("дана", "number", 1),
    ("даана", "number", 1),
    ("дона", "number", 1),
    ("dona", "number", 1),
    ("адад", "number", 1),
    ("ш", "number", 1),
    ("ширхэг", "number", 1),
    ("ชิ้น", "number", 1),
    ("อัน", "number", 1),
    ("คัน", "number", 1),
    ("ตัว", "number", 1),
    ("เครื่อง", "number", 1),
    ("หน่วย", "number", 1),
    ("عدد", "number", 1),
    ("دستگاه", "number", 1),
    ("قطعه", "number", 1),
    ("قطعة", "number", 1),
    ("وحدة", "number", 1),
    ("ც", "number", 1),
    ("ცალი", "number", 1),
    ("本", "number", 1),
    ("個", "number", 1),
    ("个", "number", 1),
    ("台", "number", 1),
    ("件", "number", 1),
    ("頭", "number", 1),
    ("pieza", "number", 1),
    ("piezas", "number", 1),
    ("pza", "number", 1),
    ("unidad", "number", 1),
    ("unidades", "number", 1),
    ("unidade", "number", 1),
    ("adet", "number", 1),
    ("chiếc", "number", 1),
    ("cái", "number", 1),
    ("ອັນ", "number", 1),
    ("ໜ່ວຍ", "number", 1),
    ("ກ້ານ", "number", 1),
    ("pr", "number", 2),
    ("npr", "number", 2),
    ("pair", "number", 2),
    ("pairs", "number", 2),
    ("пар", "number", 2),
    ("пара", "number", 2),
    ("пары", "number", 2),
    ("пару", "number", 2),
    ("жұп", "number", 2),
    ("คู่", "number", 2),
    ("جفت", "number", 2),
    ("زوج", "number", 2),
    ("წყვილი", "number", 2),
    ("足", "number", 2),
    ("双", "number", 2),
    ("雙", "number", 2),
    ("paire", "number", 2),
    ("par", "number", 2),
    ("pares", "number", 2),
    ("çift", "number", 2),
    ("dz", "number", 12),
    ("doz", "number", 12),
    ("dozen", "number", 12),
    ("dzn", "number", 12),
    ("тыс.шт", "number", 1_000),
    // Brazil's TIPI counts some goods by the thousand, `mil` (milheiro).
    ("mil", "number", 1_000),
    // Length, in millimetres.
    ("mm", "length", 1),
    ("мм", "length", 1),
    ("cm", "length", 10),
    ("см", "length", 10),
    ("m", "length", 1_000),
    ("mtr", "length", 1_000),
    ("metre", "length", 1_000),
    ("meter", "length", 1_000),
    ("м", "length", 1_000),
    ("метр", "length", 1_000),
    ("เมตร", "length", 1_000),
    ("متر", "length", 1_000),
    ("მ", "length", 1_000),
    ("km", "length", 1_000_000),
    ("км", "length", 1_000_000),
    // Area, in square centimetres.
    ("cm2", "area", 1),
    ("см2", "area", 1),
    ("m2", "area", 10_000),
    ("mtk", "area", 10_000),
    ("м2", "area", 10_000),
    ("მ2", "area", 10_000),
    ("кв.м", "area", 10_000),
    ("ตร.ม", "area", 10_000),
    ("مترمربع", "area", 10_000),
    // Energy, in watt-hours.
    ("kwh", "energy", 1_000),
    ("квт.ч", "energy", 1_000),
    ("квт·ч", "energy", 1_000),
    ("квтч", "energy", 1_000),
    ("mwh", "energy", 1_000_000),
    ("мвт.ч", "energy", 1_000_000),
    ("мвт·ч", "energy", 1_000_000),
    // Power, in watts (an engine's, for some vehicles' duties).
    ("kw", "power", 1_000),
    ("kwt", "power", 1_000),
    ("квт", "power", 1_000),
];

/// `unit` in the form [`MEASURES`] names units in: NFC, lower case,
/// without spaces, a final `.`, or ZWNJ; `²` and `³` as `2` and `3`;
/// digits of any script as ASCII; Arabic `ي` and `ك` as Persian `ی` and
/// `ک`. `1000 шт.` is `1000шт`, `กก.` is `กก`, `كغ` is `کغ`.
pub fn unit_name(unit: &str) -> String {
    let composed = crate::names::nfc(unit.trim()).to_lowercase();
    let name: String = composed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{200c}')
        .map(|c| match c {
            '²' => '2',
            '³' => '3',
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            c => crate::words::native_digit(c).unwrap_or(c),
        })
        .collect();
    name.trim_end_matches('.').to_string()
}

/// The size of `unit` (a count before it multiplies it: `1000u`, `100kg`,
/// `1000 шт`) in the smallest unit of what it measures, and what that is:
/// a unit of [`MEASURES`], else its own name (`None` for the size of a
/// count too large to compare).
fn size(unit: &str) -> (Option<u128>, String) {
    let name = unit_name(unit);
    let digits = name.chars().take_while(|c| c.is_ascii_digit()).count();
    let count = match digits {
        0 => Some(1),
        _ => name[..digits].parse::<u128>().ok().filter(|c| *c > 0),
    };
    let name = &name[digits..];
    match MEASURES.iter().find(|(n, _, _)| *n == name) {
        Some((_, measure, small)) => (
            count.and_then(|c| c.checked_mul(u128::from(*small))),
            measure.to_string(),
        ),
        None => (count, name.to_string()),
    }
}

/// Whether kb knows `unit` as a unit of some measure ([`MEASURES`]), a
/// count before it aside: `1000 шт`, `KGM` and `กก.` are, `carton` is not.
pub fn is_known_unit(unit: &str) -> bool {
    let name = unit_name(unit);
    let name = name.trim_start_matches(|c: char| c.is_ascii_digit());
    MEASURES.iter().any(|(n, _, _)| *n == name)
}

/// How many `per` one `line` unit is, as a decimal (`0.001` for a duty per
/// `kl` on a line in `l`, per `1000u` on a line in `u` or `1000 шт`, per
/// `t` on a line in `кг`; `1` for `KG` and `kg`, `kg` and `кг`), when both
/// measure one thing and the ratio is a finite decimal: the calculator
/// converts the line's quantity, where it would otherwise ask for one in
/// `per`. `None` for units of different things (`cm3` of a car counted in
/// `u`, `lpa` of whisky in `l`).
pub fn line_quantity_in(line: &str, per: &str) -> Option<String> {
    let (line_size, line_dimension) = size(line);
    let (per_size, per_dimension) = size(per);
    if line_dimension != per_dimension {
        return None;
    }
    let (line_size, per_size) = (line_size?, per_size?);
    // line_size / per_size, written with as many decimals as it needs.
    let mut places = 0;
    let mut numerator = line_size;
    while !numerator.is_multiple_of(per_size) {
        numerator = numerator.checked_mul(10)?;
        places += 1;
        if places > 9 {
            return None;
        }
    }
    let digits = (numerator / per_size).to_string();
    if places == 0 {
        return Some(digits);
    }
    let digits = format!("{digits:0>width$}", width = places + 1);
    let (whole, fraction) = digits.split_at(digits.len() - places);
    Some(format!("{whole}.{fraction}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quantity_converts_between_units_of_one_measure() {
        for (line, per, factor) in [
            ("l", "kl", Some("0.001")),
            ("L", "kl", Some("0.001")),
            ("l", "hl", Some("0.01")),
            ("kg", "t", Some("0.001")),
            ("kg", "g", Some("1000")),
            ("KG", "kg", Some("1")),
            ("u", "1000u", Some("0.001")),
            ("NO", "1000no", Some("0.001")),
            ("kg", "100kg", Some("0.01")),
            ("l", "m3", Some("0.001")),
            ("u", "cm3", None),
            ("l", "lpa", None),
            ("kg", "l", None),
            ("u", "3u", None),
            ("kg", "MT", Some("0.001")),
            ("kg", "mt", Some("0.001")),
            ("KGM", "TNE", Some("0.001")),
            ("l", "litre", Some("1")),
            ("L", "liter", Some("1")),
            ("litres", "hl", Some("0.01")),
            ("pcs", "1000u", Some("0.001")),
            ("u", "1000 pieces", Some("0.001")),
            ("Kg", "cigarro", None),
            ("u", "99999999999999999999999999999999999999999u", None),
        ] {
            assert_eq!(
                line_quantity_in(line, per).as_deref(),
                factor,
                "{line} → {per}"
            );
        }
    }

    /// Kazakhstan's tariff writes `кг` and `1000 шт`, and kb's own hint
    /// wrote the duty `0.2 EUR/kg`: the calculator asked for a second
    /// quantity in `kg`, 1 by default, and levied the minimum duty on one
    /// kilogram of 2,000.
    #[test]
    fn a_unit_in_any_script_converts_as_its_latin_name() {
        for (line, per, factor) in [
            ("кг", "kg", "1"),
            ("kg", "кг", "1"),
            ("кг", "т", "0.001"),
            ("кг", "1000кг", "0.001"),
            ("1000 шт", "1000u", "1"),
            ("1000 шт", "1000шт", "1"),
            ("шт", "1000u", "0.001"),
            ("шт.", "u", "1"),
            ("л", "l", "1"),
            ("см3", "cm3", "1"),
            ("м2", "m²", "1"),
            ("пар", "pair", "1"),
            ("2u", "пара", "1"),
            ("กก.", "kg", "1"),
            ("กิโลกรัม", "t", "0.001"),
            ("ลิตร", "l", "1"),
            ("คัน", "u", "1"),
            ("کیلوگرم", "kg", "1"),
            ("كغ", "kg", "1"),
            ("كيلوغرام", "t", "0.001"),
            ("لیتر", "l", "1"),
            ("عدد", "u", "1"),
            ("دستگاه", "u", "1"),
            ("NO", "1000本", "0.001"),
            ("ც", "1000ც", "0.001"),
            ("١٠٠٠ عدد", "1000u", "1"),
        ] {
            assert_eq!(
                line_quantity_in(line, per).as_deref(),
                Some(factor),
                "{line} → {per}"
            );
        }
        // Another measure is asked for on its own.
        assert_eq!(line_quantity_in("шт", "см3"), None);
        assert_eq!(line_quantity_in("ลิตร", "lpa"), None);
        assert_eq!(line_quantity_in("l", "lsa"), None);
        assert_eq!(line_quantity_in("ც", "სმ³"), None);
        assert_eq!(line_quantity_in("кг", "л"), None);
    }

    #[test]
    fn a_unit_is_known_in_any_script_and_with_a_count() {
        for unit in ["kg", "1000 шт", "KGM", "กก.", "کیلوگرم", "lpa", "см3"] {
            assert!(is_known_unit(unit), "{unit}");
        }
        for unit in ["carton", "cigarro", "kg.gross", ""] {
            assert!(!is_known_unit(unit), "{unit}");
        }
    }
}
