import Testing

@testable import MarketData

@Suite("CalendarDate input formats")
struct CalendarDateFormatsTests {
    @Test("ISO, MM/DD/YYYY and M/D/YYYY all parse", arguments: ["2024-03-05", "03/05/2024", "3/5/2024", " 3/05/2024 "])
    func acceptedStyles(text: String) throws {
        #expect(CalendarDate(dataField: text) == (try Fixture.date("2024-03-05")))
    }

    @Test(
        "other styles and impossible dates are refused",
        arguments: [
            "2024-3-5", "05.03.2024", "3/5/24", "2024/03/05", "13/01/2024", "2023-02-29", "02/30/2024", "+3/5/2024", "",
            "abc",
        ])
    func refused(text: String) {
        #expect(CalendarDate(dataField: text) == nil)
    }

    /// The general path alone (the whole of `init(dataField:)` before its byte-wise fast path).
    private static func generalPath(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingSpaces()
        if let iso = CalendarDate(iso: trimmed) { return iso }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3,
            (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    @Test("the byte-wise fast path agrees with the general path on generated fields")
    func fastPathAgrees() {
        let pieces = ["0", "1", "2", "9", "12", "2024", "0023", "-", "/", "+", " ", "\t", "x", "é", "00000"]
        var state: UInt64 = 99
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var texts = ["2024-02-29", "2023-02-29", "1990-01-02", "0000-01-01", "9999-12-31", "12/31/1999", "2/29/2023"]
        for _ in 0..<20_000 {
            texts.append((0..<(1 + next() % 8)).map { _ in pieces[next() % pieces.count] }.joined())
        }
        for day in stride(from: -800_000, to: 3_000_000, by: 997) {
            let date = CalendarDate(daysSinceEpoch: day)
            let (y, m, d) = date.components
            texts += [date.iso, "\(m)/\(d)/\(y)", "\(m < 10 ? "0" : "")\(m)/\(d < 10 ? "0" : "")\(d)/\(y)"]
        }
        for text in texts {
            #expect(CalendarDate(dataField: text) == Self.generalPath(text), "\(text)")
        }
    }

    @Test("a leap day parses in a leap year")
    func leapDay() throws {
        #expect(CalendarDate(dataField: "2/29/2024") == (try Fixture.date("2024-02-29")))
    }
}
