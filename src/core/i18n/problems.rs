//! A dataset's problems in words, German and English.

use super::Lang;
use crate::core::validate::ProblemKind;

impl Lang {
    pub fn problem(self, kind: &ProblemKind) -> String {
        use ProblemKind as P;
        match (self, kind) {
            (Lang::De, P::Syntax(m)) => format!("ungültiges JSON oder falscher Typ ({m})"),
            (Lang::En, P::Syntax(m)) => format!("invalid JSON or wrong type ({m})"),
            (Lang::De, P::TooLarge(n)) => format!(
                "die Datei ist mit {n} Bytes größer als die erlaubten {} Bytes",
                crate::core::validate::MAX_DATASET_BYTES
            ),
            (Lang::En, P::TooLarge(n)) => format!(
                "the file has {n} bytes, more than the allowed {} bytes",
                crate::core::validate::MAX_DATASET_BYTES
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
                crate::core::validate::YEARS.start(),
                crate::core::validate::YEARS.end()
            ),
            (Lang::En, P::YearOutOfRange(y)) => format!(
                "year {y} is outside {}–{}",
                crate::core::validate::YEARS.start(),
                crate::core::validate::YEARS.end()
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
            (Lang::De, P::HalfPlace) => {
                "für einen Ort braucht es Breite (lat) und Länge (lon)".into()
            }
            (Lang::En, P::HalfPlace) => "a place needs both latitude (lat) and longitude (lon)".into(),
            (Lang::De, P::OutsideGermany { lat, lon }) => {
                format!("der Ort {lat}, {lon} liegt nicht in Deutschland (vertauscht?)")
            }
            (Lang::En, P::OutsideGermany { lat, lon }) => {
                format!("the place {lat}, {lon} is not in Germany (swapped?)")
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
            (Lang::De, P::MoreThanStated { listed, stated, year }) => match year {
                Some(y) => format!(
                    "hier sind {listed} Mitglieder bis {y} verzeichnet, das Netzwerk nennt für {y} nur {stated}"
                ),
                None => format!("hier sind {listed} Mitglieder verzeichnet, das Netzwerk nennt nur {stated}"),
            },
            (Lang::En, P::MoreThanStated { listed, stated, year }) => match year {
                Some(y) => format!(
                    "{listed} members are listed here by {y}, the network states only {stated} for {y}"
                ),
                None => format!("{listed} members are listed here, the network states only {stated}"),
            },
        }
    }
}
