//! Entry point of the WebAssembly build: mounts the widgets. Natively it
//! does nothing; the native binaries live in `src/bin/`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    netzwerk_matrix::mount::start();
}
