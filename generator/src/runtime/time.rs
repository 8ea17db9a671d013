// The `time` flavour of the runtime's `dates` module: what a generated crate carries instead of
// the chrono one when docgen's `dates = "time"` option is set. The same checks (the tests
// compare the two on the same texts) and `to_time()` conversions.
mod dates {
    use super::{Date, DateTimeOffset, ScalarError, TimeOfDay};
    use time::format_description::well_known::Rfc3339;
    use time::macros::format_description;

    /// `2021-07-20T10:00:00.1234567`: the offset-less form the service sometimes sends.
    const LOCAL: &[time::format_description::BorrowedFormatItem<'static>] = format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second][optional [.[subsecond]]]"
    );
    const DATE: &[time::format_description::BorrowedFormatItem<'static>] =
        format_description!("[year]-[month]-[day]");
    const TIME: &[time::format_description::BorrowedFormatItem<'static>] =
        format_description!("[hour]:[minute]:[second][optional [.[subsecond]]]");

    /// Whether `text` is an `Edm.DateTimeOffset`: RFC 3339 with any number of fraction digits,
    /// or the same without an offset (which the service sometimes sends, meaning UTC).
    pub fn is_date_time_offset(text: &str) -> bool {
        time::OffsetDateTime::parse(text, &Rfc3339).is_ok()
            || time::PrimitiveDateTime::parse(text, LOCAL).is_ok()
    }

    /// Whether `text` is an `Edm.Date` (`2021-07-20`).
    pub fn is_date(text: &str) -> bool {
        text.len() == 10 && time::Date::parse(text, DATE).is_ok()
    }

    /// Whether `text` is an `Edm.TimeOfDay` (`08:30:00`, fraction allowed).
    pub fn is_time_of_day(text: &str) -> bool {
        time::Time::parse(text, TIME).is_ok()
    }

    impl DateTimeOffset {
        /// The instant with its offset; text without an offset (which the service sometimes
        /// sends) is read as UTC.
        pub fn to_time(&self) -> Result<time::OffsetDateTime, ScalarError> {
            let text = self.checked()?;
            time::OffsetDateTime::parse(text, &Rfc3339)
                .or_else(|_| time::PrimitiveDateTime::parse(text, LOCAL).map(|t| t.assume_utc()))
                .map_err(|_| ScalarError {
                    expected: "Edm.DateTimeOffset",
                    text: text.to_string(),
                })
        }
    }

    impl Date {
        /// The calendar date.
        pub fn to_time(&self) -> Result<time::Date, ScalarError> {
            let text = self.checked()?;
            time::Date::parse(text, DATE).map_err(|_| ScalarError {
                expected: "Edm.Date",
                text: text.to_string(),
            })
        }
    }

    impl TimeOfDay {
        /// The time of day.
        pub fn to_time(&self) -> Result<time::Time, ScalarError> {
            let text = self.checked()?;
            time::Time::parse(text, TIME).map_err(|_| ScalarError {
                expected: "Edm.TimeOfDay",
                text: text.to_string(),
            })
        }
    }
}
