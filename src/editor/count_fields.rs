//! The network form's own member counts: one group of fields per count the
//! network states (the number, "more than", the year, the source and its
//! words), and an empty group for a new one. An empty group is no count.

use yew::prelude::*;

use super::fields::{optional, year, Check, Field, FieldErrors};
use super::texts::texts;
use crate::core::model::StatedCount;
use crate::core::Lang;

/// One count's fields as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CountDraft {
    pub count: String,
    pub more_than: bool,
    pub year: String,
    pub source: String,
    pub quote: String,
}

impl CountDraft {
    fn of(c: &StatedCount) -> CountDraft {
        CountDraft {
            count: c.count.to_string(),
            more_than: c.more_than,
            year: c.year.map(|y| y.to_string()).unwrap_or_default(),
            source: c.source.clone(),
            quote: c.quote.clone(),
        }
    }

    fn is_empty(&self) -> bool {
        !self.more_than
            && [&self.count, &self.year, &self.source, &self.quote]
                .iter()
                .all(|s| s.trim().is_empty())
    }
}

/// The groups for `counts`, and one empty group for a new count.
pub fn drafts_of(counts: &[StatedCount]) -> Vec<CountDraft> {
    let mut out: Vec<CountDraft> = counts.iter().map(CountDraft::of).collect();
    out.push(CountDraft::default());
    out
}

/// The id of field `what` in group `i`, as [`super::fields::field_of`]
/// names it for a problem at `networks[n].counts[i].what`.
pub fn field_id(what: &str, i: usize) -> String {
    format!("ed-network-count-{what}-{i}")
}

/// The counts the groups describe, or the problem of each field.
pub fn counts_of(lang: Lang, drafts: &[CountDraft]) -> Result<Vec<StatedCount>, FieldErrors> {
    let t = texts(lang);
    let mut errors = FieldErrors::new();
    let mut counts = Vec::new();
    for (i, d) in drafts.iter().enumerate().filter(|(_, d)| !d.is_empty()) {
        let count = d.count.trim().parse::<u32>();
        if count.is_err() {
            errors.insert(field_id("count", i), t.count_not_a_number.into());
        }
        let year = year(&d.year).unwrap_or_else(|_| {
            errors.insert(field_id("year", i), t.count_year.into());
            None
        });
        for (what, value) in [("source", &d.source), ("quote", &d.quote)] {
            if value.trim().is_empty() {
                errors.insert(field_id(what, i), t.required.into());
            }
        }
        if let (Ok(count), Some(source), Some(quote)) =
            (count, optional(&d.source), optional(&d.quote))
        {
            counts.push(StatedCount {
                count,
                more_than: d.more_than,
                year,
                source,
                quote,
            });
        }
    }
    if errors.is_empty() {
        Ok(counts)
    } else {
        Err(errors)
    }
}

#[derive(Properties, PartialEq)]
pub struct CountFieldsProps {
    pub lang: Lang,
    pub drafts: Vec<CountDraft>,
    pub errors: FieldErrors,
    pub on_change: Callback<Vec<CountDraft>>,
}

/// The groups, each a fieldset with its legend.
#[component]
pub fn CountFields(props: &CountFieldsProps) -> Html {
    let t = texts(props.lang);
    let last = props.drafts.len().saturating_sub(1);
    let groups = props.drafts.iter().enumerate().map(|(i, d)| {
        let set = |apply: fn(&mut CountDraft, String)| {
            let (drafts, on_change) = (props.drafts.clone(), props.on_change.clone());
            Callback::from(move |v: String| {
                let mut next = drafts.clone();
                apply(&mut next[i], v);
                on_change.emit(next);
            })
        };
        let on_more = {
            let (drafts, on_change) = (props.drafts.clone(), props.on_change.clone());
            Callback::from(move |b: bool| {
                let mut next = drafts.clone();
                next[i].more_than = b;
                on_change.emit(next);
            })
        };
        let error = |what: &str| props.errors.get(&field_id(what, i)).cloned();
        let legend = if i == last {
            t.count_new
        } else {
            t.count_legend
        };
        html! {
            <fieldset class="ed-count" key={i}>
                <legend>{ legend }</legend>
                <div class="ed-row">
                    <Field id={field_id("count", i)} label={t.count_number} kind="number"
                        value={AttrValue::from(d.count.clone())} error={error("count")}
                        on_input={set(|d, v| d.count = v)} />
                    <Field id={field_id("year", i)} label={t.count_year_label} kind="number"
                        value={AttrValue::from(d.year.clone())} error={error("year")}
                        on_input={set(|d, v| d.year = v)} />
                </div>
                <Check id={field_id("more_than", i)} label={t.count_more_than}
                    checked={d.more_than} on_change={on_more} />
                <Field id={field_id("source", i)} label={t.count_source}
                    value={AttrValue::from(d.source.clone())} error={error("source")}
                    on_input={set(|d, v| d.source = v)} />
                <Field id={field_id("quote", i)} label={t.count_quote} kind="textarea"
                    value={AttrValue::from(d.quote.clone())} error={error("quote")}
                    on_input={set(|d, v| d.quote = v)} />
            </fieldset>
        }
    });
    html! {
        <div class="ed-counts" id="ed-network-counts">
            <p class="ed-hint">{ t.counts_hint }</p>
            { for groups }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(count: &str, year: &str, source: &str, quote: &str) -> CountDraft {
        CountDraft {
            count: count.into(),
            more_than: false,
            year: year.into(),
            source: source.into(),
            quote: quote.into(),
        }
    }

    #[test]
    fn groups_become_counts_and_empty_ones_are_none() {
        let c = StatedCount {
            count: 22,
            more_than: false,
            year: Some(2025),
            source: "defus-aktuelles-2025".into(),
            quote: "auf 22 Mitglieder wächst".into(),
        };
        let drafts = drafts_of(std::slice::from_ref(&c));
        assert_eq!(drafts.len(), 2);
        assert_eq!(counts_of(Lang::De, &drafts), Ok(vec![c]));
    }

    #[test]
    fn a_half_filled_group_names_each_missing_field() {
        let errors = counts_of(Lang::De, &[draft("zwei", "2x", "", "")]).unwrap_err();
        let fields: Vec<&str> = errors.keys().map(String::as_str).collect();
        assert_eq!(
            fields,
            [
                "ed-network-count-count-0",
                "ed-network-count-quote-0",
                "ed-network-count-source-0",
                "ed-network-count-year-0"
            ]
        );
        assert!(counts_of(Lang::En, &[draft("54", "", "s", "q")]).is_ok());
    }
}
