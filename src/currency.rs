//! Facts of ISO 4217 that amounts of every kind need: fees and exchange
//! rates (`entities::money`) as much as the tariff's specific duties.

/// ISO 4217 minor units (decimal places) of `currency`: 0 for VND, 3 for
/// BHD; 2 for a currency this table does not list, as most have.
pub fn minor_units(currency: &str) -> usize {
    match currency {
        // No minor unit in use.
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        // Thousandths.
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        // Units of account with four places.
        "CLF" | "UYW" => 4,
        _ => 2,
    }
}
