//! The stateful matcher of the job-order module (issue 14): `jobOrderMatcher(order, options)`
//! parses and prepares the job order once; the `JobOrderMatcher` it returns searches one CV
//! (`match`, `matchJson`) or ranks many into a compact gross list (`rank` over NDJSON text, a
//! JSON array's text, an array or any iterable of CVs; `push` + `finish` for a stream of NDJSON
//! chunks). The CVs are read and judged one at a time and none is kept, so the module's memory
//! stays about the same whatever the number of CVs (a long NDJSON text is read in pieces of
//! [`PIECE`] characters); the result is columns of typed arrays instead of one object per CV.
//! `free()` releases the matcher. Nothing throws: bad input gives an `InputError`.

use super::*;
use jobspor_core::joborder::{self as jo, CompactRank, JobOrder, MatchOptions, Matcher, Ranker};

#[wasm_bindgen(typescript_custom_section)]
const TS: &str = r#"
/** The compact gross list of `JobOrderMatcher.rank`: entry `k` (in gross-list order) is the CV
 * `index[k]` of the input, `found[k]` is 1 when the search finds it, `score[k]` its rank_score,
 * and its blocking codes are `blocking[blocking_offsets[k] .. blocking_offsets[k + 1]]`; code `c`
 * means `codes[c]` (0 the CV isn't searchable, 1 the occupation, 2 the municipality, 3 + i the
 * order's requirements[i]). `totals` and `hidden_by` are rankCvs's. */
export interface CompactRank {
  totals: RankTotals;
  hidden_by: HiddenBy[];
  codes: BlockRef[];
  index: Uint32Array;
  found: Uint8Array;
  score: Uint8Array;
  blocking_offsets: Uint32Array;
  blocking: Uint32Array;
}
/** CVs for `JobOrderMatcher.rank`: NDJSON text (one CV per line), a JSON array's text, or an
 * array / iterable of CVs (objects or JSON text). */
export type CvsInput = string | Iterable<Cv | string>;
"#;

/// Characters of NDJSON text read into the module at a time.
const PIECE: u32 = 1 << 20;

/// A job order parsed and prepared once, for many searches (see the module docs).
#[wasm_bindgen(js_name = JobOrderMatcher)]
pub struct JobOrderMatcher {
    order: JobOrder,
    options: MatchOptions,
    /// The gross list of `push`ed chunks so far, and the unfinished last line.
    stream: Option<(Ranker, String)>,
}

/// Parses and prepares a job order (object or JSON text) with optional `MatchOptions` once: the
/// `JobOrderMatcher` to search and rank with, or an `InputError` (`order.…`, `options.…`). Free
/// it with `.free()` when done.
#[wasm_bindgen(js_name = jobOrderMatcher, unchecked_return_type = "JobOrderMatcher | InputError")]
pub fn job_order_matcher(
    #[wasm_bindgen(unchecked_param_type = "JobOrderInput")] order: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MatchOptions | string | undefined")] options: JsValue,
) -> JsValue {
    let made = (|| {
        let order = required(&order, "the job order", "jobordren")?;
        let options = to_json(&options, "the options")?;
        jo::prepare_json(&order, options.as_deref())
    })();
    match made {
        Ok((order, options)) => JobOrderMatcher { order, options, stream: None }.into(),
        Err(e) => to_js(&e),
    }
}

/// The CV's JSON text, or the error naming its index `at`.
fn cv_text(value: &JsValue, at: usize) -> Result<String, InputError> {
    to_json(value, "the CV")?.ok_or_else(|| InputError::new(format!("cvs[{at}]"), "the CV is missing", "CV'et mangler"))
}

#[wasm_bindgen(js_class = JobOrderMatcher)]
impl JobOrderMatcher {
    /// Would the search find this CV (object or JSON text)? As `matchCv` with this order.
    #[wasm_bindgen(js_name = match, unchecked_return_type = "MatchResult | InputError")]
    pub fn match_cv(&self, #[wasm_bindgen(unchecked_param_type = "CvInput")] cv: JsValue) -> JsValue {
        result_or_error(required(&cv, "the CV", "CV'et").and_then(|cv| jo::match_cv_with(&cv, &self.order, &self.options)))
    }

    /// `match` from JSON text to JSON text (the `MatchResult` or the `InputError`): no object is
    /// built on either side (the CV widget's keystrokes).
    #[wasm_bindgen(js_name = matchJson)]
    pub fn match_json(&self, cv: &str) -> String {
        let r = jo::match_cv_with(cv, &self.order, &self.options);
        match r {
            Ok(v) => serde_json::to_string(&v),
            Err(e) => serde_json::to_string(&e),
        }
        .unwrap_or_else(|_| "null".into())
    }

    /// The job order's title (as the matcher read it), for hosts that show it.
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> String {
        self.order.title.clone()
    }

    /// Ranks CVs into the compact gross list: NDJSON text (one CV per line, blank lines skipped),
    /// a JSON array's text, or an array / iterable of CVs (objects or JSON text). A problem in a
    /// CV gives an `InputError` with the path `cvs[k].…`.
    #[wasm_bindgen(unchecked_return_type = "CompactRank | InputError")]
    pub fn rank(&self, #[wasm_bindgen(unchecked_param_type = "CvsInput")] cvs: JsValue) -> JsValue {
        let m = Matcher::new(&self.order, &self.options);
        let mut r = Ranker::new(&m);
        let read = (|| {
            if let Some(text) = cvs.dyn_ref::<js_sys::JsString>() {
                return push_text(&m, &mut r, text);
            }
            let Ok(Some(items)) = js_sys::try_iter(&cvs) else {
                return Err(InputError::new("", "the CVs must be NDJSON text, a JSON array or an iterable of CVs", "CV'erne skal være NDJSON-tekst, et JSON-array eller en række CV'er"));
            };
            // Objects go in batches of BATCH through one JSON.stringify each (a call per CV
            // across the boundary costs more than the CV); JSON text goes one by one.
            let batch = js_sys::Array::new();
            for item in items {
                let at = r.len() + batch.length() as usize;
                let item = item.map_err(|_| InputError::new(format!("cvs[{at}]"), "the CVs could not be read", "CV'erne kunne ikke læses"))?;
                if item.is_string() {
                    push_batch(&m, &mut r, &batch)?;
                    jo::push_cv_json(&m, &mut r, &cv_text(&item, at)?)?;
                } else if item.is_object() {
                    batch.push(&item);
                    if batch.length() >= BATCH {
                        push_batch(&m, &mut r, &batch)?;
                    }
                } else {
                    return Err(InputError::new(format!("cvs[{at}]"), "a CV must be an object or JSON text", "et CV skal være et objekt eller JSON-tekst"));
                }
            }
            push_batch(&m, &mut r, &batch)
        })();
        match read {
            Ok(()) => compact_js(r.finish_compact(&self.order)),
            Err(e) => to_js(&e),
        }
    }

    /// Adds a chunk of NDJSON text to the gross list being built (a line may run on into the
    /// next chunk): `undefined`, or an `InputError` (the stream is then dropped). `finish()` gives
    /// the result.
    #[wasm_bindgen(unchecked_return_type = "InputError | undefined")]
    pub fn push(&mut self, chunk: &str) -> JsValue {
        let m = Matcher::new(&self.order, &self.options);
        let (mut r, mut tail) = self.stream.take().unwrap_or_else(|| (Ranker::new(&m), String::new()));
        let done = match chunk.rfind('\n') {
            Some(at) => {
                tail.push_str(&chunk[..at]);
                let r2 = jo::push_ndjson(&m, &mut r, &tail);
                tail.clear();
                tail.push_str(&chunk[at + 1..]);
                r2
            }
            None => {
                tail.push_str(chunk);
                Ok(())
            }
        };
        match done {
            Ok(()) => {
                self.stream = Some((r, tail));
                JsValue::UNDEFINED
            }
            Err(e) => to_js(&e),
        }
    }

    /// The gross list of the chunks `push`ed (the last line too), and a fresh start.
    #[wasm_bindgen(unchecked_return_type = "CompactRank | InputError")]
    pub fn finish(&mut self) -> JsValue {
        let m = Matcher::new(&self.order, &self.options);
        let (mut r, tail) = self.stream.take().unwrap_or_else(|| (Ranker::new(&m), String::new()));
        match jo::push_ndjson(&m, &mut r, &tail) {
            Ok(()) => compact_js(r.finish_compact(&self.order)),
            Err(e) => to_js(&e),
        }
    }
}

/// NDJSON text read in pieces of about [`PIECE`] characters cut at line ends (the whole text is
/// never copied into the module); a JSON array's text (starting with `[`) is read whole.
fn push_text(m: &Matcher, r: &mut Ranker, text: &js_sys::JsString) -> Result<(), InputError> {
    let len = text.length();
    let start = text.trim_start();
    if start.char_code_at(0) == f64::from(b'[') {
        return jo::push_cvs_json(m, r, &String::from(text));
    }
    let mut from = 0u32;
    while from < len {
        let end = if len - from <= PIECE {
            len
        } else {
            match text.index_of("\n", (from + PIECE) as i32) {
                -1 => len,
                at => at as u32 + 1,
            }
        };
        let piece = String::from(text.slice(from, end));
        jo::push_ndjson(m, r, &piece)?;
        from = end;
    }
    Ok(())
}

/// CV objects stringified together.
const BATCH: u32 = 1000;

/// Pushes the CVs of `batch` (JS objects) and empties it; errors name the CV's index in the
/// whole ranking.
fn push_batch(m: &Matcher, r: &mut Ranker, batch: &js_sys::Array) -> Result<(), InputError> {
    if batch.length() == 0 {
        return Ok(());
    }
    let offset = r.len();
    let text = to_json(batch, "the CVs")?.unwrap_or_default();
    batch.set_length(0);
    jo::push_cvs_json(m, r, &text).map_err(|mut e| {
        // `cvs[k].…` of the batch → of the whole ranking.
        if let Some((k, rest)) = e.path.strip_prefix("cvs[").and_then(|p| p.split_once(']')) {
            if let Ok(k) = k.parse::<usize>() {
                e.path = format!("cvs[{}]{rest}", k + offset);
            }
        }
        e
    })
}

/// The compact result as a JS object with typed arrays.
fn compact_js(c: CompactRank) -> JsValue {
    let o = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    set("totals", to_js(&c.totals));
    set("hidden_by", to_js(&c.hidden_by));
    set("codes", to_js(&c.codes));
    set("index", js_sys::Uint32Array::from(&c.index[..]).into());
    set("found", js_sys::Uint8Array::from(&c.found[..]).into());
    set("score", js_sys::Uint8Array::from(&c.score[..]).into());
    set("blocking_offsets", js_sys::Uint32Array::from(&c.blocking_offsets[..]).into());
    set("blocking", js_sys::Uint32Array::from(&c.blocking[..]).into());
    o.into()
}
