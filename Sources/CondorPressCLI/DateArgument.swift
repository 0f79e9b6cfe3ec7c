import ArgumentParser
import MarketData

/// Parses the date options given on the command line: the one parser of `--from` and `--to` for
/// every command.
enum DateArgument {
    /// A date option that is not an ISO date; its description is the line a user reads.
    struct Refusal: Error, Equatable, CustomStringConvertible {
        /// The option as written (`--from`), or nil where argument-parser names it itself.
        var option: String?
        /// The text given.
        var text: String

        /// `--from: expected a date as YYYY-MM-DD, found "2024-13-01"`.
        var description: String {
            (option.map { $0 + ": " } ?? "") + "expected a date as YYYY-MM-DD, found \"\(text)\""
        }
    }

    /// The real date written `YYYY-MM-DD` in `text`.
    /// - Throws: ``Refusal`` naming `option` and the text.
    static func parse(_ text: String, option: String?) throws(Refusal) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { throw Refusal(option: option, text: text) }
        return date
    }

    /// ``parse(_:option:)`` for argument-parser's `transform:`, which names the option itself.
    /// - Throws: a `ValidationError` saying what was expected.
    static func parse(_ text: String) throws -> CalendarDate {
        do {
            return try parse(text, option: nil)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// A `--from`/`--to` pair the calendar refused; its description is the line a user reads.
    struct RangeRefusal: Error, Equatable, CustomStringConvertible {
        /// Why the calendar refused the pair.
        var reason: CalendarRangeError

        /// `--from 2024-05-01 is after --to 2024-04-01`, or
        /// `--to: 2051-01-01 is outside the calendar's years 1990–2050`.
        var description: String {
            switch reason {
            case let .outsideSupportedYears(end, date):
                let years = NYSECalendar.supportedYears
                return "\(option(end)): \(date.iso) is outside the calendar's years \(years.lowerBound)–\(years.upperBound)"
            case let .reversed(from, to):
                return "--from \(from.iso) is after --to \(to.iso)"
            }
        }

        /// The option that gives a range's end.
        private func option(_ end: CalendarRange.End) -> String {
            switch end {
            case .from: "--from"
            case .to: "--to"
            }
        }
    }

    /// The checked range of the texts given for `--from` and `--to` (see `CalendarRange`).
    /// - Throws: ``Refusal`` for a text that is not a date, ``RangeRefusal`` for a pair the calendar refuses.
    static func range(from: String, to: String) throws -> CalendarRange {
        let (first, last) = (try parse(from, option: "--from"), try parse(to, option: "--to"))
        do {
            return try CalendarRange(from: first, to: last)
        } catch {
            throw RangeRefusal(reason: error)
        }
    }
}
