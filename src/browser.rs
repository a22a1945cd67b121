//! The few things the shell asks of the browser directly: fetching a
//! same-origin dataset, saving a file, watching an element's size, and the
//! address fragment.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::validate::MAX_DATASET_BYTES;
use crate::core::{Problem, ProblemKind};

/// The widget's stylesheet, compacted by `build.rs` and adopted by each
/// shadow root. Adopted sheets are not inline styles, so a `style-src
/// 'self'` policy allows them.
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// Attaches an open shadow root with the widget's stylesheet to `host` and
/// returns a fresh element inside it to render into: the widget's styles
/// stay in, the host page's stay out.
pub fn styled_shadow_root(host: &web_sys::Element) -> Option<web_sys::Element> {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let shadow = host.attach_shadow(&init).ok()?;
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        if sheet.replace_sync(STYLE).is_ok() {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
    }
    let container = host.owner_document()?.create_element("div").ok()?;
    shadow.append_child(&container).ok()?;
    Some(container)
}

/// Moves focus to the element with `id` in the same document or shadow root
/// as `near` (an event's target, or the document): a widget's ids live in
/// its shadow root. Map marks are SVG elements, which focus too.
pub fn focus_in(near: Option<web_sys::EventTarget>, id: &str) {
    let Some(node) = near.and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else {
        return;
    };
    let root = node.get_root_node();
    let el = if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.get_element_by_id(id)
    } else {
        None
    };
    let Some(el) = el else {
        return;
    };
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
}

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

/// Calls `f` whenever one of `elements` changes size, until the returned
/// guard is dropped.
pub fn on_resize(elements: &[web_sys::Element], f: impl Fn() + 'static) -> Option<ResizeGuard> {
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    for el in elements {
        observer.observe(el);
    }
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

/// Fetches a dataset from a same-origin address. A foreign address is
/// refused before any request is made: the widget sends nothing to other
/// sites.
pub async fn fetch_text(src: &str) -> Result<String, Problem> {
    let load_error = |reason: String| {
        Problem::new(
            "",
            ProblemKind::Load {
                url: src.to_string(),
                reason,
            },
        )
    };
    let window = web_sys::window().ok_or_else(|| load_error("no window".into()))?;
    let document = window
        .document()
        .ok_or_else(|| load_error("no document".into()))?;
    let base = document
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| window.location().href().unwrap_or_default());
    let url = web_sys::Url::new_with_base(src, &base)
        .map_err(|_| load_error("invalid address".into()))?;
    let own_origin = window.location().origin().unwrap_or_default();
    if url.origin() != own_origin || !(url.protocol() == "https:" || url.protocol() == "http:") {
        return Err(Problem::new(
            "",
            ProblemKind::ForeignOrigin(src.to_string()),
        ));
    }
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), &init))
        .await
        .map_err(|e| load_error(js_message(&e)))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|e| load_error(js_message(&e)))?;
    if !response.ok() {
        return Err(load_error(format!("HTTP {}", response.status())));
    }
    let length = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if let Some(n) = length.filter(|&n| n > MAX_DATASET_BYTES) {
        return Err(Problem::new("", ProblemKind::TooLarge(n)));
    }
    let text = JsFuture::from(response.text().map_err(|e| load_error(js_message(&e)))?)
        .await
        .map_err(|e| load_error(js_message(&e)))?;
    text.as_string().ok_or_else(|| load_error("no text".into()))
}

fn js_message(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Calls `f` once, after the next frame is painted (in a task queued by
/// that frame's animation callback), or after 200 ms where no frame comes
/// (a page in a background tab paints none).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let f = std::cell::Cell::new(Some(f));
    let run = std::rc::Rc::new(move || {
        if let Some(f) = f.take() {
            f();
        }
    });
    let late = run.clone();
    gloo_timers::callback::Timeout::new(200, move || late()).forget();
    // Called once; the same closure type as the event listeners' costs no
    // more code.
    let next = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let run = run.clone();
        gloo_timers::callback::Timeout::new(0, move || run()).forget();
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(next.as_ref().unchecked_ref());
    }
    next.forget();
}

/// Calls `f` with the new fragment whenever the page's fragment changes,
/// until the returned guard is dropped.
pub fn on_hash_change(f: impl Fn(String) + 'static) -> Option<ListenerGuard> {
    on_window("hashchange", move || f(fragment()))
}

/// Calls `f` on each of the window's `event`, until the returned guard is
/// dropped.
pub fn on_window(event: &'static str, f: impl Fn() + 'static) -> Option<ListenerGuard> {
    let window = web_sys::window()?;
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    window
        .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
        .ok()?;
    Some(ListenerGuard {
        target: window.into(),
        event,
        callback,
    })
}

/// Removes its event listener when dropped.
pub struct ListenerGuard {
    target: web_sys::EventTarget,
    event: &'static str,
    callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for ListenerGuard {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(
            self.event,
            self.callback.as_ref().unchecked_ref(),
        );
    }
}

/// Calls `f` when Escape is pressed anywhere in the page, until the
/// returned guard is dropped: a box shown on hover can be dismissed
/// without moving the pointer (WCAG 1.4.13).
pub fn on_escape(f: impl Fn() + 'static) -> Option<EscapeGuard> {
    let window = web_sys::window()?;
    let callback = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(
        move |e: web_sys::KeyboardEvent| {
            if e.key() == "Escape" {
                f();
            }
        },
    );
    window
        .add_event_listener_with_callback("keydown", callback.as_ref().unchecked_ref())
        .ok()?;
    Some(EscapeGuard { window, callback })
}

/// Removes the Escape listener when dropped.
pub struct EscapeGuard {
    window: web_sys::Window,
    callback: wasm_bindgen::closure::Closure<dyn Fn(web_sys::KeyboardEvent)>,
}

impl Drop for EscapeGuard {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("keydown", self.callback.as_ref().unchecked_ref());
    }
}
