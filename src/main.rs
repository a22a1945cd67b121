//! Entry point of the WebAssembly build: mounts the widgets. Natively it
//! does nothing; the native binaries live in `src/bin/`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    netzwerk_matrix::mount::start();
}

// Talc: smaller than the standard dlmalloc in WebAssembly, and faster.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
