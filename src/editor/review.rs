//! What the Redaktion and a second person read before saving: the live
//! problem list (each problem a link to its field) and the change list
//! against the opened file.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::field_of;
use super::state::Action;
use super::texts::texts;
use crate::core::changes::{changes, Change};
use crate::core::model::Dataset;
use crate::core::{Lang, Problem};

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub lang: Lang,
    pub problems: Rc<[Problem]>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    html! {
        <section class="ed-problems" aria-labelledby="ed-problems">
            <h2 id="ed-problems" tabindex="-1">
                { format!("{} ({})", t.problems_heading, props.problems.len()) }
            </h2>
            if props.problems.is_empty() {
                <p class="ed-ok">{ t.no_problems }</p>
            } else {
                <ul>
                    for (i, p) in props.problems.iter().enumerate() {
                        <li key={i}>
                            <a href={format!("#{}", field_of(&p.path).1)} onclick={{
                                let (on_action, path) = (props.on_action.clone(), p.path.clone());
                                Callback::from(move |e: MouseEvent| {
                                    // Focus moves to the field itself, not
                                    // just the view: a fragment would only
                                    // scroll.
                                    e.prevent_default();
                                    let (kind, field) = field_of(&path);
                                    on_action.emit(Action::Focus { kind, field });
                                })
                            }}>{ p.describe(lang) }</a>
                        </li>
                    }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChangeListProps {
    pub lang: Lang,
    pub original: Rc<Dataset>,
    pub dataset: Rc<Dataset>,
}

#[component]
pub fn ChangeList(props: &ChangeListProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let lines = use_memo(
        (props.original.clone(), props.dataset.clone(), lang),
        |(original, dataset, lang)| changes(original, dataset, *lang),
    );
    html! {
        <section class="ed-changes" aria-labelledby="ed-changes">
            <h2 id="ed-changes">{ format!("{} ({})", t.changes_heading, lines.len()) }</h2>
            if lines.is_empty() {
                <p>{ t.no_changes }</p>
            } else {
                <ul>
                    for (i, l) in lines.iter().enumerate() {
                        <li key={i} class={match l.change {
                            Change::Added => "ed-added",
                            Change::Removed => "ed-removed",
                            Change::Changed => "ed-changed",
                        }}>
                            <strong>{ match l.change {
                                Change::Added => t.added,
                                Change::Removed => t.removed,
                                Change::Changed => t.changed,
                            } }</strong>
                            { format!(" {}: {}", l.what, l.name) }
                            if !l.details.is_empty() {
                                <ul>
                                    for (j, detail) in l.details.iter().enumerate() {
                                        <li key={j}>{ detail }</li>
                                    }
                                </ul>
                            }
                        </li>
                    }
                </ul>
            }
        </section>
    }
}
