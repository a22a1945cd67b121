//! What the editor asks of the browser: reading a chosen or dropped file,
//! the draft in this browser's storage, the question before leaving with
//! unsaved changes, the keyboard shortcuts and the clipboard. Nothing here
//! sends anything anywhere.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::model::Dataset;
use crate::core::validate::MAX_DATASET_BYTES;

/// Where the draft is kept: this page's key in this browser's storage.
const DRAFT_KEY: &str = "netzwerk-matrix-redaktion:entwurf";

/// Why a file could not be read at all.
pub enum ReadError {
    TooLarge,
    Unreadable,
}

/// Reads a chosen or dropped file as text, refusing one over the size
/// limit before reading it.
pub async fn read_file(file: web_sys::File) -> Result<(String, String), ReadError> {
    if file.size() > MAX_DATASET_BYTES as f64 {
        return Err(ReadError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    let text = text.as_string().ok_or(ReadError::Unreadable)?;
    Ok((file.name(), text))
}

/// Resolves once the next frame is painted: work queued after it does not
/// hold back what the page has just been told to show.
pub async fn painted() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        crate::browser::after_paint(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = JsFuture::from(promise).await;
}

/// A file's size as a reader writes it: "3,1 MB", "820 KB".
pub fn size_text(bytes: f64, lang: crate::core::Lang) -> String {
    let (value, unit) = if bytes >= 1_000_000.0 {
        (bytes / 1_000_000.0, "MB")
    } else {
        (bytes / 1000.0, "KB")
    };
    let text = format!("{value:.1} {unit}");
    match lang {
        crate::core::Lang::De => text.replace('.', ","),
        crate::core::Lang::En => text,
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft, as (file as opened, dataset as edited).
#[derive(serde::Deserialize)]
struct Draft {
    original: Dataset,
    dataset: Dataset,
}

/// The same, written without copying either dataset.
#[derive(serde::Serialize)]
struct DraftRef<'a> {
    original: &'a Dataset,
    dataset: &'a Dataset,
}

/// Keeps the work in this browser, for this page only, so a reload loses
/// nothing. Removed again when there is nothing to keep. Returns false when
/// the draft does not fit into the browser's storage: then no stale draft
/// is left behind either, and the Redaktion is told.
pub fn store_draft(original: &Dataset, dataset: &Dataset) -> bool {
    let Some(storage) = storage() else {
        return true;
    };
    if original == dataset {
        let _ = storage.remove_item(DRAFT_KEY);
        return true;
    }
    let Ok(text) = serde_json::to_string(&DraftRef { original, dataset }) else {
        return true;
    };
    if storage.set_item(DRAFT_KEY, &text).is_err() {
        let _ = storage.remove_item(DRAFT_KEY);
        return false;
    }
    true
}

/// The stored draft, if there is a readable one.
pub fn load_draft() -> Option<(Dataset, Dataset)> {
    let text = storage()?.get_item(DRAFT_KEY).ok()??;
    let draft: Draft = serde_json::from_str(&text).ok()?;
    Some((draft.original, draft.dataset))
}

pub fn clear_draft() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(DRAFT_KEY);
    }
}

/// Removes its listener when dropped.
pub struct Listener {
    target: web_sys::EventTarget,
    kind: &'static str,
    callback: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.callback.as_ref().unchecked_ref());
    }
}

/// Listens for `kind` on the window.
pub fn on_window(kind: &'static str, f: impl Fn(web_sys::Event) + 'static) -> Option<Listener> {
    let target: web_sys::EventTarget = web_sys::window()?.into();
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(f);
    target
        .add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener {
        target,
        kind,
        callback,
    })
}

/// Asks before the page is left while `unsaved` says so.
pub fn ask_before_leaving(unsaved: impl Fn() -> bool + 'static) -> Option<Listener> {
    on_window("beforeunload", move |e| {
        if unsaved() {
            e.prevent_default();
            if let Some(e) = e.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                // Older engines ask only when a text is set.
                e.set_return_value("unsaved");
            }
        }
    })
}

/// Whether a key event belongs to a text field, whose own undo must keep
/// working while the Redaktion types.
pub fn in_text_field(e: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match el.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        "input" => !matches!(
            el.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "button" | "submit" | "file")
        ),
        _ => false,
    }
}

/// Copies `text` to the clipboard. Resolves to false where the browser
/// refuses, so the page can offer the text to copy by hand.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Moves focus to the element with this id in the page, if there is one.
pub fn focus(id: &str) {
    let document = web_sys::window().and_then(|w| w.document());
    crate::browser::focus_in(document.map(Into::into), id);
}

/// The page's `lang` query parameter.
pub fn query_lang() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    crate::core::url::decode_pairs(search.trim_start_matches('?'))
        .into_iter()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v)
}
