import ArgumentParser
import Foundation
import OptionMath

/// `condorpress price`: the Black–Scholes–Merton option calculator of SPEC §4.
public struct PriceCommand: ParsableCommand {
    /// The command's name, summary and discussion.
    public static let configuration = CommandConfiguration(
        commandName: "price",
        abstract: "Price a European option with Black–Scholes–Merton and print its Greeks.",
        discussion: """
            T = days / 365. Rates, yields and volatility are decimals (0.2 = 20 %); a volatility above \
            5 or a rate or yield beyond ±1 is refused as a percent. Vega is per volatility point, theta \
            per calendar day, rho per rate point.
            """
    )

    /// How the result is printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// An aligned table for people.
        case text
        /// A JSON object with the keys price, delta, gamma, vega, theta, rho.
        case json
    }

    // Numbers are parsed unconditionally so that negative values (`--rate -0.005`, or a wrong
    // `--spot -42`, which `validate()` then rejects) are read as values rather than as flags.

    /// call or put, as text so that a wrong value gets our one-line message.
    @Option(help: "The option type: call or put.")
    var type: String

    /// The underlying's price.
    @Option(parsing: .unconditional, help: "The underlying's price (> 0).")
    var spot: Double

    /// The strike.
    @Option(parsing: .unconditional, help: "The strike (> 0).")
    var strike: Double

    /// Calendar days to expiry, decimals allowed.
    @Option(parsing: .unconditional, help: "Calendar days to expiry (decimals allowed, e.g. 182.5).")
    var days: Double

    /// Annualised volatility as a decimal.
    @Option(parsing: .unconditional, help: "Annualised volatility as a decimal (0.2 = 20 %).")
    var vol: Double

    /// Continuously compounded risk-free rate as a decimal.
    @Option(parsing: .unconditional, help: "Risk-free rate as a decimal.")
    var rate: Double = 0.02

    /// Continuous dividend yield as a decimal.
    @Option(parsing: .unconditional, help: "Dividend yield as a decimal.")
    var dividend: Double = 0.015

    /// Output format.
    @Option(help: "Output format: text or json.")
    var format: Format = .text

    /// Creates the command with ArgumentParser's defaults.
    public init() {}

    /// The largest volatility taken as a decimal (500 %); above it the value was surely meant as a percent.
    static let largestVolatility = 5.0
    /// The largest rate or dividend yield taken as a decimal, either sign (100 %).
    static let largestRate = 1.0

    /// Rejects unusable input with a one-line reason before anything is computed.
    ///
    /// Besides impossible values (a spot or strike that is not positive, negative days, a
    /// volatility that is not positive), values that are clearly percents are refused with the
    /// decimal to pass instead: a volatility above 5 and a rate or dividend yield beyond ±1.
    public func validate() throws {
        guard OptionType(rawValue: type.lowercased()) != nil else {
            throw ValidationError("unknown option type '\(type)': expected call or put")
        }
        guard spot > 0, spot.isFinite else {
            throw ValidationError("--spot must be a positive number, got \(Self.text(spot))")
        }
        guard strike > 0, strike.isFinite else {
            throw ValidationError("--strike must be a positive number, got \(Self.text(strike))")
        }
        guard days >= 0, days.isFinite else {
            throw ValidationError("--days must be zero or a positive number of calendar days, got \(Self.text(days))")
        }
        guard vol > 0, vol.isFinite else {
            throw ValidationError("--vol must be a positive decimal (0.2 = 20 %), got \(Self.text(vol))")
        }
        try Self.refusePercent(vol, option: "--vol", limit: Self.largestVolatility)
        for (value, option, example) in [(rate, "--rate", "0.05 = 5 %"), (dividend, "--dividend", "0.015 = 1.5 %")] {
            guard value.isFinite else {
                throw ValidationError("\(option) must be a finite decimal (\(example)), got \(Self.text(value))")
            }
            try Self.refusePercent(value, option: option, limit: Self.largestRate)
        }
    }

    /// Refuses `value` when its size is above `limit`, saying which decimal to pass instead.
    static func refusePercent(_ value: Double, option: String, limit: Double) throws {
        guard abs(value) > limit else { return }
        throw ValidationError(
            "\(option) \(text(value)) looks like a percent; pass \(text(value / 100)) for \(text(value)) %")
    }

    /// A number as a user would write it: `38.4`, `5`, `0.384`, `nan`.
    static func text(_ value: Double) -> String {
        String(format: "%.10g", value)
    }

    /// Prices the option and prints the result.
    public func run() throws {
        let optionType = OptionType(rawValue: type.lowercased()) ?? .call
        let greeks = BlackScholesMerton.evaluate(
            type: optionType, spot: spot, strike: strike, years: days / 365,
            volatility: vol, rate: rate, dividendYield: dividend
        )
        switch format {
        case .json: print(greeks.jsonText())
        case .text: print(table(greeks, type: optionType))
        }
    }

    /// The aligned text table: one heading line describing the inputs, then one row per number.
    func table(_ greeks: OptionGreeks, type optionType: OptionType) -> String {
        let percentages = String(
            format: "T=%.6f y  vol=%.4f %%  r=%.4f %%  q=%.4f %%", days / 365, vol * 100, rate * 100, dividend * 100
        )
        let heading = "\(optionType.rawValue)  S=\(spot)  K=\(strike)  days=\(days)  " + percentages
        let rows: [(String, Double, String)] = [
            ("price", greeks.price, ""),
            ("delta", greeks.delta, "per 1 of spot"),
            ("gamma", greeks.gamma, "per 1 of spot"),
            ("vega", greeks.vega, "per vol point"),
            ("theta", greeks.theta, "per calendar day"),
            ("rho", greeks.rho, "per rate point"),
        ]
        let lines = rows.map { name, value, unit in
            let padded = name.padding(toLength: 6, withPad: " ", startingAt: 0)
            return (padded + String(format: "%18.10f", value) + "  " + unit)
                .trimmingCharacters(in: .whitespaces)
        }
        return ([heading] + lines).joined(separator: "\n")
    }
}
