//! How many decimals each currency is counted in, for amounts of every
//! kind: fees and exchange rates (`entities::money`) as much as the
//! tariff's specific duties and the calculator's rounding.
//!
//! The count is CLDR's (`<currencyData>` in its supplemental data, as
//! ICU4X bakes it), which follows ISO 4217 except where a minor unit is
//! not in use: CLDR counts the Iranian rial, the Iraqi dinar, the Lao kip,
//! the Afghan afghani or the Myanmar kyat whole, where ISO 4217 still
//! gives 2 or 3 decimals that no one pays. A site counts otherwise where
//! its law does: `[currencies.KHR] places = 0` in kb.toml (CLDR gives the
//! riel 2 decimals, but Cambodia counts whole riel).

use std::collections::BTreeMap;

use icu::locale::preferences::extensions::unicode::keywords::CurrencyType;
use icu_experimental::dimension::provider::currency::fractions::CurrencyFractionsV1;
use icu_provider::prelude::*;

/// Decimals of `currency` as CLDR counts them: 0 for VND, JPY, IRR, IQD
/// and LAK, 3 for BHD, 2 for USD and for a code CLDR does not list.
pub fn minor_units(currency: &str) -> usize {
    let Ok(code) = CurrencyType::try_from_str(currency) else {
        return 2;
    };
    let fractions: Result<DataResponse<CurrencyFractionsV1>, _> =
        icu_experimental::provider::Baked.load(Default::default());
    match fractions {
        Ok(response) => usize::from(response.payload.get().resolve(code).digits),
        Err(_) => 2,
    }
}

/// The decimals each currency is counted in on one site: CLDR's, unless
/// kb.toml's `[currencies.XXX] places` says otherwise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Currencies {
    /// The site's own counts, by ISO code.
    places: BTreeMap<String, usize>,
}

impl Currencies {
    /// The site's counts `places` (ISO code → decimals) over CLDR's.
    pub fn with_places(places: BTreeMap<String, usize>) -> Currencies {
        Currencies { places }
    }

    /// Decimals of `currency` on this site: amounts in it may have no
    /// more, and the calculator rounds to them.
    pub fn places(&self, currency: &str) -> usize {
        self.places
            .get(currency)
            .copied()
            .unwrap_or_else(|| minor_units(currency))
    }

    /// Whether the site sets the decimals of `currency` itself, for hints.
    pub fn set_by_site(&self, currency: &str) -> bool {
        self.places.contains_key(currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_are_counted_as_cldr_counts_them() {
        for (currency, places) in [
            ("VND", 0),
            ("JPY", 0),
            // ISO 4217 gives these 2 or 3 decimals no one pays.
            ("IRR", 0),
            ("IQD", 0),
            ("LAK", 0),
            ("BHD", 3),
            ("KWD", 3),
            ("USD", 2),
            // CLDR gives the riel 2: a Cambodian site says otherwise.
            ("KHR", 2),
            ("CLF", 4),
            ("XYZ", 2),
            ("eur", 2),
        ] {
            assert_eq!(minor_units(currency), places, "{currency}");
        }
    }

    #[test]
    fn a_site_counts_a_currency_its_own_way() {
        let site = Currencies::with_places(BTreeMap::from([("KHR".to_string(), 0)]));
        assert_eq!(site.places("KHR"), 0);
        assert!(site.set_by_site("KHR"));
        assert_eq!(site.places("IRR"), 0);
        assert_eq!(site.places("USD"), 2);
        assert!(!site.set_by_site("USD"));
    }
}
