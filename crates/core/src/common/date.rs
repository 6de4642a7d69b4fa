//! Civil (proleptic Gregorian) dates without a date library: days since 1970-01-01, with the
//! conversions from Howard Hinnant's `days_from_civil` / `civil_from_days`.

use std::fmt;

/// A calendar date. Years 1–9999 only, so arithmetic on any input stays in range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i64,
}

const MIN_DAYS: i64 = -719_162; // 0001-01-01
const MAX_DAYS: i64 = 2_932_896; // 9999-12-31

impl Date {
    /// A valid date, or `None`.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Date { days: days_from_civil(y, m, d) })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn from_unix_days(days: i64) -> Option<Date> {
        (MIN_DAYS..=MAX_DAYS).contains(&days).then_some(Date { days })
    }

    pub fn unix_days(self) -> i64 {
        self.days
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?.parse().ok()
        };
        Date::from_ymd(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    pub fn month(self) -> u32 {
        self.ymd().1
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.days + 3).rem_euclid(7) as u32 // 1970-01-01 was a Thursday
    }

    /// The date `n` days later (saturating at the ends of the supported range).
    pub fn add_days(self, n: i64) -> Date {
        Date { days: self.days.saturating_add(n).clamp(MIN_DAYS, MAX_DAYS) }
    }

    /// The same day `n` months later, or the month's last day when it is shorter (31/1 + 1 → 28/2).
    pub fn add_months(self, n: i64) -> Date {
        let (y, m, d) = self.ymd();
        let total = (y as i64 * 12 + (m as i64 - 1)).saturating_add(n).clamp(12, 9999 * 12 + 11);
        let (ny, nm) = ((total / 12) as i32, (total % 12) as u32 + 1);
        Date { days: days_from_civil(ny, nm, d.min(days_in_month(ny, nm))) }
    }

    /// The last day of the month `m` of year `y`.
    pub fn end_of_month(y: i32, m: u32) -> Option<Date> {
        if !(1..=9999).contains(&y) || !(1..=12).contains(&m) {
            return None;
        }
        Date::from_ymd(y, m, days_in_month(y, m))
    }

    /// The Monday that starts this date's week.
    pub fn monday(self) -> Date {
        self.add_days(-(self.weekday() as i64))
    }

    /// The Sunday that ends this date's week.
    pub fn sunday(self) -> Date {
        self.add_days(6 - self.weekday() as i64)
    }

    /// The Monday of ISO week `week` of ISO year `year`, if that week exists.
    pub fn iso_week_monday(year: i32, week: u32) -> Option<Date> {
        let jan4 = Date::from_ymd(year, 1, 4)?;
        let weeks = iso_weeks_in_year(year);
        if week == 0 || week > weeks {
            return None;
        }
        Some(jan4.monday().add_days(7 * (week as i64 - 1)))
    }

    /// (ISO year, ISO week) of this date.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - self.weekday() as i64);
        let y = thursday.year();
        let jan1 = Date { days: days_from_civil(y, 1, 1) };
        (y, ((thursday.days - jan1.days) / 7 + 1) as u32)
    }

    /// The next date after `self` (strictly) that falls on `weekday` (0 = Monday).
    pub fn next_weekday(self, weekday: u32) -> Date {
        let ahead = (weekday as i64 - self.weekday() as i64).rem_euclid(7);
        self.add_days(if ahead == 0 { 7 } else { ahead })
    }
}

fn iso_weeks_in_year(year: i32) -> u32 {
    let dec28 = Date { days: days_from_civil(year, 12, 28) };
    dec28.iso_week().1
}

pub(crate) fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = y as i64 - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn round_trips_and_weekdays() {
        assert_eq!(d("1970-01-01").unix_days(), 0);
        assert_eq!(d("2026-05-06").weekday(), 2); // Wednesday
        assert_eq!(d("2000-02-29").to_string(), "2000-02-29");
        assert!(Date::parse("2026-02-29").is_none() && Date::parse("2026-13-01").is_none());
        assert!(Date::parse("26-05-06").is_none() && Date::parse("2026/05/06").is_none() && Date::parse("2026-5-06x").is_none());
        for days in (-719_162..2_932_896).step_by(9_973) {
            let date = Date::from_unix_days(days).unwrap();
            let (y, m, dd) = date.ymd();
            assert_eq!(Date::from_ymd(y, m, dd), Some(date));
        }
    }

    #[test]
    fn arithmetic() {
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2026-05-06").add_months(3), d("2026-08-06"));
        assert_eq!(d("2026-05-06").add_days(14), d("2026-05-20"));
        assert_eq!(d("2026-05-06").next_weekday(0), d("2026-05-11"));
        assert_eq!(d("2026-05-11").next_weekday(0), d("2026-05-18"));
        assert_eq!(d("2026-05-06").sunday(), d("2026-05-10"));
        assert_eq!(Date::iso_week_monday(2026, 22), Some(d("2026-05-25")));
        assert_eq!(Date::iso_week_monday(2026, 1), Some(d("2025-12-29")));
        assert_eq!(Date::iso_week_monday(2026, 54), None);
        assert_eq!(Date::iso_week_monday(2020, 53), Some(d("2020-12-28")));
        assert_eq!(d("2026-05-06").iso_week(), (2026, 19));
        assert_eq!(d("9999-12-31").add_days(10), d("9999-12-31"));
        assert_eq!(d("9999-12-31").add_months(10).year(), 9999);
        assert_eq!(Date::end_of_month(2028, 2), Some(d("2028-02-29")));
    }
}
