//! The few things the shell asks of the browser directly: saving a file and
//! watching an element's size.

use wasm_bindgen::JsCast;

/// Offers `text` as a file download. The file is made in the page from a
/// Blob; nothing is sent anywhere.
pub fn download(file_name: &str, mime: &str, text: &str) {
    // A failure here leaves the page as it was; there is nothing better to
    // do than not download.
    let _ = try_download(file_name, mime, text);
}

fn try_download(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// Calls `f` whenever the element behind `node` changes size, until the
/// returned guard is dropped.
pub fn on_resize(node: &yew::NodeRef, f: impl Fn() + 'static) -> Option<ResizeGuard> {
    let el = node.cast::<web_sys::Element>()?;
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&el);
    Some(ResizeGuard {
        observer,
        _callback: callback,
    })
}

/// Disconnects its observer when dropped.
pub struct ResizeGuard {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for ResizeGuard {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The page address's fragment, with its `#`, or empty.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the page address's fragment without a new history entry, a
/// scroll jump or a `hashchange` event.
pub fn replace_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let url = if fragment.is_empty() {
        base
    } else {
        format!("{base}#{fragment}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
