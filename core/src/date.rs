//! Calendar dates without a clock: a proleptic Gregorian `Date` and the `PartialDate` of the
//! records (`YYYY-MM-DD` or `YYYY-MM`).
//!
//! Only the arithmetic the extractors need lives here (weekdays, day offsets, month ends).
//! Nothing reads the system time: "today" always comes from `Options::reference_date`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

/// Days in `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Day of the week, Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }

    /// The date `months` later, clamped to the end of the month.
    pub fn add_months(self, months: i64) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let year = total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateParseError;

    /// Parses `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, DateParseError> {
        match PartialDate::from_str(s)? {
            PartialDate::Day(d) => Ok(d),
            PartialDate::Month { .. } => Err(DateParseError(s.to_string())),
        }
    }
}

/// A date known to the day or only to the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    /// Known to the day.
    Day(Date),
    /// Known to the month only.
    Month {
        /// Year.
        year: i32,
        /// Month, 1 to 12.
        month: u8,
    },
}

impl PartialDate {
    /// The year.
    pub fn year(self) -> i32 {
        match self {
            PartialDate::Day(d) => d.year,
            PartialDate::Month { year, .. } => year,
        }
    }

    /// The month.
    pub fn month(self) -> u8 {
        match self {
            PartialDate::Day(d) => d.month,
            PartialDate::Month { month, .. } => month,
        }
    }

    /// `"day"` or `"month"`: how precise the date is.
    pub fn precision(self) -> &'static str {
        match self {
            PartialDate::Day(_) => "day",
            PartialDate::Month { .. } => "month",
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Day(d) => d.fmt(f),
            PartialDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

/// A string that is not `YYYY-MM-DD` or `YYYY-MM`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateParseError(pub String);

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not a date of the form YYYY-MM-DD or YYYY-MM: \"{}\"",
            self.0
        )
    }
}

impl std::error::Error for DateParseError {}

impl FromStr for PartialDate {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<PartialDate, DateParseError> {
        let bad = || DateParseError(s.to_string());
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateParseError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        match parts.as_slice() {
            [y, m] => {
                let (year, month) = (num(y, 4)? as i32, num(m, 2)? as u8);
                Date::new(year, month, 1).ok_or_else(bad)?;
                Ok(PartialDate::Month { year, month })
            }
            [y, m, d] => Date::new(num(y, 4)? as i32, num(m, 2)? as u8, num(d, 2)? as u8)
                .map(PartialDate::Day)
                .ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekdays() {
        let d = Date::new(2024, 11, 18).unwrap();
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(d.weekday(), 0, "18 November 2024 was a Monday");
        assert_eq!(Date::new(2025, 5, 25).unwrap().weekday(), 6, "a Sunday");
        assert_eq!(
            Date::new(2024, 3, 1).unwrap().add_days(-1).to_string(),
            "2024-02-29"
        );
        for n in -800_000..-799_000 {
            assert_eq!(Date::from_days(n).to_days(), n);
        }
    }

    #[test]
    fn months_clamp_to_month_end() {
        let d = Date::new(2024, 1, 31).unwrap();
        assert_eq!(d.add_months(1).to_string(), "2024-02-29");
        assert_eq!(d.add_months(60).to_string(), "2029-01-31");
        assert_eq!(d.add_months(-2).to_string(), "2023-11-30");
    }

    #[test]
    fn partial_dates_parse_and_print() {
        assert_eq!(
            "2016-03".parse::<PartialDate>().unwrap().to_string(),
            "2016-03"
        );
        assert_eq!(
            "2016-03-15".parse::<PartialDate>().unwrap().precision(),
            "day"
        );
        for bad in [
            "",
            "2016",
            "2016-13",
            "2016-02-30",
            "16-03-01",
            "2016-3-1",
            "abcd-ef",
        ] {
            assert!(
                bad.parse::<PartialDate>().is_err(),
                "{bad} should be refused"
            );
        }
    }
}
