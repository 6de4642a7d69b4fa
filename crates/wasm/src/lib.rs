//! # jobspor-wasm
//!
//! The thin JavaScript API over `jobspor-core`, plus the widgets, as one WebAssembly module.
//! Every function takes plain JavaScript values (or JSON strings) and returns plain objects;
//! bad input returns an [`InputError`](jobspor_core::InputError) object
//! (`{error: "invalid_input", path, message, message_da}`) – nothing here throws or panics.
//! TypeScript declarations come from the Rust types (tsify) and the `unchecked_*_type`
//! attributes below.
//!
//! Cargo features choose the capabilities of one build: `cv` (default: the CV check and its
//! widget) and `smart` (the SMART check and its widget). `cargo xtask package` builds one module
//! per entry point of the npm package, so a page loads only what it uses.

#[cfg(feature = "cv")]
use jobspor_core::cv;
use jobspor_core::InputError;
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub use jobspor_widgets;

/// The resource calculator and the openings list (issue 19).
#[cfg(feature = "numbers")]
mod numbers;
/// The test-only trap for the recovery e2e test (`__jobsporTrap`).
mod trap;
/// For the tests (crates/wasm/tests): the feature-gated functions at the crate's root.
#[cfg(feature = "numbers")]
pub use numbers::{calculate_resources, check_openings, openings_from_csv, openings_to_csv, openings_to_demand};
#[cfg(feature = "plan")]
pub use plan_api::check_plan;

/// The stateful matcher of the job-order module: the order parsed once, `rank` streaming (issue 14).
#[cfg(feature = "joborder")]
mod matcher;
#[cfg(feature = "joborder")]
pub use matcher::{job_order_matcher, JobOrderMatcher};
/// Importing a CV from JSON Resume, Europass, HR Open or LinkedIn (issue 20): `jobspor/import`.
#[cfg(feature = "import")]
pub mod import;

/// The progression card and the work-placement follow-up (issue 18).
#[cfg(feature = "progress")]
pub mod progress;
/// The conversation guides and the indsatsplan (issue 17).
#[cfg(feature = "conversation")]
pub mod conversation;

#[wasm_bindgen(typescript_custom_section)]
const TS: &str = r#"
/** A CV as JSON text or as a plain object (see cv.schema.json). */
export type CvInput = Cv | string;
/** Options as JSON text or as a plain object. */
export type CvOptionsInput = CvOptions | string;
/** A job order as JSON text or as a plain object (see job-order.schema.json). */
export type JobOrderInput = JobOrder | string;
"#;

/// Turns a JS value (object or JSON string) into JSON text, or an error naming `what`.
fn to_json(value: &JsValue, what: &str) -> Result<Option<String>, InputError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(s) = value.as_string() {
        return Ok(Some(s));
    }
    match js_sys::JSON::stringify(value) {
        Ok(s) => Ok(s.as_string()),
        Err(_) => Err(InputError::new(
            "",
            format!("{what} could not be read as JSON (a cycle or a BigInt?)"),
            format!("{} kunne ikke læses som JSON", InputError::name_da(what)),
        )),
    }
}

/// Like [`to_json`], but `null`/`undefined` is an error ("the job order is missing").
#[cfg(feature = "joborder")]
fn required(value: &JsValue, what: &str, what_da: &str) -> Result<String, InputError> {
    to_json(value, what)?.ok_or_else(|| InputError::new("", format!("{what} is missing"), format!("{what_da} mangler")))
}

/// Serialises a result to a plain JS object.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    match serde_json::to_string(value) {
        Ok(s) => js_sys::JSON::parse(&s).unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    }
}

fn result_or_error<T: Serialize>(r: Result<T, InputError>) -> JsValue {
    match r {
        Ok(v) => to_js(&v),
        Err(e) => to_js(&e),
    }
}

/// Checks a CV for searchability (udsøgning) and selection quality.
///
/// Returns the result, or an `InputError` naming the offending field's path.
#[cfg(feature = "cv")]
#[wasm_bindgen(js_name = checkCv, unchecked_return_type = "CvResult | InputError")]
pub fn check_cv(
    #[wasm_bindgen(unchecked_param_type = "CvInput")] cv: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CvOptionsInput | undefined")] options: JsValue,
) -> JsValue {
    result_or_error((|| {
        let cv_json = to_json(&cv, "the CV")?
            .ok_or_else(|| InputError::new("", "the CV is missing", "CV'et mangler"))?;
        let opts = to_json(&options, "the options")?;
        cv::check_cv_json(&cv_json, opts.as_deref())
    })())
}

/// One CV rule by code (`"CV101"`) or name, or `undefined`.
#[cfg(feature = "cv")]
#[wasm_bindgen(js_name = cvRule, unchecked_return_type = "RuleMeta | undefined")]
pub fn cv_rule(code: &str) -> JsValue {
    cv::rules::rule(code).map(|r| to_js(r.meta())).unwrap_or(JsValue::UNDEFINED)
}

/// The Jobnet CV modules in Jobnet's order, with labels and conversation stage.
#[cfg(feature = "cv")]
#[wasm_bindgen(js_name = cvModules, unchecked_return_type = "ModuleInfo[]")]
pub fn cv_modules() -> JsValue {
    to_js(&cv::modules())
}

/// Checks one job goal or agreement against the SMART criteria (seed 003 §3.3, §5.2, §5.3).
///
/// `text` is the goal or agreement; `options` (object or JSON text, optional) may set `kind`
/// (`"agreement"`, the default, or `"goal"`), `today` (default: the browser's local date),
/// `next_meeting` and the thresholds (see smart-options.schema.json). Evidence offsets are UTF-16
/// code units, so `text.slice(e.start, e.end) === e.text`. Returns the result, or an `InputError`
/// naming the offending option.
///
/// Built only with the `smart` feature: the SMART analyser is its own module of the npm
/// package (`jobspor/smart`), so a page with the CV check doesn't load it (size budget).
#[cfg(feature = "smart")]
#[wasm_bindgen(js_name = checkSmart, unchecked_return_type = "SmartResult | InputError")]
pub fn check_smart(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SmartOptions | string | undefined")] options: JsValue,
) -> JsValue {
    use jobspor_core::smart;
    result_or_error((|| {
        let text = if text.is_undefined() || text.is_null() {
            String::new()
        } else {
            text.as_string().ok_or_else(|| InputError::new("", "the text must be a string", "teksten skal være en tekst (string)"))?
        };
        let mut opts = match to_json(&options, "the options")? {
            Some(o) if !o.trim().is_empty() => smart::parse_options(&o)?,
            _ => smart::SmartOptions::default(),
        };
        if opts.today.is_none() {
            let now = js_sys::Date::new_0();
            opts.today = Some(format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date()));
            opts.validate()?;
        }
        opts.offsets = smart::OffsetUnit::Utf16;
        smart::check_text_length(&text)?;
        Ok(smart::check_smart(&text, &opts))
    })())
}

/// Assesses which track a job-ready person goes on (sporvalg: Intensiv jobsøgning,
/// Uddannelsesløft or Risiko for langtidsledighed), with the rules that fired, what the other
/// tracks would require, the core elements of the track and the nearest configured archetype.
///
/// `profile` and `config` are objects or JSON text (see track-profile.schema.json and
/// track-config.schema.json); `config` is optional. Returns the result, or an `InputError` naming
/// the offending field's path. Fields a profile must not carry (ethnicity, origin) are ignored.
#[cfg(feature = "track")]
#[wasm_bindgen(js_name = assignTrack, unchecked_return_type = "TrackResult | InputError")]
pub fn assign_track(
    #[wasm_bindgen(unchecked_param_type = "TrackProfile | string")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "TrackConfig | string | undefined")] config: JsValue,
) -> JsValue {
    result_or_error((|| {
        let p = to_json(&profile, "the profile")?.ok_or_else(|| InputError::new("", "the profile is missing", "profilen mangler"))?;
        let c = to_json(&config, "the configuration")?;
        jobspor_core::track::assign_track_json(&p, c.as_deref())
    })())
}

/// Checks an ABC job plan (seed 004): per row the class its three circles – wish, competences,
/// the labour market's demand – point to (`A`, `B`, `C` or `unrealistic`) with the reason, the
/// findings (a missing letter, rows in one occupational area, a row without functions,
/// companies, who or when, …) and the suggested search focus by weeks unemployed.
///
/// `plan` and `config` are objects or JSON text (see abc-plan.schema.json and
/// abc-config.schema.json); `config` is optional and carries the host's demand data. Returns the
/// result, or an `InputError` naming the offending field's path.
#[cfg(feature = "abc")]
#[wasm_bindgen(js_name = checkAbcPlan, unchecked_return_type = "AbcResult | InputError")]
pub fn check_abc_plan(
    #[wasm_bindgen(unchecked_param_type = "AbcPlan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AbcConfig | string | undefined")] config: JsValue,
) -> JsValue {
    result_or_error((|| {
        let p = to_json(&plan, "the plan")?.ok_or_else(|| InputError::new("", "the plan is missing", "planen mangler"))?;
        let c = to_json(&config, "the configuration")?;
        jobspor_core::abc::check_abc_plan_json(&p, c.as_deref())
    })())
}

/// Jobspor's invented sample demand data (`config.demand`), marked as such in its `$comment`:
/// not STAR's figures. For demos and tests; a host passes its own data.
#[cfg(feature = "abc")]
#[wasm_bindgen(js_name = sampleDemand, unchecked_return_type = "Record<string, Record<string, Demand | string> | string>")]
pub fn sample_demand() -> JsValue {
    js_sys::JSON::parse(jobspor_core::abc::SAMPLE_DEMAND).unwrap_or(JsValue::NULL)
}

/// Checks a job order (jobordre): is it fit for a Jobnet search (title, qualifications, the
/// requirements and which are mandatory), and what does the selection, the facts and the contact
/// still need (seed 002 §4.1, seed 003 §6.1)?
///
/// `order` is an object or JSON text (see job-order.schema.json). Returns `{searchable, findings}`,
/// or an `InputError` naming the offending field's path.
#[cfg(feature = "joborder")]
#[wasm_bindgen(js_name = checkJobOrder, unchecked_return_type = "JobOrderResult | InputError")]
pub fn check_job_order(#[wasm_bindgen(unchecked_param_type = "JobOrderInput")] order: JsValue) -> JsValue {
    result_or_error(required(&order, "the job order", "jobordren").and_then(|o| jobspor_core::joborder::check_job_order_json(&o)))
}

/// Would a Jobnet search made from the job order find this CV? `found`, the `blocking`
/// requirements with their reason and fix, the nice-to-haves met and the `rank_score`.
///
/// `cv`, `order` and `options` (optional, `MatchOptions`) are objects or JSON text. Returns the
/// result, or an `InputError` naming the offending field's path (`order.…`, `cv.…`).
///
/// In the job-order module only: the CV entry (`jobspor.js`) re-exports it as an async function
/// that loads this module on first use – the matcher would take the CV module over its budget.
#[cfg(feature = "joborder")]
#[wasm_bindgen(js_name = matchCv, unchecked_return_type = "MatchResult | InputError")]
pub fn match_cv(
    #[wasm_bindgen(unchecked_param_type = "CvInput")] cv: JsValue,
    #[wasm_bindgen(unchecked_param_type = "JobOrderInput")] order: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MatchOptions | string | undefined")] options: JsValue,
) -> JsValue {
    with_order(&cv, ("the CV", "CV'et"), &order, &options, jobspor_core::joborder::match_cv_json)
}

/// Runs `f(first, order, options)` on JSON text: `first` (the CV or the CVs) and the order are
/// required, the options optional.
#[cfg(feature = "joborder")]
fn with_order<T: Serialize>(
    first: &JsValue,
    (what, what_da): (&str, &str),
    order: &JsValue,
    options: &JsValue,
    f: fn(&str, &str, Option<&str>) -> Result<T, InputError>,
) -> JsValue {
    result_or_error((|| {
        let first = required(first, what, what_da)?;
        let order = required(order, "the job order", "jobordren")?;
        let opts = to_json(options, "the options")?;
        f(&first, &order, opts.as_deref())
    })())
}

/// Ranks CVs against a job order (the gross list): found ones first by `rank_score`, and how many
/// each requirement hid – the figure a company consultant needs to relax a requirement.
///
/// `cvs` is an array of CVs (or its JSON text); `order` and `options` as for `matchCv`.
#[cfg(feature = "joborder")]
#[wasm_bindgen(js_name = rankCvs, unchecked_return_type = "RankResult | InputError")]
pub fn rank_cvs(
    #[wasm_bindgen(unchecked_param_type = "Cv[] | string")] cvs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "JobOrderInput")] order: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MatchOptions | string | undefined")] options: JsValue,
) -> JsValue {
    with_order(&cvs, ("the CVs", "CV'erne"), &order, &options, jobspor_core::joborder::rank_cvs_json)
}


/// One `…Rules()` export per check: every rule's metadata in code order, typed with the TypeScript
/// name of the check's rule description (`RuleMeta` for the CV, `TrackRuleMeta`, and
/// `CheckRuleMeta` for the ABC plan and the job order). Docs and examples are in it only in the
/// modules built with the core's `docs` feature (the CV module, whose widget shows them).
macro_rules! rules_export {
    ($($feature:literal, $js:ident, $name:ident, $check:ty, $ts:literal;)*) => {
        $(
            #[doc = concat!("Every rule's metadata of the `", $feature, "` check, in code order.")]
            #[cfg(feature = $feature)]
            #[wasm_bindgen(js_name = $js, unchecked_return_type = $ts)]
            pub fn $name() -> JsValue {
                to_js(&<$check as jobspor_core::Check>::rules())
            }
        )*
    };
}

rules_export! {
    "cv", cvRules, cv_rules, jobspor_core::check::CvCheck, "RuleMeta[]";
    "track", trackRules, track_rules, jobspor_core::check::TrackCheck, "TrackRuleMeta[]";
    "abc", abcRules, abc_rules, jobspor_core::check::AbcCheck, "CheckRuleMeta[]";
    "joborder", jobOrderRules, job_order_rules, jobspor_core::check::JobOrderCheck, "CheckRuleMeta[]";
}

/// The plan check (issue 16), behind the `plan` feature: one self-contained block.
#[cfg(feature = "plan")]
mod plan_api {
    use super::*;

    /// Checks the chain – Min Plan's jobmål, jobspor, activities and agreements, the CV's "Jeg
    /// søger job som" and the joblog – and writes the summary for the next conversation
    /// (applications per week and jobspor against "krav til jobsøgning", the gaps as prompts).
    ///
    /// `plan` is an object or JSON text (see plan.schema.json); `options` is `{cv, joblog, today,
    /// …}` (plan-options.schema.json), optional. Returns the result, or an `InputError` naming the
    /// offending field's path.
    #[wasm_bindgen(js_name = checkPlan, unchecked_return_type = "PlanResult | InputError")]
    pub fn check_plan(
        #[wasm_bindgen(unchecked_param_type = "MinPlan | string")] plan: JsValue,
        #[wasm_bindgen(unchecked_param_type = "PlanOptions | string | undefined")] options: JsValue,
    ) -> JsValue {
        result_or_error((|| {
            let p = to_json(&plan, "the plan")?.ok_or_else(|| InputError::new("", "the plan is missing", "planen mangler"))?;
            let o = to_json(&options, "the options")?;
            jobspor_core::plan::check_plan_json(&p, o.as_deref())
        })())
    }

    /// Every plan rule's metadata, in code order.
    #[wasm_bindgen(js_name = planRules, unchecked_return_type = "CheckRuleMeta[]")]
    pub fn plan_rules() -> JsValue {
        to_js(&<jobspor_core::check::PlanCheck as jobspor_core::Check>::rules())
    }
}

/// The package version.
/// What the occupation recogniser finds in a text (a job title, a job goal, a "jeg søger job som"
/// entry): the title, its area and DISCO-08 group, how it was recognised (`listed`, `synonym`,
/// `compound_head`, `typo`, `host_list`) and the near misses. `hostTitles` (optional): the host's
/// own titles (`[{title, area?, disco?, synonyms?}]`, object or JSON text); they win. An empty text,
/// more than 500 characters or control characters give an `InputError` with path `text`.
/// In the SMART module (`jobspor/smart`), which has the room for it.
#[cfg(feature = "smart")]
#[wasm_bindgen(js_name = resolveOccupation, unchecked_return_type = "OccupationResolution | InputError")]
pub fn resolve_occupation(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "HostTitle[] | string | undefined")] host_titles: JsValue,
) -> JsValue {
    result_or_error((|| {
        let Some(text) = text.as_string() else {
            return Err(InputError::new("text", "the text must be a string", "teksten skal være en tekst (string)"));
        };
        let host: Vec<jobspor_core::lexicon::HostTitle> = match to_json(&host_titles, "hostTitles")? {
            Some(json) => InputError::parse_json("hostTitles", &json)?,
            None => Vec::new(),
        };
        jobspor_core::lexicon::resolve_occupation_with(&text, &host)
    })())
}

#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
