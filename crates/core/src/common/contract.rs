//! The one derive macro of the public contracts: `contract!` for input types (serde both ways,
//! `Default`, JSON Schema with the `schema` feature, TypeScript with `ts`), `contract!(output:
//! …)` for output types (no `Default`), and `contract_enum!` for their fieldless enums
//! (snake_case in JSON).

macro_rules! contract {
    (@one [$($extra:tt)*] $item:item) => {
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize $($extra)*)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "ts", derive(tsify::Tsify))]
        $item
    };
    (@derive $extra:tt $($item:item)*) => {
        $(contract!(@one $extra $item);)*
    };
    (output: $($item:item)*) => {
        contract!(@derive [] $($item)*);
    };
    (@input $item:item) => {
        #[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "ts", derive(tsify::Tsify))]
        #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
        $item
    };
    ($($item:item)*) => {
        $(contract!(@input $item);)*
    };
}

/// Output types: `contract!(output: …)`.
macro_rules! output {
    ($($item:item)*) => {
        contract!(@derive [] $($item)*);
    };
}

macro_rules! contract_enum {
    ($($item:item)*) => {
        $(
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
            #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
            #[cfg_attr(feature = "ts", derive(tsify::Tsify))]
            #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
            #[serde(rename_all = "snake_case")]
            $item
        )*
    };
}

#[allow(unused_imports)]
pub(crate) use {contract, contract_enum, output};
