import MarketData
import OptionMath

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The VIX-derived model against the quotes of `chain.csv`: how far the model's volatilities and
/// prices are from the quoted mids, by moneyness and by days to expiration, and the surface
/// parameters that would fit the quotes best.
///
/// Readings: only out-of-the-money quotes count (puts with K < F, calls with K ≥ F, F the day's
/// forward to the expiration), as they are the liquid ones and carry the smile; the quote must
/// expire 1 to 180 calendar days after the quote date, have K/S from 0.70 to 1.30, and an
/// implied volatility (the file's, or solved from the mid). Errors are model minus market.
public struct ModelComparison: Sendable, Equatable {
    /// What the fit needs of one quote: VIX/100, ln(K/F), √T and the quote's volatility.
    struct FitInput {
        let vixFraction: Double
        let logMoneyness: Double
        let rootYears: Double
        let marketVolatility: Double
    }

    /// One quote compared with the model, while the groups are summed.
    struct Comparison {
        let days: Int
        let moneyness: Double
        let marketVolatility: Double
        let modelVolatility: Double
        let marketPrice: Double
        let modelPrice: Double
    }

    /// Running sums of one group.
    struct Sums {
        var count = 0
        var volatilityError = 0.0, absoluteVolatilityError = 0.0
        var priceError = 0.0, absolutePriceError = 0.0
        var marketVolatility = 0.0, modelVolatility = 0.0

        mutating func add(_ compared: Comparison) {
            let volatility = (compared.modelVolatility - compared.marketVolatility) * 100
            let price = compared.modelPrice - compared.marketPrice
            count += 1
            volatilityError += volatility
            absoluteVolatilityError += abs(volatility)
            priceError += price
            absolutePriceError += abs(price)
            marketVolatility += compared.marketVolatility
            modelVolatility += compared.modelVolatility
        }

        /// The group's means, or nil when it is empty.
        func bucket(_ label: String) -> Bucket? {
            guard count > 0 else { return nil }
            let n = Double(count)
            return Bucket(
                label: label, count: count, meanVolatilityError: volatilityError / n,
                meanAbsoluteVolatilityError: absoluteVolatilityError / n, meanPriceError: priceError / n,
                meanAbsolutePriceError: absolutePriceError / n, meanMarketVolatility: marketVolatility / n,
                meanModelVolatility: modelVolatility / n)
        }
    }

    /// The errors of a group of quotes.
    public struct Bucket: Sendable, Equatable {
        /// The group's label, such as `0.95–0.98` or `8–21`.
        public let label: String
        /// How many quotes fell in it.
        public let count: Int
        /// Mean of model − market volatility, in volatility points.
        public let meanVolatilityError: Double
        /// Mean of |model − market| volatility, in volatility points.
        public let meanAbsoluteVolatilityError: Double
        /// Mean of model − market price, index points.
        public let meanPriceError: Double
        /// Mean of |model − market| price, index points.
        public let meanAbsolutePriceError: Double
        /// Mean market volatility (decimal).
        public let meanMarketVolatility: Double
        /// Mean model volatility (decimal).
        public let meanModelVolatility: Double
    }

    /// The surface parameters that fit the quotes' volatilities best in least squares, with the
    /// root-mean-square error (volatility points) they leave and that of the configured surface.
    public struct Fit: Sendable, Equatable {
        public let atmRatio: Double
        public let skew: Double
        public let smile: Double
        public let rmsError: Double
        public let configuredRMSError: Double
    }

    /// How many quotes were compared.
    public let count: Int
    /// The quote dates compared, in order.
    public let dates: [CalendarDate]
    /// By K/S, low to high (empty groups left out).
    public let byMoneyness: [Bucket]
    /// By calendar days to expiration, near to far (empty groups left out).
    public let byDays: [Bucket]
    /// The best fit; nil when no quote was compared.
    public let fit: Fit?

    /// The K/S group boundaries.
    static let moneynessEdges: [Double] = [0.70, 0.90, 0.95, 0.98, 1.02, 1.05, 1.10, 1.30]
    /// The days-to-expiration group boundaries (inclusive lower, inclusive upper).
    static let dayRanges: [ClosedRange<Int>] = [1...7, 8...21, 22...45, 46...90, 91...180]

    /// Compares the model of `parameters` with every quote of `series.chain` on the series' sessions.
    ///
    /// One session's quotes are indexed at a time and the groups are summed as they go, so the
    /// comparison holds 32 bytes a compared quote (for the fit) beyond the chain itself.
    public init(series: MarketSeries, parameters: ModelParameters) {
        let edges = Self.moneynessEdges
        var moneynessSums = Array(repeating: Sums(), count: edges.count - 1)
        var daySums = Array(repeating: Sums(), count: Self.dayRanges.count)
        var inputs: [FitInput] = []
        var configuredSquares = 0.0
        var dates: [CalendarDate] = []
        for day in series.days {
            guard let chainDay = series.chain?.day(day.date) else { continue }
            let dayQuotes = DayQuotes(chainDay)
            let market = DayMarket(day: day, model: parameters, quotes: dayQuotes)
            let before = inputs.count
            for expiration in dayQuotes.expirations {
                let days = market.daysTo(expiration)
                guard (1...180).contains(days) else { continue }
                let expiry = market.expiry(years: market.years(to: expiration))
                for kind in [LegKind.put, .call] {
                    for quote in dayQuotes.quotes(expiration, kind) {
                        guard (kind == .put) == (quote.strike < expiry.forward) else { continue }
                        let moneyness = quote.strike / day.spx
                        guard moneyness >= edges[0], moneyness <= edges[edges.count - 1],
                            let volatility = market.impliedVolatility(of: quote, kind: kind, expiry: expiry)
                        else { continue }
                        let model = market.option(kind, strike: quote.strike, expiry: expiry)
                        let compared = Comparison(
                            days: days, moneyness: moneyness, marketVolatility: volatility, modelVolatility: model.iv,
                            marketPrice: quote.mid, modelPrice: model.greeks.price)
                        let group = min(edges.partitionIndex(notBelow: { $0 <= moneyness }) - 1, edges.count - 2)
                        moneynessSums[max(group, 0)].add(compared)
                        if let range = Self.dayRanges.firstIndex(where: { $0.contains(days) }) {
                            daySums[range].add(compared)
                        }
                        let error = (model.iv - volatility) * 100
                        configuredSquares += error * error
                        inputs.append(
                            FitInput(
                                vixFraction: day.vix / 100, logMoneyness: log(quote.strike / expiry.forward),
                                rootYears: expiry.years.squareRoot(), marketVolatility: volatility))
                    }
                }
            }
            if inputs.count > before { dates.append(day.date) }
        }
        count = inputs.count
        self.dates = dates
        byMoneyness = moneynessSums.indices.compactMap { moneynessSums[$0].bucket(DisplayMoneyness.range(edges[$0], edges[$0 + 1])) }
        byDays = Self.dayRanges.indices.compactMap {
            daySums[$0].bucket("\(Self.dayRanges[$0].lowerBound)–\(Self.dayRanges[$0].upperBound)")
        }
        fit = inputs.isEmpty ? nil : Self.fit(inputs, configuredSquares: configuredSquares, parameters: parameters)
    }

    /// The least-squares fit of `atmRatio`, `skew` and `smile` to the quotes' volatilities.
    ///
    /// For a given `atmRatio` a, with A = VIX/100 × a and z = ln(K/F)/(A√T), the surface without its
    /// clamps is A(1 − skew·z + smile·z²), linear in skew and smile: they solve 2×2 normal equations.
    /// a is searched on a grid from 0.30 to 1.50 by 0.01, then by 0.0005 around the best; the clamps
    /// of the configured surface apply to the reported errors.
    static func fit(_ points: [FitInput], configuredSquares: Double, parameters: ModelParameters) -> Fit {
        func solve(_ ratio: Double) -> (skew: Double, smile: Double, sse: Double) {
            var sxx = 0.0, sxy = 0.0, syy = 0.0, sxt = 0.0, syt = 0.0
            for point in points {
                let atm = point.vixFraction * ratio
                let z = point.logMoneyness / (atm * point.rootYears)
                let x = -atm * z, y = atm * z * z, target = point.marketVolatility - atm
                sxx += x * x
                sxy += x * y
                syy += y * y
                sxt += x * target
                syt += y * target
            }
            let determinant = sxx * syy - sxy * sxy
            guard abs(determinant) > 1e-300 else { return (0, 0, .infinity) }
            let skew = (sxt * syy - syt * sxy) / determinant
            let smile = (syt * sxx - sxt * sxy) / determinant
            return (skew, smile, sse(points, ratio: ratio, skew: skew, smile: smile, clamped: nil))
        }
        var best = (ratio: 0.85, skew: 0.0, smile: 0.0, sse: Double.infinity)
        func consider(_ ratio: Double) {
            let result = solve(ratio)
            if result.sse < best.sse { best = (ratio, result.skew, result.smile, result.sse) }
        }
        for step in 0...120 { consider(0.30 + 0.01 * Double(step)) }
        let coarse = best.ratio
        for step in -20...20 { consider(coarse + 0.0005 * Double(step)) }
        let surface = VolatilitySurface(atmRatio: parameters.atmRatio, skew: parameters.skew, smile: parameters.smile)
        let count = Double(points.count)
        let fitted = sse(points, ratio: best.ratio, skew: best.skew, smile: best.smile, clamped: surface)
        let configured = configuredSquares
        return Fit(
            atmRatio: best.ratio, skew: best.skew, smile: best.smile, rmsError: (fitted / count).squareRoot(),
            configuredRMSError: (configured / count).squareRoot())
    }

    /// The sum of squared volatility errors (in volatility points²) of a surface, with the clamps
    /// of `clamped` when given.
    private static func sse(_ points: [FitInput], ratio: Double, skew: Double, smile: Double, clamped: VolatilitySurface?)
        -> Double
    {
        points.reduce(0.0) { total, point in
            let atm = point.vixFraction * ratio
            let z = point.logMoneyness / (atm * point.rootYears)
            var multiplier = 1 - skew * z + smile * z * z
            if let clamped { multiplier = min(max(multiplier, clamped.minMultiplier), clamped.maxMultiplier) }
            let error = (atm * multiplier - point.marketVolatility) * 100
            return total + error * error
        }
    }
}

/// Labels of K/S groups.
enum DisplayMoneyness {
    /// `low–high` with two decimals each.
    static func range(_ low: Double, _ high: Double) -> String {
        func text(_ value: Double) -> String {
            let hundredths = Int((value * 100).rounded())
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        }
        return text(low) + "–" + text(high)
    }
}
