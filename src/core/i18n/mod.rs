//! Every string of the user interface, in German and English. Data (names,
//! quotes, descriptions) stays in the language of its source.

mod coverage;
mod problems;
mod strings;

pub use strings::{Texts, DE, EN};

use crate::core::model::{Membership, NetworkKind, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }

    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.trim().to_ascii_lowercase().split(['-', '_']).next() {
            Some("de") => Some(Lang::De),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    pub fn role(self, role: Role) -> &'static str {
        match (self, role) {
            (Lang::De, Role::FoundingMember) => "Gründungsmitglied",
            (Lang::De, Role::Member) => "Mitglied",
            (Lang::De, Role::Partner) => "Partner",
            (Lang::De, Role::Cooperation) => "Kooperation",
            (Lang::De, Role::NotMember) => "kein Mitglied",
            (Lang::En, Role::FoundingMember) => "founding member",
            (Lang::En, Role::Member) => "member",
            (Lang::En, Role::Partner) => "partner",
            (Lang::En, Role::Cooperation) => "cooperation",
            (Lang::En, Role::NotMember) => "not a member",
        }
    }

    pub fn network_kind(self, kind: NetworkKind) -> &'static str {
        match (self, kind) {
            (Lang::De, NetworkKind::Congress) => "Kongress",
            (Lang::De, NetworkKind::Forum) => "Forum",
            (Lang::De, NetworkKind::Network) => "Netzwerk",
            (Lang::De, NetworkKind::Foundation) => "Stiftung",
            (Lang::De, NetworkKind::StateProgramme) => "Landesprogramm",
            (Lang::En, NetworkKind::Congress) => "congress",
            (Lang::En, NetworkKind::Forum) => "forum",
            (Lang::En, NetworkKind::Network) => "network",
            (Lang::En, NetworkKind::Foundation) => "foundation",
            (Lang::En, NetworkKind::StateProgramme) => "state programme",
        }
    }

    /// "since 2010" after a role.
    pub fn since(self, year: i32) -> String {
        match self {
            Lang::De => format!("seit {year}"),
            Lang::En => format!("since {year}"),
        }
    }

    /// Evidence as shown: a quotation in this language's quotation marks,
    /// a paraphrase labelled as one.
    pub fn evidence_text(self, e: &crate::core::model::Evidence) -> String {
        use crate::core::model::QuoteKind;
        match (e.kind, self) {
            (QuoteKind::Quote, Lang::De) => format!("„{}“", e.quote),
            (QuoteKind::Quote, Lang::En) => format!("“{}”", e.quote),
            (QuoteKind::Paraphrase, _) => format!("{}: {}", self.texts().paraphrase, e.quote),
        }
    }

    /// The button of the less-used filters: "Weitere Filter – 2 aktiv".
    pub fn extra_toggle(self, active: usize) -> String {
        let t = self.texts();
        match (self, active) {
            (_, 0) => t.more_filters.to_string(),
            (Lang::De, n) => format!("{} – {n} aktiv", t.more_filters),
            (Lang::En, n) => format!("{} – {n} active", t.more_filters),
        }
    }

    /// The phone's filter button: "Filter – 2 aktiv", or "Filter".
    pub fn filters_toggle(self, active: usize) -> String {
        let t = self.texts();
        match (self, active) {
            (_, 0) => t.filters_heading.to_string(),
            (Lang::De, n) => format!("{} – {n} aktiv", t.filters_heading),
            (Lang::En, n) => format!("{} – {n} active", t.filters_heading),
        }
    }

    /// "teilt 3 Netzwerke".
    pub fn shares(self, count: usize) -> String {
        match (self, count) {
            (Lang::De, 1) => "teilt 1 Netzwerk".into(),
            (Lang::De, n) => format!("teilt {n} Netzwerke"),
            (Lang::En, 1) => "shares 1 network".into(),
            (Lang::En, n) => format!("shares {n} networks"),
        }
    }

    /// A map mark's name: "Augsburg: in 4 Netzwerken".
    pub fn mark_label(self, name: &str, count: usize) -> String {
        match (self, count) {
            (Lang::De, 1) => format!("{name}: in 1 Netzwerk"),
            (Lang::De, n) => format!("{name}: in {n} Netzwerken"),
            (Lang::En, 1) => format!("{name}: in 1 network"),
            (Lang::En, n) => format!("{name}: in {n} networks"),
        }
    }

    /// The map's text alternative: "Karte von Deutschland mit 40 der 46
    /// gezeigten Mitglieder".
    pub fn map_summary(self, placed: usize, shown: usize) -> String {
        match self {
            Lang::De => {
                format!("Karte von Deutschland mit {placed} der {shown} gezeigten Mitglieder")
            }
            Lang::En => format!("Map of Germany with {placed} of the {shown} members shown"),
        }
    }

    /// The status line of the combinations view.
    pub fn combinations_status(
        self,
        combinations: usize,
        members: usize,
        of_members: usize,
    ) -> String {
        match self {
            Lang::De => {
                format!("{combinations} Kombinationen unter {members} von {of_members} Mitgliedern")
            }
            Lang::En => {
                format!("{combinations} combinations among {members} of {of_members} members")
            }
        }
    }

    /// "DEFUS + Efus", or "keinem Netzwerk".
    pub fn combination_name(self, shorts: &[&str]) -> String {
        if shorts.is_empty() {
            self.texts().combination_none.to_string()
        } else {
            shorts.join(" + ")
        }
    }

    /// "Gastgeber 2017, 2025".
    pub fn hosted(self, years: &[i32]) -> String {
        format!("{} {}", self.texts().host, self.host_years(years))
    }

    /// "2017, 2025".
    pub fn host_years(self, years: &[i32]) -> String {
        let years: Vec<String> = years.iter().map(|y| y.to_string()).collect();
        years.join(", ")
    }

    pub fn until(self, year: i32) -> String {
        match self {
            Lang::De => format!("bis {year}"),
            Lang::En => format!("until {year}"),
        }
    }

    /// The full statement a screen reader hears for a cell, e.g.
    /// "Augsburg, DEFUS: Gründungsmitglied seit 2010". It ends with the
    /// cell's visible text ("Gründungsmitglied seit 2010"), so the accessible
    /// name contains the visible label (WCAG 2.5.3) and speech input works.
    pub fn cell_statement(
        self,
        member: &str,
        network: &str,
        fact: Option<&Membership>,
        hosted: &[i32],
    ) -> String {
        format!("{member}, {network}: {}", self.cell_text(fact, hosted))
    }

    /// A cell in words: "Partner seit 2026; Gastgeber 2017", or "keine
    /// Angabe" when the cell is empty.
    pub fn cell_text(self, fact: Option<&Membership>, hosted: &[i32]) -> String {
        let mut parts = Vec::new();
        if let Some(f) = fact {
            parts.push(self.fact_text(f, false));
        }
        if !hosted.is_empty() {
            parts.push(self.hosted(hosted));
        }
        if parts.is_empty() {
            self.texts().no_information.to_string()
        } else {
            parts.join("; ")
        }
    }

    /// A fact in words: "Mitglied seit 2008 (Jahr erschlossen)",
    /// "Gründungsmitglied seit 2010 bis 2020 (erschlossen)"; the end year
    /// only where asked for.
    pub fn fact_text(self, f: &Membership, with_until: bool) -> String {
        let t = self.texts();
        let mut s = self.role(f.role).to_string();
        if let Some(y) = f.since {
            s.push(' ');
            s.push_str(&self.since(y));
            if f.since_inferred {
                s.push_str(&format!(" ({})", t.year_inferred));
            }
        }
        if let (true, Some(y)) = (with_until, f.until) {
            s.push(' ');
            s.push_str(&self.until(y));
        }
        if f.inferred {
            s.push_str(&format!(" ({})", t.inferred));
        }
        s
    }

    /// The polite note about options or link values that were ignored.
    pub fn ignored_options(self, notes: &[crate::core::options::Note]) -> String {
        let list: Vec<String> = notes
            .iter()
            .map(|n| format!("{} = \"{}\"", n.key, n.value))
            .collect();
        match self {
            Lang::De => format!("Nicht erkannt und daher ignoriert: {}.", list.join(", ")),
            Lang::En => format!("Not recognised and therefore ignored: {}.", list.join(", ")),
        }
    }

    /// The status line: "5 von 18 Mitgliedern, 5 von 5 Netzwerken".
    /// The mark of the page's own member: "Ihre Stadt", "Ihr Kreis",
    /// "Ihre Organisation".
    pub fn yours(self, kind: crate::core::model::MemberKind) -> &'static str {
        use crate::core::model::MemberKind as K;
        match (self, kind) {
            (Lang::De, K::City) => "Ihre Stadt",
            (Lang::De, K::District) => "Ihr Kreis",
            (Lang::De, K::Organisation) => "Ihre Organisation",
            (Lang::En, K::City) => "Your city",
            (Lang::En, K::District) => "Your district",
            (Lang::En, K::Organisation) => "Your organisation",
        }
    }

    pub fn member_kind(self, kind: crate::core::model::MemberKind) -> &'static str {
        use crate::core::model::MemberKind as K;
        match (self, kind) {
            (Lang::De, K::City) => "Stadt",
            (Lang::De, K::District) => "Kreis",
            (Lang::De, K::Organisation) => "Organisation",
            (Lang::En, K::City) => "city",
            (Lang::En, K::District) => "district",
            (Lang::En, K::Organisation) => "organisation",
        }
    }

    pub fn status(
        self,
        members: usize,
        of_members: usize,
        networks: usize,
        of_networks: usize,
    ) -> String {
        match self {
            Lang::De => format!(
                "{members} von {of_members} Mitgliedern, {networks} von {of_networks} Netzwerken"
            ),
            Lang::En => {
                format!("{members} of {of_members} members, {networks} of {of_networks} networks")
            }
        }
    }
}
