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

    /// The checked range of the texts given for `--from` and `--to` (see `CalendarRange`).
    static func range(from: String, to: String) throws -> CalendarRange {
        try CalendarRange(from: parse(from, option: "--from"), to: parse(to, option: "--to"))
    }
}
