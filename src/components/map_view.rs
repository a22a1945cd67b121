//! The map: Germany's outline and the borders of its Länder (made at build
//! time) and a mark per shown member with a place, named where the name
//! fits (`core::labels`). The marks are one Tab stop; arrow keys move
//! between them, Enter or Space (or a click) opens the member's details.
//! Hovering or focusing a mark shows its text in a box: the same text as
//! its accessible name. The size of a mark, not its colour, says in how
//! many networks the member is; the page's own member and its partners are
//! marked by shape and in words.

use std::rc::Rc;

use yew::prelude::*;

use super::Details;
use crate::core::geo::{height, project, tenths, WIDTH};
use crate::core::labels::{self, Font, Label};
use crate::core::summary::{mark_lines, mark_text};
use crate::core::{order, Filter, Lang, Matrix, View};

/// Germany's outline as an SVG path, from `make outline`.
const OUTLINE: &str = include_str!("../../data/germany-outline.txt");
/// The borders between the Länder, from `make laender`.
const LAENDER: &str = include_str!("../../data/laender.txt");
/// The labels' text in the map's units (the stylesheet's 11.5 px).
const FONT: Font = Font {
    char_width: 7.0,
    line: 15.0,
};
/// At most this many marks are tried for a label, most important first:
/// a national dataset's thousands of marks cannot all be named anyway.
const LABELLED: usize = 80;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub view: Rc<View>,
    pub filter: Filter,
    pub on_details: Callback<Details>,
}

/// How a mark stands to the page's own member.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// No page's own member is set.
    Plain,
    Home,
    /// Shares at least one network with the page's own member.
    Partner,
    Other,
}

impl Kind {
    fn class(self) -> Option<&'static str> {
        match self {
            Kind::Plain => None,
            Kind::Home => Some("nm-mark-home"),
            Kind::Partner => Some("nm-mark-partner"),
            Kind::Other => Some("nm-mark-other"),
        }
    }
}

/// A shown member on the map.
#[derive(Clone, PartialEq)]
struct Mark {
    member: usize,
    x: f64,
    y: f64,
    count: usize,
    kind: Kind,
}

/// The radius for a number of networks: 0 a small ring, then growing.
fn radius(count: usize) -> f64 {
    match count {
        0 => 3.5,
        1 => 5.0,
        2 => 7.0,
        3 => 9.0,
        _ => 11.0,
    }
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let (lang, matrix, view, filter) = (props.lang, &props.matrix, &props.view, &props.filter);
    let t = lang.texts();
    // Counted over the chosen networks where there are any, else over the
    // shown columns: the networks the visitor is looking at.
    let counted: Vec<usize> = if filter.networks.is_empty() {
        view.columns.clone()
    } else {
        filter.networks.iter().copied().collect()
    };
    let home = view.home.map(|h| h.member);
    let home_networks = home
        .map(|h| crate::core::overview::networks_of(matrix, filter, h))
        .unwrap_or_default();
    let mut marks: Vec<Mark> = Vec::new();
    let mut unplaced: Vec<usize> = Vec::new();
    for &m in &view.rows {
        let Some((lat, lon)) = matrix.members()[m].place() else {
            unplaced.push(m);
            continue;
        };
        let (x, y) = project(lat, lon);
        let count = counted
            .iter()
            .filter(|&&n| View::belongs(matrix, filter, m, n))
            .count();
        let kind = match home {
            None => Kind::Plain,
            Some(h) if h == m => Kind::Home,
            Some(_)
                if home_networks
                    .iter()
                    .any(|&n| View::belongs(matrix, filter, m, n)) =>
            {
                Kind::Partner
            }
            Some(_) => Kind::Other,
        };
        marks.push(Mark {
            member: m,
            x,
            y,
            count,
            kind,
        });
    }
    // Names: the page's own member first, then the members in the most
    // networks (alphabetical among equals, as the rows come).
    // The list beside the map comes in the same order.
    let mut by_importance: Vec<usize> = (0..marks.len()).collect();
    order::sort_by_key(&mut by_importance, |&i| {
        (
            marks[i].kind != Kind::Home,
            std::cmp::Reverse(marks[i].count),
        )
    });
    // Each mark's text once: its accessible name and its line in the list.
    let texts: Vec<String> = marks
        .iter()
        .map(|k| mark_text(matrix, filter, k.member, &counted, lang))
        .collect();
    let boxes: Vec<labels::Mark> = marks
        .iter()
        .map(|k| labels::Mark {
            x: k.x,
            y: k.y,
            radius: radius(k.count),
            chars: matrix.members()[k.member].name.chars().count(),
        })
        .collect();
    // Placed once per view: a hover or focus, which shows the box, renders
    // the map again but moves no name.
    let tried: Vec<usize> = by_importance.iter().copied().take(LABELLED).collect();
    let placed = use_memo(
        (Rc::as_ptr(view) as usize, Rc::as_ptr(matrix) as usize),
        move |_| labels::place(&boxes, &tried, FONT, WIDTH, height()),
    );
    // Big marks first, so small ones stay on top and clickable; the page's
    // own member on top of all.
    let mut drawn: Vec<usize> = (0..marks.len()).collect();
    order::sort_by_key(&mut drawn, |&i| {
        (
            marks[i].kind == Kind::Home,
            std::cmp::Reverse(marks[i].count),
        )
    });
    // The keyboard's orders: west to east, north to south.
    let by_x = order::positions(marks.len(), &|a, b| marks[a].x.total_cmp(&marks[b].x));
    let by_y = order::positions(marks.len(), &|a, b| marks[a].y.total_cmp(&marks[b].y));

    let active = use_state(|| None::<usize>);
    // The mark whose box is shown: hovered or focused, until Escape, the
    // pointer leaving the map, or another mark.
    let tip = use_state(|| None::<usize>);
    {
        // While the box is shown, Escape anywhere closes it, also when it
        // was opened by the pointer and the focus is elsewhere.
        let tip = tip.clone();
        use_effect_with(tip.is_some(), move |shown| {
            let guard = shown
                .then(|| crate::browser::on_escape(move || tip.set(None)))
                .flatten();
            move || drop(guard)
        });
    }
    // The member that holds the Tab stop: the one last moved to, while it
    // is still shown; else the first from the west.
    let current = active
        .filter(|m| marks.iter().any(|k| k.member == *m))
        .or_else(|| by_x.first().map(|&i| marks[i].member));
    let prefix = props.id.to_string();
    let mark_id = |m: usize| format!("{prefix}-mark-{m}");

    let onkeydown = {
        let (active, on_details, marks, tip) = (
            active.clone(),
            props.on_details.clone(),
            marks.clone(),
            tip.clone(),
        );
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
                "Escape" => {
                    tip.set(None);
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
    let summary = lang.map_summary(marks.len(), view.result().len());
    let names = |list: &[usize]| -> String {
        list.iter()
            .map(|&m| matrix.members()[m].name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let show = |m: usize| {
        let tip = tip.clone();
        Callback::from(move |_| tip.set(Some(m)))
    };
    let label_of = |i: usize, l: &Label| {
        let k = &marks[i];
        html! {
            <text key={k.member} class={classes!("nm-map-label", k.kind.class())}
                x={tenths(l.x)} y={tenths(l.y)} text-anchor={l.side.anchor()}>
                { &matrix.members()[k.member].name }
            </text>
        }
    };
    let tooltip = tip
        .and_then(|m| marks.iter().find(|k| k.member == m))
        .map(|k| tooltip(&mark_lines(matrix, filter, k.member, &counted, lang), k));
    html! {
        <div class="nm-map">
            <div class="nm-map-figure" onmouseleave={{ let tip = tip.clone(); Callback::from(move |_: MouseEvent| tip.set(None)) }}>
                <svg class="nm-map-svg" viewBox={format!("0 0 {} {}", WIDTH as i64, height().round() as i64)}
                    role="group" aria-labelledby={summary_id.clone()}>
                    <path class="nm-outline" d={OUTLINE} aria-hidden="true" />
                    <path class="nm-laender" d={LAENDER} aria-hidden="true" />
                    <g role="toolbar" aria-label={summary.clone()} {onkeydown}>
                        for (k, text) in drawn.iter().map(|&i| (&marks[i], &texts[i])) {
                            <circle key={k.member} id={mark_id(k.member)} role="button"
                                class={classes!("nm-mark-dot", (k.count == 0).then_some("nm-mark-empty"), k.kind.class())}
                                cx={tenths(k.x)} cy={tenths(k.y)} r={tenths(radius(k.count))}
                                tabindex={if Some(k.member) == current { "0" } else { "-1" }}
                                aria-label={text.clone()}
                                aria-haspopup="dialog"
                                onmouseenter={show(k.member)}
                                onfocus={{
                                    let (active, tip, m) = (active.clone(), tip.clone(), k.member);
                                    Callback::from(move |_: FocusEvent| { active.set(Some(m)); tip.set(Some(m)); })
                                }}
                                onblur={{ let tip = tip.clone(); Callback::from(move |_: FocusEvent| tip.set(None)) }}
                                onclick={{ let m = k.member; props.on_details.reform(move |_: MouseEvent| Details::Member(m)) }} />
                        }
                    </g>
                    // The names are for the eye: each mark carries its own.
                    <g class="nm-map-labels" aria-hidden="true">
                        for (i, l) in placed.iter().enumerate().filter_map(|(i, l)| l.map(|l| (i, l))) {
                            { label_of(i, &l) }
                        }
                    </g>
                    if let Some(tooltip) = tooltip { { tooltip } }
                </svg>
            </div>
            <div class="nm-map-side">
                <p id={summary_id} class="nm-map-summary">{ format!("{summary}. {}", t.map_hint) }</p>
                { legend(lang, home.is_some()) }
                <section class="nm-map-list" aria-label={t.map_list}>
                    <h3>{ format!("{} ({})", t.map_list, marks.len()) }</h3>
                    <ul>
                        for (k, text) in by_importance.iter().map(|&i| (&marks[i], &texts[i])) {
                            <li key={k.member} class={classes!(k.kind.class())}>{ text }</li>
                        }
                    </ul>
                </section>
                if !unplaced.is_empty() {
                    <p class="nm-unplaced">{ format!("{}: {}", t.unplaced, names(&unplaced)) }</p>
                }
            </div>
        </div>
    }
}

/// The box beside a hovered or focused mark, inside the map: the mark's
/// text in lines. Hidden from assistive technology, which has the mark's
/// name with the same words.
fn tooltip((head, facts): &(String, Vec<String>), k: &Mark) -> Html {
    let lines: Vec<&str> = std::iter::once(head.as_str())
        .chain(facts.iter().map(String::as_str))
        .collect();
    let w =
        lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * FONT.char_width + 12.0;
    let h = lines.len() as f64 * FONT.line + 10.0;
    // Right of the mark where it fits, else left; kept inside the map.
    let gap = radius(k.count) + 4.0;
    let x = if k.x + gap + w <= WIDTH {
        k.x + gap
    } else {
        (k.x - gap - w).max(0.0)
    };
    let y = (k.y - h / 2.0).clamp(0.0, (height() - h).max(0.0));
    html! {
        <g class="nm-map-tip" aria-hidden="true">
            <rect x={tenths(x)} y={tenths(y)} width={tenths(w)} height={tenths(h)} rx="3" />
            for (i, line) in lines.iter().enumerate() {
                <text key={i} x={tenths(x + 6.0)} y={tenths(y + 5.0 + FONT.line * (i as f64 + 0.8))}
                    class={classes!((i == 0).then_some("nm-map-tip-head"))}>{ *line }</text>
            }
        </g>
    }
}

/// The map's legend: sizes by number of networks, and where the page has
/// its own member, that member's mark and its partners'.
fn legend(lang: Lang, home: bool) -> Html {
    let t = lang.texts();
    html! {
        <div class="nm-map-legend" aria-label={t.map_legend} role="group">
            <span class="nm-map-legend-title">{ t.map_legend }{ ":" }</span>
            for (count, label) in [(0, "0"), (1, "1"), (2, "2"), (3, "3"), (4, "4+")] {
                <span class="nm-map-key" key={count}>
                    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                        <circle cx="12" cy="12" r={tenths(radius(count))}
                            class={classes!("nm-mark-dot", (count == 0).then_some("nm-mark-empty"))} />
                    </svg>
                    { label }
                </span>
            }
            if home {
                for (class, label) in [("nm-mark-home", t.map_home), ("nm-mark-partner", t.map_partner), ("nm-mark-other", t.map_other)] {
                    <span class="nm-map-key" key={class}>
                        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                            <circle cx="12" cy="12" r="7" class={classes!("nm-mark-dot", class)} />
                        </svg>
                        { label }
                    </span>
                }
            }
        </div>
    }
}
