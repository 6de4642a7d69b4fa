//! The test-only trap (issue 13): `__jobsporTrap()` executes `unreachable`, as a panic does under
//! `panic = "abort"`, so the e2e test can show that the widgets recover (pkg-config/recovery.js).
//! Not in the TypeScript types nor the entries' exports; nothing a citizen types reaches it –
//! only a script on the page that imports the glue itself can call it.

use wasm_bindgen::prelude::*;

/// Traps the module instance (a WebAssembly.RuntimeError: unreachable).
#[wasm_bindgen(js_name = __jobsporTrap, skip_typescript)]
pub fn force_trap() {
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
}
