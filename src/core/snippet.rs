//! The embed snippet a Redaktion pastes into its CMS: one element with the
//! dataset inline, and the widget's script.

use super::model::Dataset;

/// The file name of the widget's self-contained script.
pub const SCRIPT: &str = "netzwerk-matrix.js";

/// The product's version, from `Cargo.toml`: the one source of it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The HTML comment that opens every snippet the project writes, naming
/// the version it was written for.
pub fn version_comment() -> String {
    format!("<!-- Netzwerk-Matrix {VERSION} -->")
}

/// `json` made safe inside `<script type="application/json">`: every `<`
/// becomes `\u003c`, which JSON reads back as `<`. So no text in the data
/// can end the element (`</script>`) or switch the HTML parser into another
/// state (`<!--`, `<script>`), whatever a name or a quotation holds.
pub fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The snippet for `d`: the version comment, the element with the data
/// inline, and the script. `member` is the page's own member ("Ihre
/// Stadt", `data-member`), by id.
pub fn snippet(d: &Dataset, member: Option<&str>) -> String {
    let json = serde_json::to_string(d)
        .unwrap_or_else(|_| unreachable!("a dataset holds only strings, numbers and lists"));
    let json = script_safe(&json);
    let comment = version_comment();
    let member = member
        .map(|id| format!(" data-member=\"{}\"", attribute_safe(id)))
        .unwrap_or_default();
    format!(
        "{comment}\n<div data-netzwerk-matrix{member}>\n<script type=\"application/json\">{json}</script>\n</div>\n<script src=\"{SCRIPT}\" defer></script>\n"
    )
}

/// Text safe inside a double-quoted HTML attribute.
pub fn attribute_safe(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
