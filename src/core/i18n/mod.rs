//! Every string of the user interface, in German and English. Data (names,
//! quotes, descriptions) stays in the language of its source.

use super::model::{Membership, NetworkKind, Role};
use super::validate::ProblemKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

/// The fixed strings of one language. A struct rather than a map, so a
/// string missing in one language is a compile error.
#[derive(Debug, PartialEq, Eq)]
pub struct Texts {
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub networks_legend: &'static str,
    pub mode_legend: &'static str,
    pub mode_any: &'static str,
    pub mode_all: &'static str,
    pub mode_none: &'static str,
    pub hide_empty: &'static str,
    pub reset: &'static str,
    pub member_header: &'static str,
    pub total_header: &'static str,
    pub total_row: &'static str,
    pub no_information: &'static str,
    pub inferred: &'static str,
    pub year_unknown: &'static str,
    pub conflicting: &'static str,
    pub legend_heading: &'static str,
    pub sources_heading: &'static str,
    pub stand: &'static str,
    pub no_date: &'static str,
    pub no_address: &'static str,
    pub no_rows: &'static str,
    pub export_csv: &'static str,
    pub filters_heading: &'static str,
    pub error_heading: &'static str,
    pub error_intro: &'static str,
    pub internal_error: &'static str,
    pub table_region: &'static str,
    pub sort_by_name: &'static str,
    pub sort_by_count: &'static str,
    pub csv_member: &'static str,
    pub csv_total: &'static str,
    pub loading: &'static str,
    pub close: &'static str,
    pub year_label: &'static str,
    pub year_all: &'static str,
    pub founded: &'static str,
    pub kind: &'static str,
    pub shown_members: &'static str,
    pub memberships_of: &'static str,
    pub evidence_heading: &'static str,
    pub note: &'static str,
    pub details_hint: &'static str,
    pub no_memberships: &'static str,
    pub also_called: &'static str,
    pub host: &'static str,
    pub host_legend: &'static str,
    pub hosted_heading: &'static str,
    pub paraphrase: &'static str,
    pub year_inferred: &'static str,
    pub regional_hint: &'static str,
    pub regional_group: &'static str,
}

pub const DE: Texts = Texts {
    search_label: "Mitglied suchen",
    search_hint: "Stadt oder Organisation, z. B. „Düsseldorf“",
    networks_legend: "Netzwerke",
    mode_legend: "Mitglieder zeigen, die …",
    mode_any: "mindestens einem gewählten Netzwerk angehören",
    mode_all: "allen gewählten Netzwerken angehören",
    mode_none: "keinem gewählten Netzwerk angehören",
    hide_empty: "Zeilen und Spalten ohne Angaben ausblenden",
    reset: "Filter zurücksetzen",
    member_header: "Mitglied",
    total_header: "Anzahl",
    total_row: "Summe",
    no_information: "keine Angabe",
    inferred: "erschlossen",
    year_unknown: "Jahr unbekannt",
    conflicting: "widersprüchliche Quellen",
    legend_heading: "Legende",
    sources_heading: "Quellen",
    stand: "Stand",
    no_date: "ohne Datum",
    no_address: "ohne Adresse",
    no_rows: "Kein Mitglied entspricht den gewählten Filtern.",
    export_csv: "Ansicht als CSV herunterladen",
    filters_heading: "Filter",
    error_heading: "Die Daten können nicht angezeigt werden",
    error_intro: "Der Datensatz enthält Fehler:",
    internal_error: "Ein interner Fehler ist aufgetreten.",
    table_region: "Matrix der Mitgliedschaften",
    sort_by_name: "nach Name sortieren",
    sort_by_count: "nach Anzahl sortieren",
    csv_member: "Mitglied",
    csv_total: "Anzahl",
    loading: "Die Matrix wird geladen …",
    close: "Schließen",
    year_label: "Stand im Jahr",
    year_all: "heute (alle Angaben)",
    founded: "Gegründet",
    kind: "Art",
    shown_members: "Mitglieder in der Matrix",
    memberships_of: "Mitgliedschaften",
    evidence_heading: "Belege",
    note: "Hinweis",
    details_hint:
        "Zellen, Netzwerke und Mitglieder lassen sich für Einzelheiten und Quellen anwählen.",
    no_memberships: "keine Angaben",
    also_called: "Auch",
    host: "Gastgeber",
    host_legend: "Gastgeber (richtete den Kongress oder ein Treffen aus; keine Mitgliedschaft)",
    hosted_heading: "Gastgeber",
    paraphrase: "sinngemäß",
    year_inferred: "Jahr erschlossen",
    regional_hint: "Regionale Netzwerke und Landesprogramme erscheinen, sobald sie gewählt oder ihre Mitglieder gesucht werden.",
    regional_group: "Regional und Landesprogramme",
};

pub const EN: Texts = Texts {
    search_label: "Search member",
    search_hint: "City or organisation, e.g. “Düsseldorf”",
    networks_legend: "Networks",
    mode_legend: "Show members that …",
    mode_any: "belong to at least one chosen network",
    mode_all: "belong to every chosen network",
    mode_none: "belong to no chosen network",
    hide_empty: "Hide rows and columns without information",
    reset: "Reset filters",
    member_header: "Member",
    total_header: "Count",
    total_row: "Total",
    no_information: "no information",
    inferred: "inferred",
    year_unknown: "year unknown",
    conflicting: "conflicting sources",
    legend_heading: "Legend",
    sources_heading: "Sources",
    stand: "As of",
    no_date: "no date",
    no_address: "no address",
    no_rows: "No member matches the chosen filters.",
    export_csv: "Download view as CSV",
    filters_heading: "Filters",
    error_heading: "The data cannot be shown",
    error_intro: "The dataset has errors:",
    internal_error: "An internal error occurred.",
    table_region: "Membership matrix",
    sort_by_name: "sort by name",
    sort_by_count: "sort by count",
    csv_member: "Member",
    csv_total: "Count",
    loading: "Loading the matrix …",
    close: "Close",
    year_label: "As of year",
    year_all: "today (all facts)",
    founded: "Founded",
    kind: "Kind",
    shown_members: "Members in the matrix",
    memberships_of: "Memberships",
    evidence_heading: "Evidence",
    note: "Note",
    details_hint: "Cells, networks and members can be activated for details and sources.",
    no_memberships: "no information",
    also_called: "Also",
    host: "host",
    host_legend: "host (held the congress or a meeting; not a membership)",
    hosted_heading: "Host",
    paraphrase: "paraphrase",
    year_inferred: "year inferred",
    regional_hint: "Regional networks and state programmes appear once chosen or once one of their members is searched for.",
    regional_group: "Regional and state programmes",
};

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
    pub fn evidence_text(self, e: &super::model::Evidence) -> String {
        use super::model::QuoteKind;
        match (e.kind, self) {
            (QuoteKind::Quote, Lang::De) => format!("„{}“", e.quote),
            (QuoteKind::Quote, Lang::En) => format!("“{}”", e.quote),
            (QuoteKind::Paraphrase, _) => format!("{}: {}", self.texts().paraphrase, e.quote),
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
    pub fn ignored_options(self, notes: &[super::options::Note]) -> String {
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
    pub fn member_kind(self, kind: super::model::MemberKind) -> &'static str {
        use super::model::MemberKind as K;
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

    /// The "show more" button: "Weitere 100 von 10 900 Zeilen anzeigen".
    pub fn show_more(self, next: usize, rest: usize) -> String {
        match self {
            Lang::De => format!("Weitere {next} von {} Zeilen anzeigen", group(rest, '.')),
            Lang::En => format!("Show {next} more of {} rows", group(rest, ',')),
        }
    }

    pub fn problem(self, kind: &ProblemKind) -> String {
        use ProblemKind as P;
        match (self, kind) {
            (Lang::De, P::Syntax(m)) => format!("ungültiges JSON oder falscher Typ ({m})"),
            (Lang::En, P::Syntax(m)) => format!("invalid JSON or wrong type ({m})"),
            (Lang::De, P::TooLarge(n)) => format!(
                "die Datei ist mit {n} Bytes größer als die erlaubten {} Bytes",
                super::validate::MAX_DATASET_BYTES
            ),
            (Lang::En, P::TooLarge(n)) => format!(
                "the file has {n} bytes, more than the allowed {} bytes",
                super::validate::MAX_DATASET_BYTES
            ),
            (Lang::De, P::EmptyFile) => "die Datei ist leer".into(),
            (Lang::En, P::EmptyFile) => "the file is empty".into(),
            (Lang::De, P::EmptyList) => "die Liste ist leer".into(),
            (Lang::En, P::EmptyList) => "the list is empty".into(),
            (Lang::De, P::EmptyText) => "der Text fehlt".into(),
            (Lang::En, P::EmptyText) => "the text is missing".into(),
            (Lang::De, P::BadId(id)) => {
                format!("ungültige Kennung \"{id}\" (erlaubt: a–z, 0–9 und einzelne Bindestriche)")
            }
            (Lang::En, P::BadId(id)) => {
                format!("invalid id \"{id}\" (allowed: a–z, 0–9 and single hyphens)")
            }
            (Lang::De, P::DuplicateId { id, first }) => {
                format!("doppelte Kennung \"{id}\" (schon bei {first})")
            }
            (Lang::En, P::DuplicateId { id, first }) => {
                format!("duplicate id \"{id}\" (already at {first})")
            }
            (Lang::De, P::UnknownMember(id)) => format!("unbekanntes Mitglied \"{id}\""),
            (Lang::En, P::UnknownMember(id)) => format!("unknown member \"{id}\""),
            (Lang::De, P::UnknownNetwork(id)) => format!("unbekanntes Netzwerk \"{id}\""),
            (Lang::En, P::UnknownNetwork(id)) => format!("unknown network \"{id}\""),
            (Lang::De, P::UnknownSource(id)) => format!("unbekannte Quelle \"{id}\""),
            (Lang::En, P::UnknownSource(id)) => format!("unknown source \"{id}\""),
            (Lang::De, P::NoEvidence) => "keine Quelle angegeben".into(),
            (Lang::En, P::NoEvidence) => "no source given".into(),
            (Lang::De, P::YearOutOfRange(y)) => format!(
                "Jahr {y} liegt außerhalb von {}–{}",
                super::validate::YEARS.start(),
                super::validate::YEARS.end()
            ),
            (Lang::En, P::YearOutOfRange(y)) => format!(
                "year {y} is outside {}–{}",
                super::validate::YEARS.start(),
                super::validate::YEARS.end()
            ),
            (Lang::De, P::UntilBeforeSince { since, until }) => {
                format!("Endjahr {until} liegt vor dem Anfangsjahr {since}")
            }
            (Lang::En, P::UntilBeforeSince { since, until }) => {
                format!("end year {until} is before start year {since}")
            }
            (Lang::De, P::DuplicateFact { first }) => {
                format!("dieselbe Mitgliedschaft steht schon bei {first}")
            }
            (Lang::En, P::DuplicateFact { first }) => {
                format!("the same membership is already at {first}")
            }
            (Lang::De, P::DuplicateHosting { first }) => {
                format!("dieselbe Gastgeberschaft steht schon bei {first}")
            }
            (Lang::En, P::DuplicateHosting { first }) => {
                format!("the same hosting is already at {first}")
            }
            (Lang::De, P::YearInferredWithoutYear) => {
                "„Jahr erschlossen“ ist gesetzt, aber es gibt kein Anfangsjahr".into()
            }
            (Lang::En, P::YearInferredWithoutYear) => {
                "\"year inferred\" is set, but there is no start year".into()
            }
            (Lang::De, P::BadDate(d)) => {
                format!("ungültiges Datum \"{d}\" (erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT)")
            }
            (Lang::En, P::BadDate(d)) => {
                format!("invalid date \"{d}\" (expected YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            (Lang::De, P::BadUrl(u)) => {
                format!("ungültige Adresse \"{u}\" (erwartet http:// oder https://)")
            }
            (Lang::En, P::BadUrl(u)) => {
                format!("invalid address \"{u}\" (expected http:// or https://)")
            }
            (Lang::De, P::Load { url, reason }) => {
                format!("die Daten konnten nicht von \"{url}\" geladen werden ({reason})")
            }
            (Lang::En, P::Load { url, reason }) => {
                format!("the data could not be loaded from \"{url}\" ({reason})")
            }
            (Lang::De, P::ForeignOrigin(u)) => format!(
                "\"{u}\" liegt nicht auf dieser Website; Daten werden nur von derselben Herkunft geladen"
            ),
            (Lang::En, P::ForeignOrigin(u)) => {
                format!("\"{u}\" is not on this website; data is only loaded from the same origin")
            }
        }
    }
}

/// Digits in groups of three: 10900 → "10.900" (German) or "10,900".
fn group(n: usize, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group(10900, '.'), "10.900");
        assert_eq!(group(100, '.'), "100");
        assert_eq!(group(1000000, ','), "1,000,000");
        assert_eq!(
            Lang::De.show_more(100, 10900),
            "Weitere 100 von 10.900 Zeilen anzeigen"
        );
    }

    /// Field names and values of a `Texts`, read from its `Debug` form so the
    /// test covers fields added later without being edited.
    fn fields(t: &Texts) -> Vec<(String, String)> {
        let debug = format!("{t:#?}");
        debug
            .lines()
            .filter_map(|l| l.trim().split_once(": "))
            .map(|(k, v)| {
                (
                    k.to_string(),
                    v.trim_end_matches(',').trim_matches('"').to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn every_key_exists_in_both_languages_and_is_filled() {
        let (de, en) = (fields(&DE), fields(&EN));
        assert!(de.len() >= 30, "{de:?}");
        let keys = |f: &[(String, String)]| f.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&de), keys(&en));
        for (k, v) in de.iter().chain(&en) {
            assert!(!v.trim().is_empty(), "{k} is empty");
        }
        // Each string is translated: identical texts in both languages are
        // allowed only where the word is the same.
        let same: Vec<&String> = de
            .iter()
            .zip(&en)
            .filter(|(a, b)| a.1 == b.1)
            .map(|(a, _)| &a.0)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }

    #[test]
    fn formatted_texts() {
        assert_eq!(
            Lang::De.status(5, 18, 5, 5),
            "5 von 18 Mitgliedern, 5 von 5 Netzwerken"
        );
        assert_eq!(
            Lang::En.status(1, 18, 4, 5),
            "1 of 18 members, 4 of 5 networks"
        );
        let fact = |role, since, inferred| Membership {
            member: "m".into(),
            network: "n".into(),
            role,
            since,
            until: Some(2020),
            since_inferred: false,
            inferred,
            note: None,
            evidence: vec![],
        };
        let founding = fact(Role::FoundingMember, Some(2010), false);
        assert_eq!(
            Lang::De.cell_statement("Augsburg", "DEFUS", Some(&founding), &[]),
            "Augsburg, DEFUS: Gründungsmitglied seit 2010"
        );
        assert_eq!(
            Lang::En.cell_statement("Augsburg", "DEFUS", Some(&founding), &[]),
            "Augsburg, DEFUS: founding member since 2010"
        );
        assert_eq!(
            Lang::De.cell_statement("Bonn", "DPT", None, &[]),
            "Bonn, DPT: keine Angabe"
        );
        let inferred = fact(Role::Member, None, true);
        assert_eq!(
            Lang::De.cell_statement("Augsburg", "Efus", Some(&inferred), &[]),
            "Augsburg, Efus: Mitglied (erschlossen)"
        );
        assert_eq!(
            Lang::De.cell_statement("Bielefeld", "DPT", None, &[2013]),
            "Bielefeld, DPT: Gastgeber 2013"
        );
        let cooperation = fact(Role::Cooperation, None, false);
        assert_eq!(
            Lang::En.cell_text(Some(&cooperation), &[2017, 2025]),
            "cooperation; host 2017, 2025"
        );
        let year_inferred = Membership {
            since_inferred: true,
            ..fact(Role::Member, Some(2008), false)
        };
        assert_eq!(
            Lang::De.fact_text(&year_inferred, true),
            "Mitglied seit 2008 (Jahr erschlossen) bis 2020"
        );
        for role in Role::ALL {
            assert_ne!(Lang::De.role(role), Lang::En.role(role));
        }
    }

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag("de-DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
