//! The words for a network's completeness: "Hier verzeichnet: 20
//! Mitglieder. DEFUS nennt 22 (Januar 2025)."

use super::Lang;
use crate::core::coverage::Coverage;
use crate::core::model::StatedCount;

const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Lang {
    /// When a count holds: "Januar 2025" where the source's date gives the
    /// month of the count's year, else the year; "ohne Datum" without one.
    pub fn count_when(self, c: &StatedCount, source_date: Option<&str>) -> String {
        let Some(year) = c.year else {
            return match self {
                Lang::De => "ohne Datum".into(),
                Lang::En => "undated".into(),
            };
        };
        let month = source_date
            .filter(|d| d.starts_with(&format!("{year}-")))
            .and_then(|d| d.get(5..7))
            .and_then(|m| m.parse::<usize>().ok())
            .filter(|m| (1..=12).contains(m));
        match (self, month) {
            (Lang::De, Some(m)) => format!("{} {year}", MONTHS_DE[m - 1]),
            (Lang::En, Some(m)) => format!("{} {year}", MONTHS_EN[m - 1]),
            (_, None) => year.to_string(),
        }
    }

    /// "22", "mehr als 100" / "more than 100".
    pub fn count_number(self, c: &StatedCount) -> String {
        match (self, c.more_than) {
            (_, false) => c.count.to_string(),
            (Lang::De, true) => format!("mehr als {}", c.count),
            (Lang::En, true) => format!("more than {}", c.count),
        }
    }

    /// The listed figure: "Hier verzeichnet: 20 Mitglieder." (or Partner).
    pub fn listed_here(self, c: &Coverage) -> String {
        let n = c.listed;
        match (self, c.partners) {
            (Lang::De, false) if n == 1 => "Hier verzeichnet: 1 Mitglied.".into(),
            (Lang::De, false) => format!("Hier verzeichnet: {n} Mitglieder."),
            (Lang::De, true) => format!("Hier verzeichnet: {n} Partner."),
            (Lang::En, false) if n == 1 => "Listed here: 1 member.".into(),
            (Lang::En, false) => format!("Listed here: {n} members."),
            (Lang::En, true) if n == 1 => "Listed here: 1 partner.".into(),
            (Lang::En, true) => format!("Listed here: {n} partners."),
        }
    }

    /// The network's own figure: "DEFUS nennt 22 (Januar 2025)."
    pub fn stated_by(self, short: &str, c: &StatedCount, source_date: Option<&str>) -> String {
        let (number, when) = (self.count_number(c), self.count_when(c, source_date));
        match self {
            Lang::De => format!("{short} nennt {number} ({when})."),
            Lang::En => format!("{short} states {number} ({when})."),
        }
    }

    /// For a column header's description, when the list is known to be
    /// incomplete: "Liste unvollständig: hier 20, DEFUS nennt 22 (Januar 2025)".
    pub fn incomplete_column(
        self,
        short: &str,
        c: &Coverage,
        source_date: Option<&str>,
    ) -> Option<String> {
        let s = c.stated.filter(|_| c.incomplete())?;
        let (number, when) = (self.count_number(s), self.count_when(s, source_date));
        Some(match self {
            Lang::De => format!(
                "Liste unvollständig: hier {}, {short} nennt {number} ({when})",
                c.listed
            ),
            Lang::En => format!(
                "List incomplete: {} here, {short} states {number} ({when})",
                c.listed
            ),
        })
    }
}
