//! The embed snippet a Redaktion pastes into its CMS: one element with the
//! dataset inline, and the widget's script.

use super::model::Dataset;

/// The file name of the widget's self-contained script.
pub const SCRIPT: &str = "netzwerk-matrix.js";

/// The snippet for `d`. Inside a `<script>` element the text `</` would end
/// it early, so every one is written `<\/`, which JSON reads back as `</`.
pub fn snippet(d: &Dataset) -> String {
    let json = serde_json::to_string(d)
        .unwrap_or_else(|_| unreachable!("a dataset holds only strings, numbers and lists"))
        .replace("</", "<\\/");
    format!(
        "<div data-netzwerk-matrix>\n<script type=\"application/json\">{json}</script>\n</div>\n<script src=\"{SCRIPT}\" defer></script>\n"
    )
}
