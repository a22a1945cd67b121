//! Deleting: refused while anything uses the entry, with the list of its
//! users, or done together with them as one batch edit.

use super::super::model::Dataset;
use super::{Edit, Item, Kind, Refusal};

/// The edit that deletes an entry, refused while anything uses it.
pub fn delete(d: &Dataset, kind: Kind, index: usize) -> Result<Edit, Refusal> {
    let users = users(d, kind, index)?;
    if users.is_empty() {
        Ok(Edit::Remove { kind, index })
    } else {
        Err(Refusal::InUse {
            users: users.into_iter().map(|(_, _, name)| name).collect(),
        })
    }
}

/// The edit that deletes an entry together with every fact that uses it:
/// the memberships and hostings of a member or network, or the evidence
/// citing a source (and a fact left without any evidence).
pub fn delete_with_users(d: &Dataset, kind: Kind, index: usize) -> Result<Edit, Refusal> {
    let users = users(d, kind, index)?;
    let mut edits = Vec::new();
    if kind == Kind::Source {
        let id = &d.sources[index].id;
        // Facts keep their other evidence; from the back, so indices hold.
        without_source(
            &mut edits,
            id,
            &d.memberships,
            Kind::Membership,
            |f| &mut f.evidence,
            Item::Membership,
        );
        without_source(
            &mut edits,
            id,
            &d.hosts,
            Kind::Hosting,
            |h| &mut h.evidence,
            Item::Hosting,
        );
        for (i, n) in d.networks.iter().enumerate() {
            if n.sources.contains(id) {
                let mut n = n.clone();
                n.sources.retain(|s| s != id);
                edits.push(Edit::Update {
                    index: i,
                    item: Item::Network(n),
                });
            }
        }
    } else {
        // Users come in list order; removing from the back keeps indices.
        let mut facts: Vec<(Kind, usize)> = users.iter().map(|&(k, i, _)| (k, i)).collect();
        facts.sort_by_key(|&(k, i)| (k == Kind::Membership, i));
        for (k, i) in facts.into_iter().rev() {
            edits.push(Edit::Remove { kind: k, index: i });
        }
    }
    edits.push(Edit::Remove { kind, index });
    Ok(Edit::Batch(edits))
}

/// For each fact of `list` citing `source`, from the back: an update
/// without that evidence, or its removal where nothing else is left.
fn without_source<T: Clone>(
    edits: &mut Vec<Edit>,
    source: &str,
    list: &[T],
    kind: Kind,
    evidence: fn(&mut T) -> &mut Vec<super::super::model::Evidence>,
    item: fn(T) -> Item,
) {
    for (index, fact) in list.iter().enumerate().rev() {
        let mut fact = fact.clone();
        let pieces = evidence(&mut fact);
        let before = pieces.len();
        pieces.retain(|e| e.source != source);
        if pieces.len() == before {
            continue;
        }
        edits.push(if pieces.is_empty() {
            Edit::Remove { kind, index }
        } else {
            Edit::Update {
                index,
                item: item(fact),
            }
        });
    }
}

/// The facts that use an entry: (list, index, "Augsburg × DEFUS").
fn users(d: &Dataset, kind: Kind, index: usize) -> Result<Vec<(Kind, usize, String)>, Refusal> {
    let id = match kind {
        Kind::Network => d.networks.get(index).map(|n| &n.id),
        Kind::Member => d.members.get(index).map(|m| &m.id),
        Kind::Source => d.sources.get(index).map(|s| &s.id),
        Kind::Membership | Kind::Hosting => {
            let len = if kind == Kind::Membership {
                d.memberships.len()
            } else {
                d.hosts.len()
            };
            return if index < len {
                Ok(Vec::new())
            } else {
                Err(Refusal::NoEntry { kind, index })
            };
        }
    }
    .ok_or(Refusal::NoEntry { kind, index })?;
    let name = |member: &str, network: &str| {
        let m = d.members.iter().find(|m| m.id == member);
        let n = d.networks.iter().find(|n| n.id == network);
        format!(
            "{} × {}",
            m.map_or(member, |m| m.name.as_str()),
            n.map_or(network, |n| n.short.as_str())
        )
    };
    let mut out = Vec::new();
    for (i, f) in d.memberships.iter().enumerate() {
        let uses = match kind {
            Kind::Network => &f.network == id,
            Kind::Member => &f.member == id,
            _ => f.evidence.iter().any(|e| &e.source == id),
        };
        if uses {
            out.push((Kind::Membership, i, name(&f.member, &f.network)));
        }
    }
    for (i, h) in d.hosts.iter().enumerate() {
        let uses = match kind {
            Kind::Network => &h.network == id,
            Kind::Member => &h.member == id,
            _ => h.evidence.iter().any(|e| &e.source == id),
        };
        if uses {
            out.push((
                Kind::Hosting,
                i,
                format!("{} {}", name(&h.member, &h.network), h.year),
            ));
        }
    }
    if kind == Kind::Source {
        for (i, n) in d.networks.iter().enumerate() {
            if n.sources.contains(id) {
                out.push((Kind::Network, i, n.short.clone()));
            }
        }
    }
    Ok(out)
}
