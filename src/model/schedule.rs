//! When the site must be built again: a static page is right only until
//! the next dated value takes effect. [`next_change`] is the first day
//! after the reference date on which anything the site shows changes by
//! itself: a scheduled rate, a line that starts or ends, a fee amount that
//! changes, a fee that starts or ends, a notice that takes effect or whose comment period closes.

use jiff::civil::Date;
use serde::Serialize;

use crate::entities::kinds::date_string;
use crate::entities::EntityData;
use crate::timeline::parse_date;

use super::Site;

/// What `/data/schedule.json` says, for automation that rebuilds the site.
#[derive(Debug, Clone, Serialize)]
pub struct Schedule {
    /// The day the site describes.
    pub reference_date: Date,
    /// The first later day on which something shown changes; `None` when
    /// nothing is scheduled.
    pub next_change: Option<Date>,
}

/// Every day on which something the site shows changes by itself.
fn change_dates(site: &Site) -> Vec<Date> {
    let mut dates = Vec::new();
    for code in &site.tariff.codes {
        dates.extend(code.validity.dates());
        for cell in code.rates.values() {
            dates.extend(cell.timeline.dates());
        }
    }
    let day = |d: &Option<toml::value::Datetime>| date_string(d).and_then(|s| parse_date(&s));
    for entity in site.entities.by_key.values() {
        match entity.original() {
            // Every day a fee's amount changes, it starts, or it stops
            // (the day after `until`).
            EntityData::Fee(fee) => match &entity.fee {
                Some(amounts) => dates.extend(amounts.changes_after(Date::MIN)),
                None => dates.extend(day(&fee.effective)),
            },
            EntityData::Notice(notice) => {
                let page = site.page(&entity.page_key);
                dates.extend(page.and_then(|p| p.effective));
                // The day after the deadline, the consultation is closed.
                dates.extend(day(&notice.comment_until).and_then(|d| d.tomorrow().ok()));
            }
            _ => {}
        }
    }
    dates
}

/// The first day after the reference date on which the site changes.
pub fn next_change(site: &Site) -> Option<Date> {
    change_dates(site)
        .into_iter()
        .filter(|d| *d > site.reference_date)
        .min()
}

/// The schedule of `site`.
pub fn schedule(site: &Site) -> Schedule {
    Schedule {
        reference_date: site.reference_date,
        next_change: next_change(site),
    }
}
