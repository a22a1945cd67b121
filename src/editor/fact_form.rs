//! The form for one fact: a member, a network, the role (or "Gastgeber" with
//! its year), years, marks, and the evidence: a source, picked or created on
//! the spot, with the quote and whether it is verbatim.

use std::rc::Rc;

use yew::prelude::*;

use super::fact_draft::{build, saved_notice, Draft, EvidenceDraft, HOST, NEW};
use super::fields::{Check, Choice, Field, FieldErrors};
use super::state::{Action, FactSelection};
use super::texts::texts;
use crate::core::edit::{Edit, Kind};
use crate::core::model::{Dataset, Member, Role};
use crate::core::Lang;

#[derive(Properties, PartialEq)]
pub struct FactFormProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub selection: FactSelection,
    /// The dataset's problems with this fact, by field.
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

#[component]
pub fn FactForm(props: &FactFormProps) -> Html {
    let (lang, d) = (props.lang, props.dataset.clone());
    let t = texts(lang);
    let draft = use_state(|| Draft::of(&d, &props.selection));
    let form_errors = use_state(FieldErrors::new);
    let editing = !matches!(
        props.selection,
        FactSelection::New | FactSelection::Prefilled { .. }
    );

    let set = |f: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut next = (*draft).clone();
            f(&mut next, v);
            draft.set(next);
        })
    };
    let set_flag = |f: fn(&mut Draft, bool)| {
        let draft = draft.clone();
        Callback::from(move |v: bool| {
            let mut next = (*draft).clone();
            f(&mut next, v);
            draft.set(next);
        })
    };
    let set_evidence = |j: usize, f: fn(&mut EvidenceDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut next = (*draft).clone();
            if let Some(e) = next.evidence.get_mut(j) {
                f(e, v);
            }
            draft.set(next);
        })
    };
    let set_evidence_flag = |j: usize, f: fn(&mut EvidenceDraft, bool)| {
        let draft = draft.clone();
        Callback::from(move |v: bool| {
            let mut next = (*draft).clone();
            if let Some(e) = next.evidence.get_mut(j) {
                f(e, v);
            }
            draft.set(next);
        })
    };
    let error = |id: &str| {
        form_errors
            .get(id)
            .or_else(|| props.errors.get(id))
            .cloned()
    };

    let onsubmit = {
        let (draft, form_errors, on_action) =
            (draft.clone(), form_errors.clone(), props.on_action.clone());
        let (d, selection) = (d.clone(), props.selection.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match build(lang, &d, &selection, &draft) {
                Ok(edit) => {
                    form_errors.set(FieldErrors::new());
                    on_action.emit(Action::Do {
                        edit,
                        notice: Some(saved_notice(lang, &draft, &d)),
                    });
                    if !editing {
                        draft.set(Draft::of(&d, &FactSelection::New));
                    }
                }
                Err(errors) => {
                    if let Some(first) = errors.keys().next() {
                        super::browser_io::focus(first);
                    }
                    form_errors.set(errors);
                }
            }
        })
    };
    let on_delete = {
        let (on_action, selection, d) =
            (props.on_action.clone(), props.selection.clone(), d.clone());
        Callback::from(move |_: MouseEvent| {
            let (kind, index) = match selection {
                FactSelection::Membership(i) => (Kind::Membership, i),
                FactSelection::Hosting(i) => (Kind::Hosting, i),
                _ => return,
            };
            if crate::core::edit::delete(&d, kind, index).is_ok() {
                on_action.emit(Action::Do {
                    edit: Edit::Remove { kind, index },
                    notice: None,
                });
                on_action.emit(Action::SelectFact(FactSelection::New));
            }
        })
    };
    let on_new = props
        .on_action
        .reform(|_: MouseEvent| Action::SelectFact(FactSelection::New));
    let add_evidence = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*draft).clone();
            next.evidence.push(EvidenceDraft {
                verbatim: true,
                ..EvidenceDraft::default()
            });
            draft.set(next);
        })
    };

    // The member and source lists are built once per dataset, not on every
    // keystroke: at 11 000 members sorting them is most of a render.
    let choices = use_memo(super::Same(d.clone()), move |d| Choices::of(&d.0, lang));
    let mut networks: Vec<(AttrValue, AttrValue)> = vec![("".into(), t.choose.into())];
    networks.extend(d.networks.iter().map(|n| {
        (
            AttrValue::from(n.id.clone()),
            AttrValue::from(format!("{} – {}", n.short, n.name)),
        )
    }));
    let mut roles: Vec<(AttrValue, AttrValue)> = Role::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), AttrValue::from(lang.role(*r))))
        .collect();
    roles.push((HOST.into(), t.host_role.into()));
    let hosting = draft.role == HOST;
    let heading = if editing {
        t.fact_edit_heading
    } else {
        t.fact_heading
    };

    html! {
        <form class="ed-form" id="ed-fact-form" {onsubmit} novalidate=true aria-labelledby="ed-fact-heading">
            <h2 id="ed-fact-heading">{ heading }</h2>
            <div class="ed-row">
                <Choice id="ed-fact-member" label={t.member} value={draft.member.clone()} options={choices.members.clone()}
                    required=true error={error("ed-fact-member")} on_change={set(|d, v| d.member = v)} />
                if draft.member == NEW {
                    <Field id="ed-fact-new_member" label={t.new_member_name} value={draft.new_member.clone()}
                        required=true error={error("ed-fact-new_member")} on_input={set(|d, v| d.new_member = v)} />
                }
                <Choice id="ed-fact-network" label={t.network} value={draft.network.clone()} options={networks}
                    required=true error={error("ed-fact-network")} on_change={set(|d, v| d.network = v)} />
            </div>
            <div class="ed-row">
                <Choice id="ed-fact-role" label={t.role} value={draft.role.clone()} options={roles}
                    on_change={set(|d, v| d.role = v)} />
                <Field id="ed-fact-since" label={if hosting { t.since_host } else { t.since }} kind="number"
                    value={draft.since.clone()} required={hosting} error={error("ed-fact-since")}
                    on_input={set(|d, v| d.since = v)} />
                if !hosting {
                    <Field id="ed-fact-until" label={t.until} kind="number" value={draft.until.clone()}
                        error={error("ed-fact-until")} on_input={set(|d, v| d.until = v)} />
                }
            </div>
            if !hosting {
                <Check id="ed-fact-since_inferred" label={t.since_inferred} checked={draft.since_inferred}
                    error={error("ed-fact-since_inferred")} on_change={set_flag(|d, v| d.since_inferred = v)} />
                <Check id="ed-fact-inferred" label={t.inferred} checked={draft.inferred}
                    on_change={set_flag(|d, v| d.inferred = v)} />
            }
            <Field id="ed-fact-note" label={t.note} kind="textarea" value={draft.note.clone()}
                error={error("ed-fact-note")} on_input={set(|d, v| d.note = v)} />
            for (j, e) in draft.evidence.iter().enumerate() {
                <fieldset class="ed-evidence" key={j}>
                    <legend>{ format!("{} {}", t.evidence, j + 1) }</legend>
                    <Choice id={format!("ed-fact-source-{j}")} label={t.source} value={e.source.clone()}
                        options={choices.sources.clone()} required=true error={error(&format!("ed-fact-source-{j}"))}
                        on_change={set_evidence(j, |e, v| e.source = v)} />
                    if e.source == NEW {
                        <div class="ed-new-source">
                            <Field id={format!("ed-fact-title-{j}")} label={t.source_title} value={e.title.clone()}
                                required=true error={error(&format!("ed-fact-title-{j}"))}
                                on_input={set_evidence(j, |e, v| e.title = v)} />
                            <Field id={format!("ed-fact-publisher-{j}")} label={t.publisher} value={e.publisher.clone()}
                                required=true error={error(&format!("ed-fact-publisher-{j}"))}
                                on_input={set_evidence(j, |e, v| e.publisher = v)} />
                            <Field id={format!("ed-fact-url-{j}")} label={t.url} kind="url" value={e.url.clone()}
                                on_input={set_evidence(j, |e, v| e.url = v)} />
                            <Field id={format!("ed-fact-date-{j}")} label={t.date} value={e.date.clone()}
                                hint={AttrValue::from(t.date_hint)} on_input={set_evidence(j, |e, v| e.date = v)} />
                        </div>
                    }
                    <Field id={format!("ed-fact-quote-{j}")} label={t.quote} kind="textarea" value={e.quote.clone()}
                        required=true error={error(&format!("ed-fact-quote-{j}"))}
                        on_input={set_evidence(j, |e, v| e.quote = v)} />
                    <Check id={format!("ed-fact-verbatim-{j}")} label={t.verbatim} checked={e.verbatim}
                        on_change={set_evidence_flag(j, |e, v| e.verbatim = v)} />
                    <Check id={format!("ed-fact-conflicting-{j}")} label={t.conflicting} checked={e.conflicting}
                        on_change={set_evidence_flag(j, |e, v| e.conflicting = v)} />
                    if draft.evidence.len() > 1 {
                        <button type="button" class="ed-button ed-secondary" onclick={{
                            let draft = draft.clone();
                            Callback::from(move |_: MouseEvent| {
                                let mut next = (*draft).clone();
                                next.evidence.remove(j);
                                draft.set(next);
                            })
                        }}>{ format!("{} {}", t.remove_evidence, j + 1) }</button>
                    }
                </fieldset>
            }
            <div class="ed-actions">
                <button type="button" class="ed-button ed-secondary" onclick={add_evidence}>{ t.add_evidence }</button>
                <button type="submit" class="ed-button">{ if editing { t.submit_edit } else { t.submit_fact } }</button>
                if editing {
                    <button type="button" class="ed-button ed-secondary" onclick={on_new}>{ t.new_entry }</button>
                    <button type="button" class="ed-button ed-danger" onclick={on_delete}>{ t.delete }</button>
                }
            </div>
        </form>
    }
}

/// The options of the member and source choices, sorted once per dataset.
struct Choices {
    members: Vec<(AttrValue, AttrValue)>,
    sources: Vec<(AttrValue, AttrValue)>,
}

impl Choices {
    fn of(d: &Dataset, lang: Lang) -> Choices {
        let t = texts(lang);
        let mut members: Vec<(AttrValue, AttrValue)> = vec![("".into(), t.choose.into())];
        let mut sorted: Vec<(&Member, (String, String))> = d
            .members
            .iter()
            .map(|m| (m, crate::core::text::collation_key(&m.name)))
            .collect();
        crate::core::order::sort_by(&mut sorted, |a, b| a.1.cmp(&b.1));
        members.extend(sorted.into_iter().map(|(m, _)| {
            let name = match &m.region {
                Some(r) => format!("{} ({r})", m.name),
                None => m.name.clone(),
            };
            (AttrValue::from(m.id.clone()), AttrValue::from(name))
        }));
        members.push((NEW.into(), t.new_member.into()));
        let mut sources: Vec<(AttrValue, AttrValue)> = vec![("".into(), t.choose.into())];
        sources.extend(d.sources.iter().map(|s| {
            (
                AttrValue::from(s.id.clone()),
                AttrValue::from(format!("{} ({})", s.title, s.publisher)),
            )
        }));
        sources.push((NEW.into(), t.new_source.into()));
        Choices { members, sources }
    }
}
