//! The map: Germany's outline (made at build time) and a mark per shown
//! member with a place. The marks are one Tab stop; arrow keys move between
//! them, Enter or Space (or a click) opens the member's details. The size
//! of a mark, not its colour, says in how many networks the member is.

use std::rc::Rc;

use yew::prelude::*;

use super::Details;
use crate::core::geo::{height, project, tenths, WIDTH};
use crate::core::{order, Filter, Lang, Matrix, View};

/// Germany's outline as an SVG path, from `make outline`.
const OUTLINE: &str = include_str!("../../data/germany-outline.txt");

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub view: Rc<View>,
    pub filter: Filter,
    pub on_details: Callback<Details>,
}

/// A shown member on the map.
#[derive(Clone, PartialEq)]
struct Mark {
    member: usize,
    x: f64,
    y: f64,
    count: usize,
}

/// The radius for a number of networks: 0 a small ring, then growing.
fn radius(count: usize) -> &'static str {
    match count {
        0 => "3.5",
        1 => "5",
        2 => "7",
        3 => "9",
        _ => "11",
    }
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let (lang, matrix, view) = (props.lang, &props.matrix, &props.view);
    let t = lang.texts();
    // Counted over the chosen networks where there are any, else over the
    // shown columns: the networks the visitor is looking at.
    let counted: Vec<usize> = if props.filter.networks.is_empty() {
        view.columns.clone()
    } else {
        props.filter.networks.iter().copied().collect()
    };
    let mut marks: Vec<Mark> = Vec::new();
    let mut unplaced: Vec<usize> = Vec::new();
    for &m in &view.rows {
        match matrix.members()[m].place() {
            Some((lat, lon)) => {
                let (x, y) = project(lat, lon);
                let count = counted
                    .iter()
                    .filter(|&&n| View::belongs(matrix, &props.filter, m, n))
                    .count();
                marks.push(Mark {
                    member: m,
                    x,
                    y,
                    count,
                });
            }
            None => unplaced.push(m),
        }
    }
    // Big marks first, so small ones stay on top and clickable.
    let mut drawn = marks.clone();
    order::sort_by_key(&mut drawn, |k| std::cmp::Reverse(k.count));
    // The keyboard's orders: west to east, north to south.
    let by_x = order::positions(marks.len(), &|a, b| marks[a].x.total_cmp(&marks[b].x));
    let by_y = order::positions(marks.len(), &|a, b| marks[a].y.total_cmp(&marks[b].y));

    let active = use_state(|| None::<usize>);
    // The member that holds the Tab stop: the one last moved to, while it
    // is still shown; else the first from the west.
    let current = active
        .filter(|m| marks.iter().any(|k| k.member == *m))
        .or_else(|| by_x.first().map(|&i| marks[i].member));
    let prefix = props.id.to_string();
    let mark_id = |m: usize| format!("{prefix}-mark-{m}");

    let onkeydown = {
        let (active, on_details, marks) = (active.clone(), props.on_details.clone(), marks.clone());
        let prefix = prefix.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(cur) = current else {
                return;
            };
            let Some(i) = marks.iter().position(|k| k.member == cur) else {
                return;
            };
            let step = |order: &[usize], forward: bool| -> usize {
                let at = order.iter().position(|&j| j == i).unwrap_or(0);
                let next = if forward {
                    (at + 1).min(order.len() - 1)
                } else {
                    at.saturating_sub(1)
                };
                order[next]
            };
            let next = match e.key().as_str() {
                "ArrowRight" => step(&by_x, true),
                "ArrowLeft" => step(&by_x, false),
                "ArrowDown" => step(&by_y, true),
                "ArrowUp" => step(&by_y, false),
                "Home" => by_x[0],
                "End" => by_x[by_x.len() - 1],
                "Enter" | " " => {
                    e.prevent_default();
                    on_details.emit(Details::Member(cur));
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            let m = marks[next].member;
            active.set(Some(m));
            crate::browser::focus_in(e.target(), &format!("{prefix}-mark-{m}"));
        })
    };
    let summary_id = format!("{prefix}-map-summary");
    let summary = lang.map_summary(marks.len(), view.rows.len());
    let names = |list: &[usize]| -> String {
        list.iter()
            .map(|&m| matrix.members()[m].name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut listed: Vec<&Mark> = marks.iter().collect();
    order::sort_by_key(&mut listed, |k| std::cmp::Reverse(k.count));
    html! {
        <div class="nm-map">
            <svg class="nm-map-svg" viewBox={format!("0 0 {} {}", WIDTH as i64, height().round() as i64)}
                role="group" aria-labelledby={summary_id.clone()}>
                <path class="nm-outline" d={OUTLINE} aria-hidden="true" />
                <g role="toolbar" aria-label={summary.clone()} {onkeydown}>
                    for k in drawn {
                        <circle key={k.member} id={mark_id(k.member)} role="button"
                            class={classes!("nm-mark-dot", (k.count == 0).then_some("nm-mark-empty"))}
                            cx={tenths(k.x)} cy={tenths(k.y)} r={radius(k.count)}
                            tabindex={if Some(k.member) == current { "0" } else { "-1" }}
                            aria-label={lang.mark_label(&matrix.members()[k.member].name, k.count)}
                            aria-haspopup="dialog"
                            onfocus={{ let active = active.clone(); let m = k.member; Callback::from(move |_: FocusEvent| active.set(Some(m))) }}
                            onclick={props.on_details.reform(move |_: MouseEvent| Details::Member(k.member))}>
                            <title>{ lang.mark_label(&matrix.members()[k.member].name, k.count) }</title>
                        </circle>
                    }
                </g>
            </svg>
            <p id={summary_id} class="nm-map-summary">{ format!("{summary}. {}", t.map_hint) }</p>
            <div class="nm-map-legend" aria-label={t.map_legend} role="group">
                <span class="nm-map-legend-title">{ t.map_legend }{ ":" }</span>
                for (count, label) in [(0, "0"), (1, "1"), (2, "2"), (3, "3"), (4, "4+")] {
                    <span class="nm-map-key" key={count}>
                        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                            <circle cx="12" cy="12" r={radius(count)}
                                class={classes!("nm-mark-dot", (count == 0).then_some("nm-mark-empty"))} />
                        </svg>
                        { label }
                    </span>
                }
            </div>
            <details class="nm-map-list">
                <summary>{ format!("{} ({})", t.map_list, marks.len()) }</summary>
                <ul>
                    for k in listed {
                        <li key={k.member}>{ lang.mark_label(&matrix.members()[k.member].name, k.count) }</li>
                    }
                </ul>
            </details>
            if !unplaced.is_empty() {
                <p class="nm-unplaced">{ format!("{}: {}", t.unplaced, names(&unplaced)) }</p>
            }
        </div>
    }
}
