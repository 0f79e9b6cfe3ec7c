import ArgumentParser
import MarketData

/// Parses date options given on the command line.
enum DateArgument {
    /// An ISO date `YYYY-MM-DD`.
    /// - Throws: a `ValidationError` saying what was expected.
    static func parse(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw ValidationError("expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        return date
    }
}
