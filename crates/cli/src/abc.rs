//! Placeholder: filled in by the work.

pub fn run(_args: &[&str]) -> Result<String, String> {
    Err("not implemented yet".into())
}
