//! The dataset's entries as tables, each row with "Bearbeiten" and
//! "Löschen". A delete of something still in use is refused with the names
//! of its users, and offers to delete them too after a confirmation.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, FactSelection, Selection};
use super::texts::texts;
use crate::core::edit::{self, Kind, Refusal};
use crate::core::model::Dataset;
use crate::core::Lang;

#[derive(Properties, PartialEq)]
pub struct EntryListProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub kind: Kind,
    pub on_action: Callback<Action>,
}

/// A delete waiting for its confirmation: the entry and who uses it.
#[derive(Clone, PartialEq)]
struct Pending {
    index: usize,
    name: String,
    users: Vec<String>,
}

#[component]
pub fn EntryList(props: &EntryListProps) -> Html {
    let (lang, kind, d) = (props.lang, props.kind, props.dataset.clone());
    let t = texts(lang);
    let pending = use_state(|| None::<Pending>);
    let rows: Vec<(usize, String, String)> = match kind {
        Kind::Member => d
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let facts = d.memberships.iter().filter(|f| f.member == m.id).count()
                    + d.hosts.iter().filter(|h| h.member == m.id).count();
                let name = match &m.region {
                    Some(r) => format!("{} ({r})", m.name),
                    None => m.name.clone(),
                };
                (i, name, format!("{facts} {}", t.facts_count))
            })
            .collect(),
        Kind::Network => d
            .networks
            .iter()
            .enumerate()
            .map(|(i, n)| {
                (
                    i,
                    format!("{} – {}", n.short, n.name),
                    lang.network_kind(n.kind).into(),
                )
            })
            .collect(),
        Kind::Source => d
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (i, s.title.clone(), s.publisher.clone()))
            .collect(),
        Kind::Membership | Kind::Hosting => {
            let member = |id: &str| {
                d.members
                    .iter()
                    .find(|m| m.id == id)
                    .map_or(id.to_string(), |m| m.name.clone())
            };
            let network = |id: &str| {
                d.networks
                    .iter()
                    .find(|n| n.id == id)
                    .map_or(id.to_string(), |n| n.short.clone())
            };
            if kind == Kind::Membership {
                d.memberships
                    .iter()
                    .enumerate()
                    .map(|(i, f)| {
                        (
                            i,
                            format!("{} × {}", member(&f.member), network(&f.network)),
                            lang.fact_text(f, true),
                        )
                    })
                    .collect()
            } else {
                d.hosts
                    .iter()
                    .enumerate()
                    .map(|(i, h)| {
                        (
                            i,
                            format!("{} × {}", member(&h.member), network(&h.network)),
                            lang.hosted(&[h.year]),
                        )
                    })
                    .collect()
            }
        }
    };
    let on_edit = |i: usize| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(match kind {
                Kind::Membership => Action::SelectFact(FactSelection::Membership(i)),
                Kind::Hosting => Action::SelectFact(FactSelection::Hosting(i)),
                _ => Action::Select(kind, Selection::At(i)),
            });
            // The form sits above the list; take the Redaktion there.
            let form = match kind {
                Kind::Member => "ed-member-name",
                Kind::Network => "ed-network-name",
                Kind::Source => "ed-source-title",
                _ => "ed-fact-member",
            };
            on_action.emit(Action::Focus {
                kind: None,
                field: form.into(),
            });
        })
    };
    let on_delete = |i: usize, name: String| {
        let (on_action, pending, d) = (props.on_action.clone(), pending.clone(), d.clone());
        Callback::from(move |_: MouseEvent| match edit::delete(&d, kind, i) {
            Ok(edit) => {
                pending.set(None);
                on_action.emit(Action::Do { edit, notice: None });
            }
            Err(Refusal::InUse { users }) => {
                on_action.emit(Action::Refuse(super::texts::refusal(
                    lang,
                    &Refusal::InUse {
                        users: users.clone(),
                    },
                )));
                pending.set(Some(Pending {
                    index: i,
                    name: name.clone(),
                    users,
                }));
            }
            Err(r) => on_action.emit(Action::Refuse(super::texts::refusal(lang, &r))),
        })
    };
    let confirm = pending.as_ref().map(|p| {
        let (on_action, pending_state, d) = (props.on_action.clone(), pending.clone(), d.clone());
        let index = p.index;
        let on_yes = Callback::from(move |_: MouseEvent| {
            if let Ok(edit) = edit::delete_with_users(&d, kind, index) {
                on_action.emit(Action::Do { edit, notice: None });
            }
            pending_state.set(None);
        });
        let pending_state = pending.clone();
        let on_no = Callback::from(move |_: MouseEvent| pending_state.set(None));
        html! {
            <div class="ed-confirm" role="group" aria-label={p.name.clone()}>
                <p>{ format!("„{}“ – {} {}", p.name, t.uses, p.users.join(", ")) }</p>
                <button type="button" class="ed-button ed-danger" onclick={on_yes}>{ t.delete_all }</button>
                <button type="button" class="ed-button ed-secondary" onclick={on_no}>{ t.cancel }</button>
            </div>
        }
    });
    html! {
        <>
            if let Some(confirm) = confirm { { confirm } }
            <table class="ed-list">
                <tbody>
                    for (i, name, detail) in rows {
                        <tr key={i}>
                            <th scope="row">{ name.clone() }</th>
                            <td>{ detail }</td>
                            <td class="ed-row-actions">
                                <button type="button" class="ed-link" onclick={on_edit(i)}
                                    aria-label={format!("{}: {name}", t.edit)}>{ t.edit }</button>
                                <button type="button" class="ed-link ed-danger-text" onclick={on_delete(i, name.clone())}
                                    aria-label={format!("{}: {name}", t.delete)}>{ t.delete }</button>
                            </td>
                        </tr>
                    }
                </tbody>
            </table>
        </>
    }
}
