//! Entry point of the editor's WebAssembly build (`dist/redaktion.html`):
//! mounts the editor. Natively it does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    netzwerk_matrix::editor::start();
}

// The same allocator as the widget's (src/main.rs).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
