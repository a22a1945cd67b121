//! The dataset as it is written in `data/netzwerke.json`: members, networks,
//! memberships and the sources that support them.
//!
//! These types mirror the file one to one so that serde can read it; the
//! checked, indexed form the widget works with is [`crate::core::Matrix`].

use serde::{Deserialize, Serialize};

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
    pub networks: Vec<Network>,
    pub members: Vec<Member>,
    pub memberships: Vec<Membership>,
    pub sources: Vec<Source>,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkKind {
    Congress,
    Forum,
    Network,
    Foundation,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberKind {
    City,
    District,
    Organisation,
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
    /// True when this source contradicts the others on this fact.
    #[serde(default, skip_serializing_if = "is_false")]
    pub conflicting: bool,
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
