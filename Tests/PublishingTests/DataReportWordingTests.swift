import MarketData
import Publishing
import Testing

@Suite("Data report wording")
struct DataReportWordingTests {
    @Test("rows with errors point at --lenient; skipped rows name it; other lines read as MarketData wrote them")
    func wording() {
        let rows = DataIssue(
            file: "spx.csv", line: nil, message: "2 rows with errors; fix them", reason: .rowsWithErrors(count: 2))
        #expect(
            DataReportWording.line(rows)
                == "spx.csv: 2 rows with errors; fix them, or pass --lenient to skip them with a warning")
        let plain = DataIssue(file: "spx.csv", line: 3, column: "Close", message: "expected a price")
        #expect(DataReportWording.line(plain) == "spx.csv:3: column Close: expected a price")
        let skipped = DataNote("spx.csv: 2 rows with errors skipped", reason: .rowsSkipped(count: 2))
        #expect(DataReportWording.line(skipped) == "spx.csv: 2 rows with errors skipped (--lenient)")
        #expect(DataReportWording.line("rates.csv: not supplied (optional)") == "rates.csv: not supplied (optional)")
    }
}
