//! What every check shares: dates, Danish numbers, text folding and the small text helpers, the
//! contract derive macros, and reading a JSON object with a bilingual noun for its errors.
//!
//! Layering (enforced by `layering_holds` below): `common` ← `lexicon` ← `cv` ← {`smart`,
//! `track`, `abc`, `joborder`}; `rules` (the rule kernel) and `error` sit beside `common`. A module
//! uses only what is on its left.

#[macro_use]
mod contract;
#[allow(unused_imports)]
pub(crate) use contract::{contract, contract_enum, output};
pub(crate) use object::check_json;
pub mod cvr;
pub mod date;
pub mod fold;
pub mod number;
pub mod object;
pub mod text;

pub use text::StaticText;
pub use date::Date;
pub use number::{fmt_1dp, fmt_da, fmt_num, fmt_rounded, fmt_shortest};
pub use object::{config_or_default, parse_object, require_object, Noun};

#[cfg(test)]
mod tests;
