//! The sentence above the result for the page's own member ("Ihre Stadt"),
//! written from the data: "Augsburg ist Gründungsmitglied von DEFUS (seit
//! 2010), Mitglied von Efus (seit 2010), Partner von Städtenetzwerk und
//! kooperiert mit DPT und DFK; Gastgeber von DPT 2025." Each network in it
//! is a part of its own, so the widget can make it open its details.

use super::filter::Filter;
use super::i18n::Lang;
use super::matrix::Matrix;
use super::model::{Membership, Role};

/// A piece of the sentence: words, or a network (its index and label).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Network(usize, String),
}

/// The sentence's parts, for the member's facts in the filter's year among
/// the networks the widget shows.
pub fn summary(matrix: &Matrix, filter: &Filter, member: usize, lang: Lang) -> Vec<Part> {
    let name = &matrix.members()[member].name;
    let shown: Vec<usize> = (0..matrix.networks().len())
        .filter(|n| !filter.hidden.contains(n))
        .collect();
    let facts: Vec<(usize, &Membership)> = shown
        .iter()
        .filter_map(|&n| matrix.fact_in_year(member, n, filter.year).map(|f| (n, f)))
        .collect();
    let hosted: Vec<(usize, Vec<i32>)> = shown
        .iter()
        .map(|&n| (n, matrix.host_years(member, n, filter.year)))
        .filter(|(_, years)| !years.is_empty())
        .collect();
    let mut out = Sentence::default();
    if facts.is_empty() && hosted.is_empty() {
        out.text(&match lang {
            Lang::De => format!("Zu {name} verzeichnet die Matrix keine Mitgliedschaft."),
            Lang::En => format!("The matrix lists no membership for {name}."),
        });
        return out.parts;
    }
    let group = |role: Role| -> Vec<(usize, &Membership)> {
        facts
            .iter()
            .filter(|(_, f)| f.role == role)
            .copied()
            .collect()
    };
    // "ist …" phrases, then "kooperiert mit …", then the hostings.
    let copula: Vec<(Role, Vec<(usize, &Membership)>)> = [
        Role::FoundingMember,
        Role::Member,
        Role::Partner,
        Role::NotMember,
    ]
    .into_iter()
    .map(|r| (r, group(r)))
    .filter(|(_, g)| !g.is_empty())
    .collect();
    let cooperation = group(Role::Cooperation);
    out.text(name);
    if !copula.is_empty() {
        out.text(match lang {
            Lang::De => " ist ",
            Lang::En => " is ",
        });
        for (i, (role, list)) in copula.iter().enumerate() {
            if i > 0 {
                let last = i + 1 == copula.len() && cooperation.is_empty();
                out.text(joiner(lang, last));
            }
            out.text(role_phrase(lang, *role));
            out.networks(matrix, lang, list);
        }
    }
    if !cooperation.is_empty() {
        out.text(match (lang, copula.is_empty()) {
            (Lang::De, true) => " kooperiert mit ",
            (Lang::De, false) => " und kooperiert mit ",
            (Lang::En, true) => " cooperates with ",
            (Lang::En, false) => " and cooperates with ",
        });
        out.networks(matrix, lang, &cooperation);
    }
    if !hosted.is_empty() {
        let only = facts.is_empty();
        out.text(match (lang, only) {
            (Lang::De, true) => " war Gastgeber von ",
            (Lang::De, false) => "; Gastgeber von ",
            (Lang::En, true) => " hosted ",
            (Lang::En, false) => "; host of ",
        });
        for (i, (n, years)) in hosted.iter().enumerate() {
            if i > 0 {
                out.text(joiner(lang, i + 1 == hosted.len()));
            }
            out.network(*n, &matrix.networks()[*n].short);
            let years: Vec<String> = years.iter().map(i32::to_string).collect();
            out.text(&format!(" {}", years.join(", ")));
        }
    }
    out.text(".");
    out.parts
}

/// The sentence as plain text, for tests and the prerendered page.
pub fn plain(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Text(t) | Part::Network(_, t) => t.as_str(),
        })
        .collect()
}

fn role_phrase(lang: Lang, role: Role) -> &'static str {
    match (lang, role) {
        (Lang::De, Role::FoundingMember) => "Gründungsmitglied von ",
        (Lang::De, Role::Member) => "Mitglied von ",
        (Lang::De, Role::Partner) => "Partner von ",
        (Lang::De, _) => "nach einer Quelle kein Mitglied von ",
        (Lang::En, Role::FoundingMember) => "a founding member of ",
        (Lang::En, Role::Member) => "a member of ",
        (Lang::En, Role::Partner) => "a partner of ",
        (Lang::En, _) => "according to a source not a member of ",
    }
}

fn joiner(lang: Lang, last: bool) -> &'static str {
    match (lang, last) {
        (_, false) => ", ",
        (Lang::De, true) => " und ",
        (Lang::En, true) => " and ",
    }
}

/// "(seit 2010)", "(seit 2010, Jahr erschlossen)", "(erschlossen)".
fn years(lang: Lang, f: &Membership) -> Option<String> {
    let inferred = match lang {
        Lang::De => "erschlossen",
        Lang::En => "inferred",
    };
    let since = f.since.map(|y| match lang {
        Lang::De => format!("seit {y}"),
        Lang::En => format!("since {y}"),
    });
    let mut bits: Vec<String> = since.into_iter().collect();
    if f.since_inferred {
        bits.push(match lang {
            Lang::De => "Jahr erschlossen".into(),
            Lang::En => "year inferred".into(),
        });
    }
    if f.inferred {
        bits.push(inferred.into());
    }
    (!bits.is_empty()).then(|| format!(" ({})", bits.join(", ")))
}

#[derive(Default)]
struct Sentence {
    parts: Vec<Part>,
}

impl Sentence {
    fn text(&mut self, t: &str) {
        match self.parts.last_mut() {
            Some(Part::Text(last)) => last.push_str(t),
            _ => self.parts.push(Part::Text(t.to_string())),
        }
    }

    fn network(&mut self, n: usize, label: &str) {
        self.parts.push(Part::Network(n, label.to_string()));
    }

    fn networks(&mut self, matrix: &Matrix, lang: Lang, list: &[(usize, &Membership)]) {
        for (i, (n, f)) in list.iter().enumerate() {
            if i > 0 {
                self.text(joiner(lang, i + 1 == list.len()));
            }
            self.network(*n, &matrix.networks()[*n].short);
            if let Some(y) = years(lang, f) {
                self.text(&y);
            }
        }
    }
}

/// A mark's text on the map, its accessible name and tooltip alike: the
/// member's name, how many of `networks` it belongs to, and each with its
/// role: "Augsburg: in 5 Netzwerken – DPT: Kooperation; DEFUS:
/// Gründungsmitglied seit 2010; …".
pub fn mark_text(
    matrix: &Matrix,
    filter: &Filter,
    member: usize,
    networks: &[usize],
    lang: Lang,
) -> String {
    let (head, facts) = mark_lines(matrix, filter, member, networks, lang);
    if facts.is_empty() {
        head
    } else {
        format!("{head} – {}", facts.join("; "))
    }
}

/// The same text in lines, as the tooltip shows it: the head ("Augsburg:
/// in 5 Netzwerken"), then one line per network ("DEFUS:
/// Gründungsmitglied seit 2010").
pub fn mark_lines(
    matrix: &Matrix,
    filter: &Filter,
    member: usize,
    networks: &[usize],
    lang: Lang,
) -> (String, Vec<String>) {
    let name = &matrix.members()[member].name;
    let facts: Vec<String> = networks
        .iter()
        .filter_map(|&n| {
            matrix
                .fact_in_year(member, n, filter.year)
                .filter(|f| f.role.belongs())
                .map(|f| {
                    format!(
                        "{}: {}",
                        matrix.networks()[n].short,
                        lang.fact_text(f, false)
                    )
                })
        })
        .collect();
    (lang.mark_label(name, facts.len()), facts)
}
