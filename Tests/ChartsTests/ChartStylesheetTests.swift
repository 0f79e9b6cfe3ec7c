import Testing

@testable import Charts

@Suite struct ChartStylesheetTests {
    /// The class names a stylesheet's selectors mention (`.cp-…`).
    private func classNames(in css: String) -> Set<String> {
        var names: Set<String> = []
        var current = ""
        var inName = false
        for character in css {
            if character == "." {
                if inName && !current.isEmpty { names.insert(current) }
                inName = true
                current = ""
            } else if inName && (character.isLetter || character.isNumber || character == "-" || character == "_") {
                current.append(character)
            } else {
                if inName && !current.isEmpty { names.insert(current) }
                inName = false
            }
        }
        return names
    }

    @Test func everySelectorNamesAClassTheChartsWrite() {
        let charts = ChartPropertyTests.everyKind(id: "css", title: "T", values: [1, 3, 2, 5, 4, 6], labels: [])
            + [
                LineChart(
                    id: "six",
                    input: .init(
                        title: "Six", dates: ["a", "b"],
                        series: (0..<6).map { ChartSeries(name: "s\($0)", values: [1, 2]) }, yAxisTitle: "y")
                ).svg(),
                DrawdownChart(
                    id: "six",
                    input: .init(
                        title: "Six", dates: ["a", "b"], series: (0..<6).map { ChartSeries(name: "s\($0)", values: [0, -0.1]) })
                ).svg(),
            ]
        let written = charts.joined()
        let names = classNames(in: ChartStylesheet.css)
        #expect(names.count >= 8)
        for name in names {
            #expect(written.contains(name), "\(name) is styled but never written")
        }
    }

    @Test func darkRulesSitInsideAMediaQuery() {
        #expect(ChartStylesheet.css.contains("@media (prefers-color-scheme: dark) {\n" + ChartStylesheet.darkRules + "}\n"))
    }
}
