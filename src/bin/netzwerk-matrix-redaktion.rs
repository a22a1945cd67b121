//! Entry point of the editor's WebAssembly build (`dist/redaktion.html`):
//! mounts the editor. Natively it does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    netzwerk_matrix::editor::start();
}
