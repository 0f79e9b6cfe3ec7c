import Testing

@testable import CondorPressCLI

@Suite("Date options")
struct DateArgumentTests {
    @Test("every command reads --from and --to with one parser: a real ISO date, or one line naming the option", arguments: [
        ("2024-13-01", "2024-12-31", "--from: expected a date as YYYY-MM-DD, found \"2024-13-01\""),
        ("2024-01-01", "01/05/2024", "--to: expected a date as YYYY-MM-DD, found \"01/05/2024\""),
        ("2024-02-30", "2024-03-01", "--from: expected a date as YYYY-MM-DD, found \"2024-02-30\""),
        ("", "2024-03-01", "--from: expected a date as YYYY-MM-DD, found \"\""),
        ("2024-05-01", "2024-04-01", "--from 2024-05-01 is after --to 2024-04-01"),
        ("1989-12-29", "2024-04-01", "--from: 1989-12-29 is outside the calendar's years 1990–2050"),
        ("2024-01-01", "2051-01-01", "--to: 2051-01-01 is outside the calendar's years 1990–2050"),
    ])
    func refusals(from: String, to: String, message: String) {
        do {
            _ = try DateArgument.range(from: from, to: to)
            Issue.record("accepted \(from) to \(to)")
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test("a valid range keeps both dates")
    func valid() throws {
        let range = try DateArgument.range(from: "2024-01-02", to: "2024-01-03")
        #expect(range.from.iso == "2024-01-02" && range.to.iso == "2024-01-03")
        #expect(try DateArgument.parse("2024-02-29", option: "--to").iso == "2024-02-29")
    }
}
