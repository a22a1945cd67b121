//! The options a host page gives a widget (as `data-*` attributes, query
//! parameters or link fragment values), read into typed values. Unknown or
//! malformed values are not errors: they are ignored and reported as
//! [`Note`]s, which the widget shows politely.

use super::filter::{Filter, Mode, Pane, Sort};
use super::i18n::Lang;
use super::indexes::Indexes;
use super::matrix::Matrix;

/// Colour scheme forced by the host; `None` follows the visitor's system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Where a value came from, so a note can say which link or attribute was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub key: String,
    pub value: String,
}

/// What the visitor should see first, before ids are checked against data.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preset {
    pub query: Option<String>,
    pub networks: Option<Vec<String>>,
    pub mode: Option<Mode>,
    pub sort: Option<Sort>,
    pub hidden: Option<Vec<String>>,
    pub hide_empty: Option<bool>,
    pub year: Option<i32>,
    pub pane: Option<Pane>,
    /// Show only the partners of the page's own member.
    pub partners: Option<bool>,
}

/// Every option of a widget.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    pub lang: Lang,
    pub theme: Option<Theme>,
    pub preset: Preset,
    /// Namespace of the widget's state in the link fragment; `None` keeps the
    /// state out of the address.
    pub url_state: Option<String>,
    /// Address of a dataset to use instead of the built-in one.
    pub src: Option<String>,
    /// Rows per page of the table (1 to 1000).
    pub page_size: Option<usize>,
    /// The member whose page embeds the widget ("Ihre Stadt"), by id.
    pub member: Option<String>,
    pub notes: Vec<Note>,
}

/// The option names, as used in `data-*` attributes (with the prefix) and
/// in query parameters and fragments (without).
pub const KEYS: [&str; 16] = [
    "lang",
    "view",
    "theme",
    "search",
    "networks",
    "mode",
    "sort",
    "hide-networks",
    "hide-empty",
    "year",
    "url-state",
    "src",
    "page-size",
    "id",
    "member",
    "partners",
];

impl Options {
    /// Reads options from name/value pairs. Later pairs win.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Options {
        let mut o = Options::default();
        for (key, value) in pairs {
            o.set(key, value);
        }
        o
    }

    fn set(&mut self, key: &str, value: &str) {
        let v = value.trim();
        let ok = match key {
            "lang" => Lang::from_tag(v).map(|l| self.lang = l).is_some(),
            "theme" => match v {
                "light" => set(&mut self.theme, Some(Theme::Light)),
                "dark" => set(&mut self.theme, Some(Theme::Dark)),
                "auto" | "" => set(&mut self.theme, None),
                _ => false,
            },
            "url-state" => match switch(v) {
                Some(true) => set(&mut self.url_state, Some("nm".into())),
                Some(false) => set(&mut self.url_state, None),
                None if super::validate::is_id(v) => set(&mut self.url_state, Some(v.into())),
                None => false,
            },
            "src" => set(&mut self.src, (!v.is_empty()).then(|| v.to_string())),
            "page-size" => v
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=1000).contains(n))
                .map(|n| self.page_size = Some(n))
                .is_some(),
            // The element's own id, used to tell widgets apart in notes.
            "id" => true,
            // Checked against the data in `initial_filter`.
            "member" => set(
                &mut self.member,
                (!v.is_empty()).then(|| v.to_ascii_lowercase()),
            ),
            _ => self.preset.set(key, v),
        };
        if !ok {
            self.notes.push(Note {
                key: key.to_string(),
                value: value.to_string(),
            });
        }
    }
}

/// Stores a value and reports success, to keep the option tables short.
fn set<T>(slot: &mut T, value: T) -> bool {
    *slot = value;
    true
}

/// An on/off value in the forms an editor may write.
fn switch(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "" | "on" | "true" | "ja" | "1" => Some(true),
        "off" | "false" | "nein" | "0" => Some(false),
        _ => None,
    }
}

impl Preset {
    /// Sets one preset value; false when the key or value is not understood.
    pub fn set(&mut self, key: &str, v: &str) -> bool {
        match key {
            "search" => {
                self.query = Some(v.chars().take(200).collect());
                true
            }
            "networks" => {
                self.networks = Some(list(v));
                true
            }
            "hide-networks" => {
                self.hidden = Some(list(v));
                true
            }
            "mode" => Mode::from_key(v).map(|m| self.mode = Some(m)).is_some(),
            "view" => Pane::from_key(v).map(|p| self.pane = Some(p)).is_some(),
            "sort" => Sort::from_key(v).map(|s| self.sort = Some(s)).is_some(),
            "hide-empty" => switch(v).map(|on| self.hide_empty = Some(on)).is_some(),
            "partners" => switch(v).map(|on| self.partners = Some(on)).is_some(),
            "year" => v
                .parse::<i32>()
                .ok()
                .filter(|y| super::validate::YEARS.contains(y))
                .map(|y| self.year = Some(y))
                .is_some(),
            _ => false,
        }
    }

    /// Applies the preset on top of `base`, resolving network ids against
    /// the data. Unknown ids are left out and returned as notes.
    pub fn apply(&self, matrix: &Matrix, base: &Filter) -> (Filter, Vec<Note>) {
        let mut notes = Vec::new();
        let mut resolve = |key: &str, ids: &[String]| -> Indexes {
            ids.iter()
                .filter_map(|id| {
                    let found = matrix.network_index(id);
                    if found.is_none() {
                        notes.push(Note {
                            key: key.to_string(),
                            value: id.clone(),
                        });
                    }
                    found
                })
                .collect()
        };
        let mut f = base.clone();
        if let Some(q) = &self.query {
            f.query = q.clone();
        }
        if let Some(ids) = &self.hidden {
            f.hidden = resolve("hide-networks", ids);
        }
        if let Some(ids) = &self.networks {
            f.networks = resolve("networks", ids);
        }
        if let Some(m) = self.mode {
            f.mode = m;
        }
        if let Some(s) = self.sort {
            f.sort = s;
        }
        if let Some(h) = self.hide_empty {
            f.hide_empty = h;
        }
        if self.year.is_some() {
            f.year = self.year;
        }
        if let Some(p) = self.pane {
            f.pane = p;
        }
        if let Some(on) = self.partners {
            f.partners = on && f.home.is_some();
        }
        (f, notes)
    }
}

/// The first filter of a widget: the page's presets, then the values of a
/// shared link (which win), resolved against the data. Everything not
/// understood comes back as notes.
pub fn initial_filter(
    matrix: &Matrix,
    options: &Options,
    link: &[(String, String)],
) -> (Filter, Vec<Note>) {
    let mut notes = options.notes.clone();
    let mut preset = options.preset.clone();
    for (key, value) in link {
        if !preset.set(key, value) {
            notes.push(Note {
                key: key.clone(),
                value: value.clone(),
            });
        }
    }
    // The page's own member: an unknown id is named in a note, and the
    // widget works as without it.
    let home = options.member.as_ref().and_then(|id| {
        let found = matrix.member_index(id);
        if found.is_none() {
            notes.push(Note {
                key: "member".into(),
                value: id.clone(),
            });
        }
        found
    });
    let base = Filter {
        home,
        ..Filter::default()
    };
    let (filter, unknown) = preset.apply(matrix, &base);
    notes.extend(unknown);
    (filter, notes)
}

fn list(v: &str) -> Vec<String> {
    v.split(',')
        .map(|s| s.trim().to_ascii_lowercase())
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_option() {
        let o = Options::parse([
            ("lang", "en-GB"),
            ("theme", "dark"),
            ("search", " lübeck "),
            ("networks", "DEFUS, efus,"),
            ("mode", "all"),
            ("sort", "count"),
            ("hide-networks", "dpt"),
            ("hide-empty", "true"),
            ("url-state", "on"),
            ("src", "daten.json"),
            ("page-size", "25"),
        ]);
        assert_eq!(o.lang, Lang::En);
        assert_eq!(o.theme, Some(Theme::Dark));
        assert_eq!(o.preset.query.as_deref(), Some("lübeck"));
        assert_eq!(o.preset.networks, Some(vec!["defus".into(), "efus".into()]));
        assert_eq!(o.preset.mode, Some(Mode::All));
        assert_eq!(o.preset.sort, Sort::from_key("count"));
        assert_eq!(o.preset.hidden, Some(vec!["dpt".into()]));
        assert_eq!(o.preset.hide_empty, Some(true));
        assert_eq!(o.url_state.as_deref(), Some("nm"));
        assert_eq!(o.src.as_deref(), Some("daten.json"));
        assert_eq!(o.page_size, Some(25));
        assert!(o.notes.is_empty(), "{:?}", o.notes);
    }

    #[test]
    fn bad_values_become_notes_and_change_nothing() {
        let o = Options::parse([
            ("lang", "fr"),
            ("mode", "some"),
            ("sort", "x"),
            ("colour", "red"),
            ("year", "3000"),
            ("page-size", "0"),
        ]);
        assert_eq!(
            o,
            Options {
                notes: ["lang", "mode", "sort", "colour", "year", "page-size"]
                    .iter()
                    .zip(["fr", "some", "x", "red", "3000", "0"])
                    .map(|(k, v)| Note {
                        key: k.to_string(),
                        value: v.to_string()
                    })
                    .collect(),
                ..Options::default()
            }
        );
    }

    #[test]
    fn url_state_namespace() {
        assert_eq!(
            Options::parse([("url-state", "karte")])
                .url_state
                .as_deref(),
            Some("karte")
        );
        assert_eq!(Options::parse([("url-state", "off")]).url_state, None);
        assert_eq!(Options::parse([("url-state", "a b")]).notes.len(), 1);
    }
}
