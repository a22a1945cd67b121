//! The editor's state in one reducer: the dataset being edited, the file it
//! was opened from, the undo and redo stacks, and what the Redaktion is
//! looking at. Every change goes through [`crate::core::edit::apply`].

use std::rc::Rc;

use yew::prelude::*;

use crate::core::edit::{apply, Edit, Kind};
use crate::core::model::Dataset;
use crate::core::Lang;

use super::texts::refusal;

/// One step of the undo history. Opening a file also changes what the
/// change list compares with, so its step remembers the file before.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub edit: Edit,
    pub original: Option<Rc<Dataset>>,
}

/// Which entry a form shows: a new one, or the entry at an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selection {
    #[default]
    New,
    At(usize),
}

/// The fact form's subject: a membership, a hosting, or a new fact for a
/// member and network chosen in the preview.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum FactSelection {
    #[default]
    New,
    Prefilled {
        member: String,
        network: String,
    },
    Membership(usize),
    Hosting(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct EditorState {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// The file as opened: what the change list compares with.
    pub original: Rc<Dataset>,
    /// The dataset as last downloaded (or opened): leaving asks first
    /// while `dataset` differs.
    pub saved: Rc<Dataset>,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    /// A refusal, announced with `role="alert"`.
    pub alert: Option<String>,
    /// A confirmation, announced politely.
    pub notice: Option<String>,
    pub fact: FactSelection,
    pub member: Selection,
    pub network: Selection,
    pub source: Selection,
    /// A field to focus after the next render (from a problem link).
    pub focus: Option<String>,
    /// Bumped when a form must reload from the dataset (after undo, redo,
    /// opening), so its draft does not outlive the data it came from.
    pub generation: u32,
}

impl EditorState {
    pub fn new(lang: Lang, dataset: Dataset) -> EditorState {
        let dataset = Rc::new(dataset);
        EditorState {
            lang,
            original: dataset.clone(),
            saved: dataset.clone(),
            dataset,
            undo: Vec::new(),
            redo: Vec::new(),
            alert: None,
            notice: None,
            fact: FactSelection::New,
            member: Selection::New,
            network: Selection::New,
            source: Selection::New,
            focus: None,
            generation: 0,
        }
    }

    pub fn unsaved(&self) -> bool {
        self.dataset != self.saved
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A change made in a form; `notice` confirms it.
    Do {
        edit: Edit,
        notice: Option<String>,
    },
    /// A file was read: it replaces the dataset, undoably.
    Open {
        dataset: Dataset,
        name: String,
    },
    Undo,
    Redo,
    /// A file or an edit that cannot be taken, with the reason.
    Refuse(String),
    Notice(String),
    /// The dataset was downloaded.
    Saved,
    /// Back to the opened file, as when a draft is discarded.
    Discard(String),
    SelectFact(FactSelection),
    Select(Kind, Selection),
    /// Show the entry a problem is about and focus its field.
    Focus {
        kind: Option<(Kind, usize)>,
        field: String,
    },
    FocusDone,
}

impl Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Do { edit, notice } => {
                let mut d = (*s.dataset).clone();
                match apply(&mut d, edit) {
                    Ok(inverse) => {
                        s.dataset = Rc::new(d);
                        s.undo.push(Step {
                            edit: inverse,
                            original: None,
                        });
                        s.redo.clear();
                        s.alert = None;
                        s.notice = notice;
                    }
                    Err(r) => s.alert = Some(refusal(s.lang, &r)),
                }
            }
            Action::Open { dataset, name } => {
                let before = s.original.clone();
                let mut d = (*s.dataset).clone();
                if let Ok(inverse) = apply(&mut d, Edit::Replace(Box::new(dataset))) {
                    s.dataset = Rc::new(d);
                    s.original = s.dataset.clone();
                    s.saved = s.dataset.clone();
                    s.undo.push(Step {
                        edit: inverse,
                        original: Some(before),
                    });
                    s.redo.clear();
                    s.alert = None;
                    s.notice = Some(format!("{} {name}", super::texts::texts(s.lang).opened));
                    reset_forms(&mut s);
                }
            }
            Action::Undo | Action::Redo => {
                let undoing = matches!(action, Action::Undo);
                let step = if undoing { s.undo.pop() } else { s.redo.pop() };
                let Some(step) = step else {
                    return self;
                };
                let mut d = (*s.dataset).clone();
                if let Ok(inverse) = apply(&mut d, step.edit) {
                    s.dataset = Rc::new(d);
                    let back = Step {
                        edit: inverse,
                        original: step.original.map(|o| std::mem::replace(&mut s.original, o)),
                    };
                    if undoing {
                        s.redo.push(back);
                    } else {
                        s.undo.push(back);
                    }
                    s.alert = None;
                    s.notice = None;
                    reset_forms(&mut s);
                }
            }
            Action::Refuse(message) => {
                s.alert = Some(message);
                s.notice = None;
            }
            Action::Notice(message) => {
                s.notice = Some(message);
                s.alert = None;
            }
            Action::Saved => s.saved = s.dataset.clone(),
            Action::Discard(message) => {
                if s.dataset != s.original {
                    let mut d = (*s.dataset).clone();
                    if let Ok(inverse) =
                        apply(&mut d, Edit::Replace(Box::new((*s.original).clone())))
                    {
                        s.dataset = Rc::new(d);
                        s.undo.push(Step {
                            edit: inverse,
                            original: None,
                        });
                        s.redo.clear();
                    }
                }
                s.notice = Some(message);
                reset_forms(&mut s);
            }
            Action::SelectFact(f) => {
                s.fact = f;
                s.generation += 1;
            }
            Action::Select(kind, selection) => {
                select(&mut s, kind, selection);
                s.generation += 1;
            }
            Action::Focus { kind, field } => {
                if let Some((kind, index)) = kind {
                    match kind {
                        Kind::Membership => s.fact = FactSelection::Membership(index),
                        Kind::Hosting => s.fact = FactSelection::Hosting(index),
                        _ => select(&mut s, kind, Selection::At(index)),
                    }
                    s.generation += 1;
                }
                s.focus = Some(field);
            }
            Action::FocusDone => {
                if s.focus.is_none() {
                    return self;
                }
                s.focus = None;
            }
        }
        Rc::new(s)
    }
}

fn select(s: &mut EditorState, kind: Kind, selection: Selection) {
    match kind {
        Kind::Member => s.member = selection,
        Kind::Network => s.network = selection,
        Kind::Source => s.source = selection,
        Kind::Membership => {
            s.fact = match selection {
                Selection::New => FactSelection::New,
                Selection::At(i) => FactSelection::Membership(i),
            }
        }
        Kind::Hosting => {
            s.fact = match selection {
                Selection::New => FactSelection::New,
                Selection::At(i) => FactSelection::Hosting(i),
            }
        }
    }
}

/// After the data changed under them, forms reload, and a selection past
/// the end of its list falls back to a new entry.
fn reset_forms(s: &mut EditorState) {
    let d = &s.dataset;
    let fits = |sel: Selection, len: usize| match sel {
        Selection::At(i) if i >= len => Selection::New,
        other => other,
    };
    s.member = fits(s.member, d.members.len());
    s.network = fits(s.network, d.networks.len());
    s.source = fits(s.source, d.sources.len());
    s.fact = match s.fact.clone() {
        FactSelection::Membership(i) if i >= d.memberships.len() => FactSelection::New,
        FactSelection::Hosting(i) if i >= d.hosts.len() => FactSelection::New,
        other => other,
    };
    s.generation += 1;
}
