import Testing

@testable import MarketData

@Suite("Plausibility warnings")
struct PlausibilityChecksTests {
    @Test("an SPX move beyond ±25 % is a warning on the later row; exactly 25 % is not")
    func spxMoves() {
        let text = "Date,Close\n2024-01-02,4000\n2024-01-03,5000\n2024-01-04,3600\n2024-01-05,2700\n"
        let warnings = PlausibilityChecks.spxMoves(in: read(PriceFileReader.spx, text))
        #expect(warnings.map(\.description) == [
            "spx.csv:4: column Close: expected a one-day move within ±25 %, found -28.0 % (from 5000 on 2024-01-03 to 3600 on 2024-01-04); check the data"
        ])
        #expect(warnings.map(\.severity) == [.warning])
    }

    @Test("a VIX close outside [5, 150] is a warning; the bounds themselves pass")
    func vixRange() {
        let text = "DATE,VIXCLS\n2024-01-02,4.5\n2024-01-03,5\n2024-01-04,150\n2024-01-05,150.25\n"
        let warnings = PlausibilityChecks.vixRange(in: read(PriceFileReader.vix, text))
        #expect(warnings.map(\.description) == [
            "vix.csv:2: column VIXCLS: expected a VIX close within [5, 150], found 4.5; check the data",
            "vix.csv:5: column VIXCLS: expected a VIX close within [5, 150], found 150.25; check the data",
        ])
    }

    @Test("percent and number formatting", arguments: [(0.31, "+31.0 %"), (-0.2849, "-28.5 %"), (0.25049, "+25.0 %")])
    func percent(fraction: Double, text: String) {
        #expect(PlausibilityChecks.formatPercent(fraction) == text)
    }

    @Test("numbers print without a trailing .0")
    func numbers() {
        #expect(PlausibilityChecks.format(4700) == "4700")
        #expect(PlausibilityChecks.format(4769.83) == "4769.83")
    }
}
