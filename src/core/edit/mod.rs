//! Editing a dataset: every change is an [`Edit`] that, applied, returns its
//! inverse, so undo and redo are two stacks of edits. Renames carry every
//! reference along; deletes of something still in use are refused with the
//! list of its users, or done together with them as one edit.

mod delete;

pub use delete::{delete, delete_with_users};

use super::model::{Dataset, Hosting, Member, Membership, Network, Source};

/// Which list of the dataset an edit works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Network,
    Member,
    Membership,
    Hosting,
    Source,
}

/// One entry of one of the lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Network(Network),
    Member(Member),
    Membership(Membership),
    Hosting(Hosting),
    Source(Source),
}

impl Item {
    pub fn kind(&self) -> Kind {
        match self {
            Item::Network(_) => Kind::Network,
            Item::Member(_) => Kind::Member,
            Item::Membership(_) => Kind::Membership,
            Item::Hosting(_) => Kind::Hosting,
            Item::Source(_) => Kind::Source,
        }
    }
}

/// A change to a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Puts an entry at `index` of its list (at the end when past it).
    Insert { index: usize, item: Item },
    /// Takes the entry at `index` out of the list of `kind`.
    Remove { kind: Kind, index: usize },
    /// Replaces the entry at `index` of its list.
    Update { index: usize, item: Item },
    /// Changes the id of a network, member or source and every reference
    /// to it.
    Rename {
        kind: Kind,
        from: String,
        to: String,
    },
    /// Title and "Stand".
    Meta { title: String, stand: String },
    /// The whole dataset, as when a file is opened.
    Replace(Box<Dataset>),
    /// Several edits as one step: one undo takes back all of them.
    Batch(Vec<Edit>),
}

/// Why an edit cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No entry at this index.
    NoEntry { kind: Kind, index: usize },
    /// Only networks, members and sources have ids to rename.
    NotRenamable,
    /// No entry has the id to rename.
    UnknownId(String),
    /// Another entry already has the new id, or something refers to it.
    IdTaken(String),
    /// The entry is still used; `users` names each use ("Augsburg × DEFUS").
    InUse { users: Vec<String> },
}

/// Applies `edit` and returns the edit that undoes it. On a refusal the
/// dataset is left as it was.
pub fn apply(d: &mut Dataset, edit: Edit) -> Result<Edit, Refusal> {
    match edit {
        Edit::Insert { index, item } => {
            let (kind, index) = insert(d, index, item);
            Ok(Edit::Remove { kind, index })
        }
        Edit::Remove { kind, index } => {
            let item = remove(d, kind, index)?;
            Ok(Edit::Insert { index, item })
        }
        Edit::Update { index, item } => {
            let kind = item.kind();
            let old = remove(d, kind, index)?;
            insert(d, index, item);
            Ok(Edit::Update { index, item: old })
        }
        Edit::Rename { kind, from, to } => {
            rename(d, kind, &from, &to)?;
            Ok(Edit::Rename {
                kind,
                from: to,
                to: from,
            })
        }
        Edit::Meta { title, stand } => {
            let old = Edit::Meta {
                title: std::mem::replace(&mut d.title, title),
                stand: std::mem::replace(&mut d.stand, stand),
            };
            Ok(old)
        }
        Edit::Replace(new) => Ok(Edit::Replace(Box::new(std::mem::replace(d, *new)))),
        Edit::Batch(edits) => {
            let mut done: Vec<Edit> = Vec::new();
            for e in edits {
                match apply(d, e) {
                    Ok(inverse) => done.push(inverse),
                    Err(refusal) => {
                        // Take back what this batch did so far.
                        for inverse in done.into_iter().rev() {
                            let _ = apply(d, inverse);
                        }
                        return Err(refusal);
                    }
                }
            }
            done.reverse();
            Ok(Edit::Batch(done))
        }
    }
}

/// Inserts `item` at `index` (clamped to the list) and says where it went.
fn insert(d: &mut Dataset, index: usize, item: Item) -> (Kind, usize) {
    fn put<T>(list: &mut Vec<T>, index: usize, x: T) -> usize {
        let at = index.min(list.len());
        list.insert(at, x);
        at
    }
    let kind = item.kind();
    let at = match item {
        Item::Network(x) => put(&mut d.networks, index, x),
        Item::Member(x) => put(&mut d.members, index, x),
        Item::Membership(x) => put(&mut d.memberships, index, x),
        Item::Hosting(x) => put(&mut d.hosts, index, x),
        Item::Source(x) => put(&mut d.sources, index, x),
    };
    (kind, at)
}

fn remove(d: &mut Dataset, kind: Kind, index: usize) -> Result<Item, Refusal> {
    fn take<T>(list: &mut Vec<T>, index: usize, kind: Kind) -> Result<T, Refusal> {
        if index < list.len() {
            Ok(list.remove(index))
        } else {
            Err(Refusal::NoEntry { kind, index })
        }
    }
    Ok(match kind {
        Kind::Network => Item::Network(take(&mut d.networks, index, kind)?),
        Kind::Member => Item::Member(take(&mut d.members, index, kind)?),
        Kind::Membership => Item::Membership(take(&mut d.memberships, index, kind)?),
        Kind::Hosting => Item::Hosting(take(&mut d.hosts, index, kind)?),
        Kind::Source => Item::Source(take(&mut d.sources, index, kind)?),
    })
}

fn rename(d: &mut Dataset, kind: Kind, from: &str, to: &str) -> Result<(), Refusal> {
    let ids: Vec<&str> = match kind {
        Kind::Network => d.networks.iter().map(|n| n.id.as_str()).collect(),
        Kind::Member => d.members.iter().map(|m| m.id.as_str()).collect(),
        Kind::Source => d.sources.iter().map(|s| s.id.as_str()).collect(),
        Kind::Membership | Kind::Hosting => return Err(Refusal::NotRenamable),
    };
    if !ids.contains(&from) {
        return Err(Refusal::UnknownId(from.to_string()));
    }
    if from == to {
        return Ok(());
    }
    // A dangling reference to the new id would silently attach itself.
    let referenced = |d: &Dataset, id: &str| match kind {
        Kind::Network => {
            d.memberships.iter().any(|f| f.network == id) || d.hosts.iter().any(|h| h.network == id)
        }
        Kind::Member => {
            d.memberships.iter().any(|f| f.member == id) || d.hosts.iter().any(|h| h.member == id)
        }
        _ => {
            evidence(d).any(|e| e.source == id)
                || d.networks.iter().any(|n| n.sources.iter().any(|s| s == id))
        }
    };
    if ids.contains(&to) || referenced(d, to) {
        return Err(Refusal::IdTaken(to.to_string()));
    }
    let swap = |s: &mut String| {
        if s == from {
            *s = to.to_string();
        }
    };
    match kind {
        Kind::Network => {
            d.networks.iter_mut().for_each(|n| swap(&mut n.id));
            d.memberships.iter_mut().for_each(|f| swap(&mut f.network));
            d.hosts.iter_mut().for_each(|h| swap(&mut h.network));
        }
        Kind::Member => {
            d.members.iter_mut().for_each(|m| swap(&mut m.id));
            d.memberships.iter_mut().for_each(|f| swap(&mut f.member));
            d.hosts.iter_mut().for_each(|h| swap(&mut h.member));
        }
        _ => {
            d.sources.iter_mut().for_each(|s| swap(&mut s.id));
            for f in &mut d.memberships {
                f.evidence.iter_mut().for_each(|e| swap(&mut e.source));
            }
            for h in &mut d.hosts {
                h.evidence.iter_mut().for_each(|e| swap(&mut e.source));
            }
            for n in &mut d.networks {
                n.sources.iter_mut().for_each(swap);
            }
        }
    }
    Ok(())
}

fn evidence(d: &Dataset) -> impl Iterator<Item = &super::model::Evidence> {
    d.memberships
        .iter()
        .flat_map(|f| &f.evidence)
        .chain(d.hosts.iter().flat_map(|h| &h.evidence))
}

/// An id for a new entry from its name, unique among `taken`:
/// "Bad Homburg" → "bad-homburg", then "bad-homburg-2".
pub fn new_id<'a>(name: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    // Only a-z, 0-9 and single hyphens make a valid id.
    let mut base = String::new();
    for c in super::table::slug(name).chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            base.push(c);
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    let base = match base.trim_end_matches('-') {
        "" => "eintrag".to_string(),
        s => s.to_string(),
    };
    unique_id(base, taken)
}

/// `base`, or the first of `base-2`, `base-3`, … that is not `taken`.
pub fn unique_id<'a>(base: String, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let free = |id: &str| !taken.clone().any(|t| t == id);
    if free(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| free(id))
        .unwrap_or(base)
}
