//! The dataset's entries as tables, each row with "Bearbeiten" and
//! "Löschen", 50 at a time, with a search once a list is longer. A delete of something still in use is refused with the names
//! of its users, and offers to delete them too after a confirmation.

use std::collections::HashMap;
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
    let query = use_state(String::new);
    let shown = use_state(|| PAGE);
    let rows = rows(&d, kind, lang);
    let total = rows.len();
    // A search keeps the rows whose name has every word of it (case and
    // umlauts folded, as the widget's search).
    let folded = crate::core::text::fold_base(query.trim());
    let words: Vec<&str> = folded.split_whitespace().collect();
    let matching: Vec<(usize, String, String)> = if words.is_empty() {
        rows
    } else {
        rows.into_iter()
            .filter(|(_, name, _)| {
                let name = crate::core::text::fold_base(name);
                words.iter().all(|w| name.contains(w))
            })
            .collect()
    };
    let found = matching.len();
    let more = found.saturating_sub(*shown);
    let words_of = list_words(lang);
    let search_id = format!("ed-{}-list-search", list_name(kind));
    let count_id = format!("{search_id}-count");
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
    let on_search = {
        let (query, shown) = (query.clone(), shown.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                query.set(input.value());
                shown.set(PAGE);
            }
        })
    };
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <>
            if let Some(confirm) = confirm { { confirm } }
            if total > PAGE {
                <div class="ed-field ed-list-search">
                    <label for={search_id.clone()}>{ words_of.search }</label>
                    <input id={search_id} type="search" value={(*query).clone()} oninput={on_search}
                        aria-describedby={count_id.clone()} autocomplete="off" />
                </div>
            }
            <p id={count_id} class="ed-hint" role="status">
                { (words_of.count)(found.min(*shown), found, total) }
            </p>
            <table class="ed-list">
                <tbody>
                    for (i, name, detail) in matching.into_iter().take(*shown) {
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
            if more > 0 {
                <button type="button" class="ed-button ed-secondary" onclick={on_more}>
                    { (words_of.more)(more.min(PAGE)) }
                </button>
            }
        </>
    }
}

fn list_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Member => "member",
        Kind::Network => "network",
        Kind::Source => "source",
        Kind::Membership => "membership",
        Kind::Hosting => "hosting",
    }
}

/// Rows a list shows at once; a search narrows it, a button shows more.
const PAGE: usize = 50;

/// The words of a list's search and count.
struct ListWords {
    search: &'static str,
    /// (shown, matching, all)
    count: fn(usize, usize, usize) -> String,
    more: fn(usize) -> String,
}

fn list_words(lang: Lang) -> ListWords {
    match lang {
        Lang::De => ListWords {
            search: "In dieser Liste suchen",
            count: |shown, found, all| match (found == all, shown == found) {
                (true, true) => format!("{all} Einträge"),
                (true, false) => format!("{shown} von {all} Einträgen gezeigt"),
                (false, true) => format!("{found} von {all} Einträgen passen"),
                (false, false) => format!("{found} von {all} Einträgen passen, {shown} gezeigt"),
            },
            more: |n| format!("{n} weitere zeigen"),
        },
        Lang::En => ListWords {
            search: "Search this list",
            count: |shown, found, all| match (found == all, shown == found) {
                (true, true) => format!("{all} entries"),
                (true, false) => format!("{shown} of {all} entries shown"),
                (false, true) => format!("{found} of {all} entries match"),
                (false, false) => format!("{found} of {all} entries match, {shown} shown"),
            },
            more: |n| format!("Show {n} more"),
        },
    }
}

/// The list's rows: index, name, detail. Names of members and networks are
/// looked up through maps built once, so a national dataset costs one pass
/// over its facts, not one per member.
fn rows(d: &Dataset, kind: Kind, lang: Lang) -> Vec<(usize, String, String)> {
    let t = texts(lang);
    match kind {
        Kind::Member => {
            let mut facts: HashMap<&str, usize> = HashMap::new();
            for m in d
                .memberships
                .iter()
                .map(|f| &f.member)
                .chain(d.hosts.iter().map(|h| &h.member))
            {
                *facts.entry(m.as_str()).or_default() += 1;
            }
            d.members
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let name = match &m.region {
                        Some(r) => format!("{} ({r})", m.name),
                        None => m.name.clone(),
                    };
                    let count = facts.get(m.id.as_str()).copied().unwrap_or(0);
                    (i, name, format!("{count} {}", t.facts_count))
                })
                .collect()
        }
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
            let members: HashMap<&str, &str> = d
                .members
                .iter()
                .map(|m| (m.id.as_str(), m.name.as_str()))
                .collect();
            let networks: HashMap<&str, &str> = d
                .networks
                .iter()
                .map(|n| (n.id.as_str(), n.short.as_str()))
                .collect();
            let name =
                |map: &HashMap<&str, &str>, id: &str| map.get(id).map_or(id, |n| *n).to_string();
            let pair = |m: &str, n: &str| format!("{} × {}", name(&members, m), name(&networks, n));
            if kind == Kind::Membership {
                d.memberships
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (i, pair(&f.member, &f.network), lang.fact_text(f, true)))
                    .collect()
            } else {
                d.hosts
                    .iter()
                    .enumerate()
                    .map(|(i, h)| (i, pair(&h.member, &h.network), lang.hosted(&[h.year])))
                    .collect()
            }
        }
    }
}
