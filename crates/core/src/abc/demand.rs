//! Labour-market demand (the third circle) from the host: per region and occupation, on the
//! scale of STAR's Arbejdsmarkedsbalancen. Jobspor ships no real figures (their licence is
//! unclear and they change every half year), only [`SAMPLE_DEMAND`](super::SAMPLE_DEMAND), which
//! is invented.

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Demand for an occupation in a region: the categories of STAR's Arbejdsmarkedsbalancen
/// (mangel på arbejdskraft, gode, rimelige and mindre gode jobmuligheder).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum Demand {
    /// Mangel på arbejdskraft: a labour shortage.
    Shortage,
    /// Gode jobmuligheder: good job opportunities.
    Good,
    /// Rimelige jobmuligheder: some job opportunities.
    Some,
    /// Mindre gode jobmuligheder: few job opportunities.
    Poor,
    /// Not in the data (the same as leaving the occupation out).
    Unknown,
}

impl Demand {
    /// 3 shortage, 2 good, 1 some, 0 poor; `None` for unknown.
    pub fn rank(self) -> Option<u8> {
        match self {
            Demand::Shortage => Some(3),
            Demand::Good => Some(2),
            Demand::Some => Some(1),
            Demand::Poor => Some(0),
            Demand::Unknown => None,
        }
    }

    /// At least `min` (unknown is never at least anything).
    pub fn at_least(self, min: Demand) -> bool {
        matches!((self.rank(), min.rank()), (Some(a), Some(b)) if a >= b)
    }

    /// "der er gode jobmuligheder i Nordjylland" (`in_da`/`in_en`: " i Nordjylland", or empty).
    pub fn there_is(self, in_da: &str, in_en: &str) -> crate::Text {
        let l = self.label();
        let verb = if self == Demand::Shortage { "there is" } else { "there are" };
        match self {
            Demand::Unknown => crate::Text::new(format!("efterspørgslen{in_da} er ukendt"), format!("demand{in_en} is unknown")),
            _ => crate::Text::new(format!("der er {}{in_da}", l.da), format!("{verb} {}{in_en}", l.en)),
        }
    }

    /// Arbejdsmarkedsbalancen's words.
    pub fn label(self) -> crate::Text {
        let (da, en) = match self {
            Demand::Shortage => ("mangel på arbejdskraft", "a labour shortage"),
            Demand::Good => ("gode jobmuligheder", "good job opportunities"),
            Demand::Some => ("rimelige jobmuligheder", "some job opportunities"),
            Demand::Poor => ("mindre gode jobmuligheder", "few job opportunities"),
            Demand::Unknown => ("ukendt efterspørgsel", "unknown demand"),
        };
        crate::Text::new(da, en)
    }
}

/// The host's demand data: `{"<region>": {"<occupation>": "shortage" | "good" | "some" |
/// "poor"}}`, in the order of the JSON. Keys starting with `$` are comments and ignored at both
/// levels (`"$comment": "SAMPLE DATA …"`).
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DemandData {
    pub regions: Vec<RegionDemand>,
}

/// One region's demand per occupation.
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegionDemand {
    /// The region as the data writes it.
    pub region: String,
    /// `(occupation as written, demand)`, in the data's order.
    pub occupations: Vec<(String, Demand)>,
}

/// Lower case, whitespace collapsed: how names are compared.
pub(crate) fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl DemandData {
    pub fn is_empty(&self) -> bool {
        self.regions.iter().all(|r| r.occupations.is_empty())
    }

    /// The region named `name`, without regard to case or extra spaces.
    pub fn region(&self, name: &str) -> Option<&RegionDemand> {
        let n = normalise(name);
        if n.is_empty() {
            return None;
        }
        self.regions.iter().find(|r| normalise(&r.region) == n)
    }
}

/// A region's data with every occupation resolved to the lexicon once per check.
pub(crate) struct RegionIndex<'a> {
    pub region: &'a RegionDemand,
    keys: Vec<(String, Option<&'static str>)>,
}

/// Where a row's demand came from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DemandHit {
    pub level: Demand,
    /// The data's key that matched.
    pub key: String,
}

impl<'a> RegionIndex<'a> {
    pub fn new(region: &'a RegionDemand) -> Self {
        let keys = region.occupations.iter().map(|(k, _)| (normalise(k), super::classify::lookup_title(k).map(|o| o.title))).collect();
        RegionIndex { region, keys }
    }

    /// The demand for an occupation: the key written the same way (case and spaces aside) wins;
    /// else the first key that names the same lexicon occupation ("Lagermand" for
    /// "Lagermedarbejder").
    pub fn lookup(&self, occupation: &str, title: Option<&'static str>) -> Option<DemandHit> {
        let n = normalise(occupation);
        let same_text = self.keys.iter().position(|(k, _)| !n.is_empty() && *k == n);
        let same_title = || title.and_then(|t| self.keys.iter().position(|(_, kt)| *kt == Some(t)));
        let i = same_text.or_else(same_title)?;
        let (key, level) = &self.region.occupations[i];
        Some(DemandHit { level: *level, key: key.clone() })
    }
}

// ------------------------------------------------------------------ JSON

/// A JSON object's entries in their order, without the `$` comment keys.
struct Entries<V>(Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Object<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Object<V> {
            type Value = Entries<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object {\"<region>\": {\"<occupation>\": \"shortage\" | \"good\" | \"some\" | \"poor\"}}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<V>, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if key.starts_with('$') {
                        map.next_value::<IgnoredAny>()?;
                    } else {
                        out.push((key, map.next_value()?));
                    }
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(Object(std::marker::PhantomData))
    }
}

impl<'de> Deserialize<'de> for DemandData {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let regions = Option::<Entries<Entries<Demand>>>::deserialize(d)?.map_or(Vec::new(), |e| e.0);
        Ok(DemandData { regions: regions.into_iter().map(|(region, o)| RegionDemand { region, occupations: o.0 }).collect() })
    }
}

impl Serialize for DemandData {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Occ<'a>(&'a [(String, Demand)]);
        impl Serialize for Occ<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
            }
        }
        let mut m = s.serialize_map(Some(self.regions.len()))?;
        for r in &self.regions {
            m.serialize_entry(&r.region, &Occ(&r.occupations))?;
        }
        m.end()
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DemandData {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DemandData".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let demand = g.subschema_for::<Demand>();
        let comment = schemars::json_schema!({ "description": "A comment (any key starting with `$`), ignored." });
        schemars::json_schema!({
            "description": "Demand per region and occupation: `{\"<region>\": {\"<occupation>\": \"shortage\" | \"good\" | \"some\" | \"poor\"}}`. Regions are matched without regard to case, occupations through the occupation lexicon's synonyms (\"Lagermand\" is \"Lagermedarbejder\"); keys starting with `$` are comments.",
            "type": "object",
            "patternProperties": { "^\\$": comment },
            "additionalProperties": {
                "description": "One region's demand per occupation.",
                "type": "object",
                "patternProperties": { "^\\$": comment },
                "additionalProperties": demand
            }
        })
    }
}
