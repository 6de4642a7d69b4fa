//! The job centre's own numbers (issue 19), behind the `numbers` feature: the resource
//! calculator and the openings list (brancheredskab). Self-contained: the widgets and a package
//! entry come later.

use super::{result_or_error, to_js, to_json};
use jobspor_core::InputError;
use wasm_bindgen::prelude::*;

fn missing(what: &str, what_da: &str) -> InputError {
    InputError::new("", format!("{what} is missing"), format!("{what_da} mangler"))
}

/// The resource calculator (Ressourceberegner, seed 004): the whole group's and the intensified
/// share's conversations a year, the Årsværk table, the covering cells, the capacity figure and
/// the seed's warnings. `input` is `{citizens, days, weeks, intensified, …}` (object or JSON
/// text); `config` optional. Returns the result, or an `InputError` naming the field.
#[wasm_bindgen(js_name = calculateResources, unchecked_return_type = "ResourceResult | InputError")]
pub fn calculate_resources(
    #[wasm_bindgen(unchecked_param_type = "ResourceInput | string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ResourceConfig | string | undefined")] config: JsValue,
) -> JsValue {
    result_or_error((|| {
        let i = to_json(&input, "the calculator's input")?.ok_or_else(|| missing("the calculator's input", "beregnerens input"))?;
        let c = to_json(&config, "the configuration")?;
        jobspor_core::resources::calculate_resources_json(&i, c.as_deref())
    })())
}

/// Checks an openings list: each item's status and ageing (yellow after 1 week, red after 2),
/// the statistics by trade and job function, and the findings. `config.today` gives the ageing.
#[wasm_bindgen(js_name = checkOpenings, unchecked_return_type = "OpeningsResult | InputError")]
pub fn check_openings(
    #[wasm_bindgen(unchecked_param_type = "OpeningsList | string")] list: JsValue,
    #[wasm_bindgen(unchecked_param_type = "OpeningsConfig | string | undefined")] config: JsValue,
) -> JsValue {
    result_or_error((|| {
        let l = to_json(&list, "the openings list")?.ok_or_else(|| missing("the openings list", "listen over åbninger"))?;
        let c = to_json(&config, "the configuration")?;
        jobspor_core::openings::check_openings_json(&l, c.as_deref())
    })())
}

fn parse_list(list: &JsValue) -> Result<jobspor_core::openings::OpeningsList, InputError> {
    let l = to_json(list, "the openings list")?.ok_or_else(|| missing("the openings list", "listen over åbninger"))?;
    jobspor_core::openings::parse_openings(&l)
}

/// The list as CSV for Danish Excel (UTF-8 BOM, semicolons, dates dd-mm-åååå): a string, or an
/// `InputError`.
#[wasm_bindgen(js_name = openingsToCsv, unchecked_return_type = "string | InputError")]
pub fn openings_to_csv(#[wasm_bindgen(unchecked_param_type = "OpeningsList | string")] list: JsValue) -> JsValue {
    match parse_list(&list) {
        Ok(l) => JsValue::from_str(&jobspor_core::openings::csv::openings_to_csv(&l)),
        Err(e) => to_js(&e),
    }
}

/// A CSV back into the list; a bad row gives a `CsvError` with its `row`, `column` and the rows
/// before it (`kept`).
#[wasm_bindgen(js_name = openingsFromCsv, unchecked_return_type = "OpeningsList | CsvError")]
pub fn openings_from_csv(text: &str) -> JsValue {
    match jobspor_core::openings::csv::openings_from_csv(text) {
        Ok(l) => to_js(&l),
        Err(e) => to_js(&e),
    }
}

/// The current openings as the ABC plan's demand data (`config.demand` of `checkAbcPlan`).
#[wasm_bindgen(js_name = openingsToDemand, unchecked_return_type = "Record<string, Record<string, Demand>> | InputError")]
pub fn openings_to_demand(
    #[wasm_bindgen(unchecked_param_type = "OpeningsList | string")] list: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DemandOptions | string | undefined")] options: JsValue,
) -> JsValue {
    result_or_error((|| {
        let l = parse_list(&list)?;
        let o = match to_json(&options, "the options")? {
            Some(j) => jobspor_core::openings::demand::parse_options(&j)?,
            None => Default::default(),
        };
        jobspor_core::openings::demand::openings_to_demand(&l, &o)
    })())
}
