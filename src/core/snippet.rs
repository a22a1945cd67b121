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

/// Where the widget's files live on the website when the Redaktion names
/// no place: the folder the README suggests.
pub const DEFAULT_BASE: &str = "/netzwerk-matrix/";

/// Why a typed place of the files cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseProblem {
    /// A scheme other than http(s), such as `javascript:` or `file:`.
    Scheme,
    /// A space, quotation mark, angle bracket, `?` or `#`: not part of a folder's address.
    Character,
}

/// The folder of the widget's files as the snippet writes it: always
/// absolute, so the snippet works on any page of the site, never relative
/// to the page it is pasted into. An empty entry is [`DEFAULT_BASE`]; a
/// path without its leading `/` gets one; every folder ends with `/`.
/// `https://…` and `//host/…` stay as typed.
pub fn files_base(typed: &str) -> Result<String, BaseProblem> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(DEFAULT_BASE.to_string());
    }
    if typed
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>?#`\\".contains(c))
    {
        return Err(BaseProblem::Character);
    }
    let lower = typed.to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    let first_slash = typed.find('/').unwrap_or(typed.len());
    if !web && typed[..first_slash].contains(':') {
        return Err(BaseProblem::Scheme);
    }
    let mut base = if web || typed.starts_with('/') {
        typed.to_string()
    } else {
        format!("/{typed}")
    };
    if !base.ends_with('/') {
        base.push('/');
    }
    Ok(base)
}

/// Prerendered widget HTML as a declarative shadow root, styled by
/// `netzwerk-matrix.css` from `base` ("" for beside the page): the page
/// shows it at static-HTML speed and without JavaScript, and the widget
/// takes that shadow root over when it starts.
pub fn shadow_template(html: &str, base: &str) -> String {
    format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}netzwerk-matrix.css\"><div class=\"nm-prerendered\">{html}</div></template>",
        attribute_safe(base)
    )
}

/// The snippet for `d`: the version comment, the element with the
/// prerendered matrix (where given, as [`shadow_template`] writes it) and
/// the data inline, and the script from `base` (see [`files_base`]).
/// `member` is the page's own member ("Ihre Stadt", `data-member`), by id.
pub fn snippet(d: &Dataset, member: Option<&str>, base: &str, prerendered: Option<&str>) -> String {
    let json = serde_json::to_string(d)
        .unwrap_or_else(|_| unreachable!("a dataset holds only strings, numbers and lists"));
    let inner = format!(
        "{}\n<script type=\"application/json\">{}</script>\n",
        prerendered
            .map(|html| shadow_template(html, base))
            .unwrap_or_default(),
        script_safe(&json)
    );
    element(member, &inner, base)
}

/// Every snippet's frame: the version comment, the mount element (with
/// `data-member` where given) around `inner`, and the script from `base`.
/// The build's prerendered snippets, which carry no data, use it directly.
pub fn element(member: Option<&str>, inner: &str, base: &str) -> String {
    let member = member
        .map(|id| format!(" data-member=\"{}\"", attribute_safe(id)))
        .unwrap_or_default();
    format!(
        "{}\n<div data-netzwerk-matrix{member}>{inner}</div>\n<script src=\"{}{SCRIPT}\" defer></script>\n",
        version_comment(),
        attribute_safe(base)
    )
}

/// Text safe inside a double-quoted HTML attribute.
pub fn attribute_safe(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
