import Foundation
import MarketData
import OptionMath
import Strategy
import Testing

@testable import Publishing

/// A site built with `chain.csv`: the briefings of quoted days say which legs are quoted and how
/// the condor was filled, and nothing claims the quoted legs are modelled.
@Suite("Briefings on quoted days", .serialized)
struct QuotedBriefingTests {
    /// `chain.csv` (optionsDX layout) for the sessions from `from` to `to` of `market`: weekly
    /// expirations, strikes every 5 points within ±25 % of the close, Black–Scholes–Merton prices at
    /// the VIX as volatility with a spread of 2 % of the price.
    static func chain(_ market: SampleMarket, from: String, to: String) throws -> String {
        let first = try #require(CalendarDate(iso: from)), last = try #require(CalendarDate(iso: to))
        var lines = ["[QUOTE_DATE], [UNDERLYING_LAST], [EXPIRE_DATE], [TYPE], [STRIKE], [BID], [ASK]"]
        for day in market.series.days where day.date >= first && day.date <= last {
            for expiration in SPXExpirations.expirations(after: day.date, limit: 10) {
                let years = Double(expiration - day.date) / 365
                let low = (day.spx * 0.75 / 5).rounded(.down) * 5
                for strike in stride(from: low, through: day.spx * 1.25, by: 5) {
                    for type in [OptionType.put, .call] {
                        let price = BlackScholesMerton.price(
                            type: type, spot: day.spx, strike: strike, years: years, volatility: day.vix / 100,
                            rate: 0.04, dividendYield: 0.015)
                        let mid = (price * 20).rounded() / 20
                        guard mid >= 0.1 else { continue }
                        let half = max(0.05, (mid * 0.01 * 20).rounded() / 20)
                        lines.append(
                            "\(day.date.iso), \(day.spx), \(expiration.iso), \(type == .put ? "P" : "C"), \(strike), "
                                + "\(mid - half), \(mid + half)")
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("a quoted entry's briefing shows the quoted legs, the fill and an honest notice; the site says where prices come from")
    func quotedSite() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-05-31")
        defer { fixture.remove() }
        let market = SampleMarketGenerator(seed: 7).generate(
            from: try #require(CalendarDate(iso: "2024-01-02")), to: try #require(CalendarDate(iso: "2024-05-31")))
        try Data(try Self.chain(market, from: "2024-03-01", to: "2024-04-30").utf8)
            .write(to: fixture.data.appendingPathComponent("chain.csv"))
        try fixture.build()
        let briefings = try fixture.snapshot().filter { $0.key.hasSuffix("briefing.md") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
        let quotedEntries = briefings.filter { $0.value.contains("Chosen from the day's quotes and filled at their mids") }
        let (path, entry) = try #require(quotedEntries.min { $0.key < $1.key })
        #expect(path >= "briefings/2024-03-01" && path < "briefings/2024-05")
        #expect(entry.contains("The condor's legs below are priced at the mids of the day's quotes in chain.csv, not modelled"))
        #expect(entry.contains("| Leg | Strike | IV | Price (index points) | Delta | Source |"))
        #expect(entry.components(separatedBy: "| quote |").count == 5)
        #expect(!entry.contains("Model price (index points)"))
        // Before the chain starts every briefing keeps the modelled notice and table.
        for (path, text) in briefings where path < "briefings/2024-03-01" {
            #expect(text.contains("Option prices below are modelled from the VIX"), "\(path)")
            #expect(!text.contains("| quote |"), "\(path)")
        }
        let methodology = try fixture.read("methodology/index.html")
        #expect(methodology.contains("chain.csv gives"))
        let stats = try fixture.read("stats/index.html")
        #expect(stats.contains("except the condor legs priced at the mids of chain.csv"))
        #expect(stats.contains("<a href=\"model-vs-market/index.html\">the model against the market</a>"))
        let comparison = try fixture.read("stats/model-vs-market/index.html")
        #expect(comparison.contains("<h1>The model against the market</h1>"))
        #expect(comparison.contains("out-of-the-money quotes of chain.csv on "))
        #expect(comparison.contains("<th scope=\"row\">0.95–0.98</th>") && comparison.contains("<th scope=\"row\">22–45</th>"))
        #expect(comparison.contains("<th scope=\"row\">atmRatio</th>") && comparison.contains("cp-chart-line"))
        #expect(try fixture.read("sitemap.xml").contains("stats/model-vs-market/index.html"))
        // Every money header of the pages a chain adds or changes names its unit.
        for page in [comparison, stats, try fixture.read(String(path.dropLast("briefing.md".count)) + "index.html")] {
            #expect(MoneyUnitHeaderTests.headers(in: page).filter(MoneyUnitHeaderTests.lacksUnit) == [])
        }
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try fixture.read("archive/outcomes.json").utf8)) as? [[String: Any]])
        let sources = Set(json.map { ($0["short_put_source"] as? String) ?? "" })
        #expect(sources == ["", "market", "model"])
    }
}
