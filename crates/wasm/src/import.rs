//! Importing a CV (issue 20), behind the `import` feature: the package's lazily loaded
//! `jobspor/import` entry (its own WebAssembly module, so the CV module stays in its budget).

use super::{result_or_error, to_json};
use jobspor_core::{import, InputError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS: &str = r#"
/** Options of importCv: `format` forces a format (default: detected from the content). */
export interface ImportOptions { format?: "json-resume" | "hr-open" | "europass" | "linkedin" | "jobspor" }
"#;

/// Reads a CV from JSON Resume, HR Open Candidate JSON, Europass XML (or a Europass PDF with the
/// XML inside) or LinkedIn's export (the zip or one CSV file): `{cv, report}` – the report names
/// every field mapped, dropped (and why) and guessed, and the "Jeg søger job som" proposals the
/// citizen confirms. `input` is the file's bytes (`Uint8Array` / `ArrayBuffer`) or its text. The
/// format is detected from the content unless `options.format` is given. Anything else returns an
/// `InputError` saying what to do instead (a Word file, a PDF without Europass XML).
#[wasm_bindgen(js_name = importCv, unchecked_return_type = "Imported | InputError")]
pub fn import_cv(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer | string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ImportOptions | undefined")] options: JsValue,
) -> JsValue {
    result_or_error((|| {
        let bytes: Vec<u8> = if let Some(s) = input.as_string() {
            s.into_bytes()
        } else if input.is_instance_of::<js_sys::ArrayBuffer>() {
            js_sys::Uint8Array::new(&input).to_vec()
        } else if input.is_instance_of::<js_sys::Uint8Array>() {
            let a = js_sys::Uint8Array::from(input.clone());
            if a.length() as usize > import::MAX_INPUT_BYTES {
                return Err(InputError::new("", "the file is larger than 10 MB", "filen er større end 10 MB"));
            }
            a.to_vec()
        } else {
            return Err(InputError::new("", "give the file as a Uint8Array, an ArrayBuffer or a text", "giv filen som Uint8Array, ArrayBuffer eller tekst"));
        };
        let format = if options.is_object() {
            js_sys::Reflect::get(&options, &JsValue::from_str("format")).ok().and_then(|f| f.as_string())
        } else {
            None
        };
        let format = format.filter(|f| !f.is_empty()).map(|f| import::Format::parse(&f)).transpose()?;
        import::import_cv(&bytes, format)
    })())
}

/// A CV (object or JSON text) as a JSON Resume document (the fields JSON Resume lacks under
/// `meta.jobspor`, which importCv reads back).
#[wasm_bindgen(js_name = exportJsonResume, unchecked_return_type = "object | InputError")]
pub fn export_json_resume(#[wasm_bindgen(unchecked_param_type = "CvInput")] cv: JsValue) -> JsValue {
    result_or_error((|| {
        let json = to_json(&cv, "the CV")?.ok_or_else(|| InputError::new("", "the CV is missing", "CV'et mangler"))?;
        let cv = jobspor_core::cv::parse_cv(&json)?;
        Ok(import::export_json_resume(&cv))
    })())
}
