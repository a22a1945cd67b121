//! The dataset as it is written in `data/netzwerke.json`: members, networks,
//! memberships and the sources that support them.
//!
//! These types mirror the file one to one so that serde can read it; the
//! checked, indexed form the widget works with is [`crate::core::Matrix`].

use serde::{Deserialize, Serialize};

pub use super::geo::Degrees;

/// A whole dataset, exactly as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Reference to the JSON Schema, for editors; ignored by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Caption of the matrix.
    pub title: String,
    /// The date the facts were last checked ("Stand"), `YYYY-MM-DD` or `YYYY-MM`.
    pub stand: String,
    /// The licence the dataset is published under, as open-data portals
    /// name one. The quotations stay quotations of their sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<License>,
    pub networks: Vec<Network>,
    pub members: Vec<Member>,
    pub memberships: Vec<Membership>,
    /// Who hosted a network's congress or meeting, and when. Hosting is a
    /// relation of its own kind, never a membership.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<Hosting>,
    pub sources: Vec<Source>,
}

impl Dataset {
    /// The project's canonical file form: pretty-printed with two-space
    /// indentation, keys in the order of the types above, entries in the
    /// order of the lists, a final newline. Two saves of the same data are
    /// byte for byte the same, so a diff shows only what changed.
    pub fn to_canonical_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self)
            .unwrap_or_else(|_| unreachable!("a dataset holds only strings, numbers and lists"));
        text.push('\n');
        text
    }
}

/// A dataset's licence: its name as the licence itself gives it, and the
/// address of its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct License {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A column of the matrix: a network, forum, congress or foundation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Network {
    pub id: String,
    pub name: String,
    pub short: String,
    pub kind: NetworkKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<i32>,
    pub description: String,
    /// Sources of the description and founding year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// A network of one region or Land. Its column is left out of the
    /// default view and shown once a visitor chooses it or searches for one
    /// of its members, so the national overview stays readable.
    #[serde(default, skip_serializing_if = "is_false")]
    pub regional: bool,
    /// How many members the network itself (or an official page) says it
    /// has, each with its source; the latest is shown beside ours. Never an
    /// estimate: without a stated count the list is empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<StatedCount>,
}

/// A member count as a page states it: "das damit auf 22 Mitglieder
/// wächst" (DEFUS, January 2025), "mehr als 100" (a lower bound).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedCount {
    pub count: u32,
    /// The page says "more than" (or "über") this number.
    #[serde(default, skip_serializing_if = "is_false")]
    pub more_than: bool,
    /// The year the count holds for; absent when the page gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    pub source: String,
    /// The page's words that state the count.
    pub quote: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkKind {
    Congress,
    Forum,
    Network,
    Foundation,
    /// A programme of a Land that municipalities join (ASSKomm, KOMPASS).
    StateProgramme,
}

impl NetworkKind {
    pub const ALL: [NetworkKind; 5] = [
        NetworkKind::Congress,
        NetworkKind::Forum,
        NetworkKind::Network,
        NetworkKind::Foundation,
        NetworkKind::StateProgramme,
    ];

    /// The identifier used in the dataset.
    pub fn key(self) -> &'static str {
        match self {
            NetworkKind::Congress => "congress",
            NetworkKind::Forum => "forum",
            NetworkKind::Network => "network",
            NetworkKind::Foundation => "foundation",
            NetworkKind::StateProgramme => "state_programme",
        }
    }

    pub fn from_key(key: &str) -> Option<NetworkKind> {
        NetworkKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A row of the matrix: a city, a district or an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub id: String,
    pub name: String,
    pub kind: MemberKind,
    /// Other spellings a visitor may search for ("Frankfurt am Main").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// State or district, shown after the name to tell apart members of the
    /// same name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Where the member is on the map (GeoNames): both or neither.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<Degrees>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<Degrees>,
    /// How the place was chosen, such as an organisation's seat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_note: Option<String>,
}

impl Member {
    /// A city with only an id and a name, as a new row starts out.
    pub fn city(id: String, name: String) -> Member {
        Member {
            id,
            name,
            kind: MemberKind::City,
            aliases: Vec::new(),
            region: None,
            lat: None,
            lon: None,
            place_note: None,
        }
    }

    /// The member's place, where it has both coordinates.
    pub fn place(&self) -> Option<(f64, f64)> {
        Some((self.lat?.0, self.lon?.0))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberKind {
    City,
    District,
    Organisation,
}

impl MemberKind {
    pub const ALL: [MemberKind; 3] = [
        MemberKind::City,
        MemberKind::District,
        MemberKind::Organisation,
    ];

    /// The identifier used in the dataset.
    pub fn key(self) -> &'static str {
        match self {
            MemberKind::City => "city",
            MemberKind::District => "district",
            MemberKind::Organisation => "organisation",
        }
    }

    pub fn from_key(key: &str) -> Option<MemberKind> {
        MemberKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One fact: how a member stands to a network, and who says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub member: String,
    pub network: String,
    pub role: Role,
    /// First year of the relation, where a source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i32>,
    /// Last year of the relation, where a source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i32>,
    /// True when the start year is not stated but concluded (from a fee, a
    /// meeting's date); the relation itself may still be stated directly.
    #[serde(default, skip_serializing_if = "is_false")]
    pub since_inferred: bool,
    /// True when no single source states the fact and it follows from several.
    #[serde(default, skip_serializing_if = "is_false")]
    pub inferred: bool,
    /// A remark, such as how sources conflict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// The reference from a fact to a source, with the words that support it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub source: String,
    pub quote: String,
    /// Whether `quote` is the source's own words or a paraphrase of them.
    /// Files written before this field existed read as paraphrase, which
    /// claims the least.
    #[serde(default)]
    pub kind: QuoteKind,
    /// True when this source contradicts the others on this fact.
    #[serde(default, skip_serializing_if = "is_false")]
    pub conflicting: bool,
}

/// Whether evidence is a verbatim quotation (shown in quotation marks) or a
/// paraphrase (shown as one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Quote,
    #[default]
    Paraphrase,
}

impl QuoteKind {
    pub const ALL: [QuoteKind; 2] = [QuoteKind::Quote, QuoteKind::Paraphrase];

    pub fn key(self) -> &'static str {
        match self {
            QuoteKind::Quote => "quote",
            QuoteKind::Paraphrase => "paraphrase",
        }
    }

    pub fn from_key(key: &str) -> Option<QuoteKind> {
        QuoteKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A member hosted a network's congress or meeting in a year: Augsburg
/// hosted the 30th Deutscher Präventionstag in 2025. Not a membership.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hosting {
    pub member: String,
    pub network: String,
    pub year: i32,
    /// A remark, such as that only an encyclopedia gives the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub evidence: Vec<Evidence>,
}

impl Hosting {
    /// The symbol shown beside "Gastgeber"; never the only carrier of meaning.
    pub const SYMBOL: &'static str = "⌂";
}

/// A public page or document that facts are taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Web address; absent when the source is known only by its title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The date printed on the page; absent means "no date".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// A remark on the source, such as how an undated page was dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How a member stands to a network. `NotMember` records a source that says
/// so; a missing fact is "no information", which is not a role at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    FoundingMember,
    Member,
    Partner,
    Cooperation,
    NotMember,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::FoundingMember,
        Role::Member,
        Role::Partner,
        Role::Cooperation,
        Role::NotMember,
    ];

    /// Whether the member belongs to the network in this role.
    pub fn belongs(self) -> bool {
        self != Role::NotMember
    }

    /// The symbol shown beside the role's text; never the only carrier of meaning.
    pub fn symbol(self) -> &'static str {
        match self {
            Role::FoundingMember => "★",
            Role::Member => "●",
            Role::Partner => "◆",
            Role::Cooperation => "◇",
            Role::NotMember => "✕",
        }
    }

    /// The identifier used in the dataset and in CSV files.
    pub fn key(self) -> &'static str {
        match self {
            Role::FoundingMember => "founding_member",
            Role::Member => "member",
            Role::Partner => "partner",
            Role::Cooperation => "cooperation",
            Role::NotMember => "not_member",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}
