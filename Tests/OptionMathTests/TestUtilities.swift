import Foundation
import Testing

@testable import OptionMath

/// One parsed row of a reference CSV: column name → text.
struct FixtureRow {
    let fields: [String: String]
    let line: Int

    /// The column's value as a Double; records an issue (and returns NaN) when it is missing.
    func number(_ column: String) -> Double {
        guard let text = fields[column], let value = Double(text) else {
            Issue.record("line \(line): column \(column) is not a number")
            return .nan
        }
        return value
    }

    /// The `type` column as an option type.
    var optionType: OptionType? { fields["type"].flatMap(OptionType.init(rawValue:)) }
}

/// Loads a CSV fixture (no quoting, first line the header) from the test bundle.
func loadFixture(_ name: String) throws -> [FixtureRow] {
    let url = try #require(
        Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures"),
        "missing fixture \(name).csv"
    )
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    let header = try #require(lines.first).split(separator: ",").map(String.init)
    return lines.dropFirst().enumerated().map { index, line in
        let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return FixtureRow(fields: Dictionary(uniqueKeysWithValues: zip(header, cells)), line: index + 2)
    }
}

/// True when `actual` is within `relative` of `expected`, or within `absolute` for tiny values.
func isClose(_ actual: Double, _ expected: Double, relative: Double, absolute: Double = 0) -> Bool {
    abs(actual - expected) <= max(relative * abs(expected), absolute)
}

/// The six numbers of a Greeks value in a fixed order, with their names.
func components(_ greeks: OptionGreeks) -> [(String, Double)] {
    [
        ("price", greeks.price), ("delta", greeks.delta), ("gamma", greeks.gamma),
        ("vega", greeks.vega), ("theta", greeks.theta), ("rho", greeks.rho),
    ]
}

/// Spot, strike, expiry, volatility and carry combinations shared by the property tests.
struct MarketCase: CustomStringConvertible {
    let type: OptionType
    let spot: Double
    let strike: Double
    let years: Double
    let volatility: Double
    let rate: Double
    let dividendYield: Double

    var description: String {
        "\(type) S=\(spot) K=\(strike) T=\(years) σ=\(volatility) r=\(rate) q=\(dividendYield)"
    }

    /// Evaluates the case with Black–Scholes–Merton, optionally bumping one input.
    func evaluate(
        spot bumpSpot: Double = 0, years bumpYears: Double = 0,
        volatility bumpVolatility: Double = 0, rate bumpRate: Double = 0
    ) -> OptionGreeks {
        BlackScholesMerton.evaluate(
            type: type, spot: spot + bumpSpot, strike: strike, years: years + bumpYears,
            volatility: volatility + bumpVolatility, rate: rate + bumpRate, dividendYield: dividendYield
        )
    }

    /// A grid over moneyness, expiry and volatility with SPEC's default carry.
    static func grid(
        strikes: [Double] = [80, 95, 100, 105, 120],
        years: [Double] = [0.05, 0.5, 2],
        volatilities: [Double] = [0.15, 0.4]
    ) -> [MarketCase] {
        var cases: [MarketCase] = []
        for type in OptionType.allCases {
            for strike in strikes {
                for expiry in years {
                    for volatility in volatilities {
                        cases.append(
                            MarketCase(
                                type: type, spot: 100, strike: strike, years: expiry,
                                volatility: volatility, rate: 0.02, dividendYield: 0.015
                            )
                        )
                    }
                }
            }
        }
        return cases
    }
}
