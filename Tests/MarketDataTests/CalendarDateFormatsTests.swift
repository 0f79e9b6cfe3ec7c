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
        arguments: ["2024-3-5", "05.03.2024", "3/5/24", "2024/03/05", "13/01/2024", "2023-02-29", "02/30/2024", "+3/5/2024", "", "abc"])
    func refused(text: String) {
        #expect(CalendarDate(dataField: text) == nil)
    }

    @Test("a leap day parses in a leap year")
    func leapDay() throws {
        #expect(CalendarDate(dataField: "2/29/2024") == (try Fixture.date("2024-02-29")))
    }
}
