//! What the fact form holds while it is filled in (`Draft`), and the edit
//! it makes: new members and sources go in with the fact, as one step.

use super::fields::{optional, year, FieldErrors};
use super::state::FactSelection;
use super::texts::texts;
use crate::core::edit::{new_id, Edit, Item, Kind};
use crate::core::model::{Dataset, Evidence, Hosting, Member, Membership, QuoteKind, Role, Source};
use crate::core::Lang;

/// The value of a "create one" choice in a select.
pub(super) const NEW: &str = "+neu";
pub(super) const HOST: &str = "host";

#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct EvidenceDraft {
    pub(super) source: String,
    pub(super) title: String,
    pub(super) publisher: String,
    pub(super) url: String,
    pub(super) date: String,
    pub(super) quote: String,
    pub(super) verbatim: bool,
    pub(super) conflicting: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Draft {
    pub(super) member: String,
    pub(super) new_member: String,
    pub(super) network: String,
    pub(super) role: String,
    pub(super) since: String,
    pub(super) until: String,
    pub(super) since_inferred: bool,
    pub(super) inferred: bool,
    pub(super) note: String,
    pub(super) evidence: Vec<EvidenceDraft>,
}

impl Draft {
    pub(super) fn of(d: &Dataset, selection: &FactSelection) -> Draft {
        let years = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
        let evidence = |ev: &[Evidence]| {
            ev.iter()
                .map(|e| EvidenceDraft {
                    source: e.source.clone(),
                    quote: e.quote.clone(),
                    verbatim: e.kind == QuoteKind::Quote,
                    conflicting: e.conflicting,
                    ..EvidenceDraft::default()
                })
                .collect()
        };
        let blank = EvidenceDraft {
            verbatim: true,
            ..EvidenceDraft::default()
        };
        match selection {
            FactSelection::Membership(i) if *i < d.memberships.len() => {
                let f = &d.memberships[*i];
                Draft {
                    member: f.member.clone(),
                    network: f.network.clone(),
                    role: f.role.key().into(),
                    since: years(f.since),
                    until: years(f.until),
                    since_inferred: f.since_inferred,
                    inferred: f.inferred,
                    note: f.note.clone().unwrap_or_default(),
                    evidence: evidence(&f.evidence),
                    ..Draft::default()
                }
            }
            FactSelection::Hosting(i) if *i < d.hosts.len() => {
                let h = &d.hosts[*i];
                Draft {
                    member: h.member.clone(),
                    network: h.network.clone(),
                    role: HOST.into(),
                    since: h.year.to_string(),
                    note: h.note.clone().unwrap_or_default(),
                    evidence: evidence(&h.evidence),
                    ..Draft::default()
                }
            }
            FactSelection::Prefilled { member, network } => Draft {
                member: member.clone(),
                network: network.clone(),
                role: Role::Member.key().into(),
                evidence: vec![blank],
                ..Draft::default()
            },
            _ => Draft {
                role: Role::Member.key().into(),
                evidence: vec![blank],
                ..Draft::default()
            },
        }
    }
}

/// "Eingetragen: Stadt X × DEFUS".
pub(super) fn saved_notice(lang: Lang, draft: &Draft, d: &Dataset) -> String {
    let member = if draft.member == NEW {
        draft.new_member.trim().to_string()
    } else {
        d.members
            .iter()
            .find(|m| m.id == draft.member)
            .map_or(draft.member.clone(), |m| m.name.clone())
    };
    let network = d
        .networks
        .iter()
        .find(|n| n.id == draft.network)
        .map_or(draft.network.clone(), |n| n.short.clone());
    format!("{} {member} × {network}", texts(lang).saved)
}

/// The edit the form's content makes, or the fields that must be filled
/// first. New members and sources go in with the fact, as one step.
pub(super) fn build(
    lang: Lang,
    d: &Dataset,
    selection: &FactSelection,
    draft: &Draft,
) -> Result<Edit, FieldErrors> {
    let t = texts(lang);
    let mut errors = FieldErrors::new();
    let mut require = |id: &str, value: &str| {
        if value.trim().is_empty() {
            errors.insert(id.to_string(), t.required.to_string());
        }
    };
    require("ed-fact-member", &draft.member);
    if draft.member == NEW {
        require("ed-fact-new_member", &draft.new_member);
    }
    require("ed-fact-network", &draft.network);
    for (j, e) in draft.evidence.iter().enumerate() {
        require(&format!("ed-fact-source-{j}"), &e.source);
        if e.source == NEW {
            require(&format!("ed-fact-title-{j}"), &e.title);
            require(&format!("ed-fact-publisher-{j}"), &e.publisher);
        }
        require(&format!("ed-fact-quote-{j}"), &e.quote);
    }
    let year_error = match lang {
        Lang::De => "Bitte ein Jahr wie 2026 eingeben.",
        Lang::En => "Please enter a year such as 2026.",
    };
    let since = year(&draft.since).unwrap_or_else(|_| {
        errors.insert("ed-fact-since".into(), year_error.into());
        None
    });
    let until = year(&draft.until).unwrap_or_else(|_| {
        errors.insert("ed-fact-until".into(), year_error.into());
        None
    });
    let hosting = draft.role == HOST;
    if hosting && since.is_none() && !errors.contains_key("ed-fact-since") {
        errors.insert("ed-fact-since".into(), t.required.into());
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut edits = Vec::new();
    let member = if draft.member == NEW {
        let name = draft.new_member.trim().to_string();
        let id = new_id(&name, d.members.iter().map(|m| m.id.as_str()));
        edits.push(Edit::Insert {
            index: d.members.len(),
            item: Item::Member(Member::city(id.clone(), name)),
        });
        id
    } else {
        draft.member.clone()
    };
    let mut taken: Vec<String> = d.sources.iter().map(|s| s.id.clone()).collect();
    let mut evidence = Vec::new();
    for e in &draft.evidence {
        let source = if e.source == NEW {
            let id = new_id(&e.title, taken.iter().map(String::as_str));
            taken.push(id.clone());
            edits.push(Edit::Insert {
                index: usize::MAX,
                item: Item::Source(Source {
                    id: id.clone(),
                    title: e.title.trim().into(),
                    publisher: e.publisher.trim().into(),
                    url: optional(&e.url),
                    date: optional(&e.date),
                    note: None,
                }),
            });
            id
        } else {
            e.source.clone()
        };
        evidence.push(Evidence {
            source,
            quote: e.quote.trim().into(),
            kind: if e.verbatim {
                QuoteKind::Quote
            } else {
                QuoteKind::Paraphrase
            },
            conflicting: e.conflicting,
        });
    }
    let note = optional(&draft.note);
    let item = match (hosting, since) {
        (true, Some(year)) => Item::Hosting(Hosting {
            member: member.clone(),
            network: draft.network.clone(),
            year,
            note,
            evidence,
        }),
        _ => Item::Membership(Membership {
            member: member.clone(),
            network: draft.network.clone(),
            role: Role::from_key(&draft.role).unwrap_or(Role::Member),
            since,
            until,
            since_inferred: draft.since_inferred,
            inferred: draft.inferred,
            note,
            evidence,
        }),
    };
    // The entry this form edits goes out, the new one in at its place.
    let at = match (selection, item.kind()) {
        (FactSelection::Membership(i), Kind::Membership) => Some(*i),
        (FactSelection::Hosting(i), Kind::Hosting) => Some(*i),
        _ => None,
    };
    match selection {
        FactSelection::Membership(i) if at.is_none() => edits.push(Edit::Remove {
            kind: Kind::Membership,
            index: *i,
        }),
        FactSelection::Hosting(i) if at.is_none() => edits.push(Edit::Remove {
            kind: Kind::Hosting,
            index: *i,
        }),
        _ => {}
    }
    edits.push(match at {
        Some(index) => Edit::Update { index, item },
        None => Edit::Insert {
            index: usize::MAX,
            item,
        },
    });
    Ok(if edits.len() == 1 {
        edits.pop().unwrap_or_else(|| unreachable!())
    } else {
        Edit::Batch(edits)
    })
}
