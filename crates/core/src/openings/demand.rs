//! The current openings as local demand data in the ABC plan's format
//! (`crate::abc::DemandData`): the host's own, fresher than a national balance. A job function
//! with open places is `good`, with `shortage_from` open places or more `shortage` (Jobspor's
//! defaults: the seed gives no figures); functions without open places are left out (unknown),
//! so the list never marks an occupation down.

use super::OpeningsList;
use crate::abc::{Demand, DemandData, RegionDemand};
use crate::InputError;

contract! {
    /// How the openings become demand data.
    #[serde(default)]
    pub struct DemandOptions {
        /// The region the demand data is for (as the ABC plan names it). `null`: the list's
        /// `region`.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub region: Option<String>,
        /// Open places from which a function counts as `shortage` (Jobspor's default 3; `null`:
        /// 3). Fewer, but at least one: `good`.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub shortage_from: Option<u32>,
    }
}

/// Reads the options (JSON), naming the path of the first problem; an array is refused like
/// every other contract's document.
pub fn parse_options(json: &str) -> Result<DemandOptions, InputError> {
    crate::common::parse_object(json, crate::common::Noun::new("the options", "indstillingerne"))
}

/// The open places per job function as demand data for one region.
pub fn openings_to_demand(list: &OpeningsList, options: &DemandOptions) -> Result<DemandData, InputError> {
    let region = options.region.clone().unwrap_or_else(|| list.region.clone());
    let region = region.trim().to_string();
    if region.is_empty() {
        return Err(InputError::new("region", "the demand data needs a region: give the list's region or the option", "efterspørgselsdata kræver en region: angiv listens region eller indstillingen"));
    }
    let shortage_from = options.shortage_from.unwrap_or(3).max(1);
    let mut occupations: Vec<(String, u32)> = Vec::new();
    // The function's index by its lower case: one look-up per item, not a scan.
    let mut index: std::collections::HashMap<String, usize> = Default::default();
    for c in &list.items {
        let open = c.open_places();
        let function = c.job_function.split_whitespace().collect::<Vec<_>>().join(" ");
        if open == 0 || function.is_empty() {
            continue;
        }
        let next = occupations.len();
        let at = *index.entry(function.to_lowercase()).or_insert(next);
        if at == next {
            occupations.push((function, 0));
        }
        occupations[at].1 = occupations[at].1.saturating_add(open);
    }
    let occupations = occupations.into_iter().map(|(k, n)| (k, if n >= shortage_from { Demand::Shortage } else { Demand::Good })).collect();
    Ok(DemandData { regions: vec![RegionDemand { region, occupations }] })
}
