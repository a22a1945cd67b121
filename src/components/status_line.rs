//! The live region that tells how much is shown. It exists from the first
//! render (a region added later is not announced) and changes only once the
//! visitor has stopped typing, so a screen reader is not flooded.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Quiet time after the last change before the status is announced.
const SETTLE_MS: u32 = 400;

#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    pub text: AttrValue,
}

#[component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    let shown = use_state(|| props.text.clone());
    {
        let shown = shown.clone();
        use_effect_with(props.text.clone(), move |text| {
            let text = text.clone();
            // Dropping the timeout on the next change cancels it: only the
            // last text of a burst of keystrokes is announced.
            let timeout = Timeout::new(SETTLE_MS, move || shown.set(text));
            move || drop(timeout)
        });
    }
    html! {
        <p class="nm-status" role="status" aria-live="polite" aria-atomic="true">{ (*shown).clone() }</p>
    }
}
