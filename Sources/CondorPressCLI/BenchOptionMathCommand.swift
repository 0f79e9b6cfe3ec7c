import ArgumentParser
import MarketData
import OptionMath

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `condorpress bench-option-math`, a hidden command that times the pricer and the IV solver.
///
/// Run it from a release build: `swift build -c release && .build/release/condorpress
/// bench-option-math`. It prints wall-clock (`ContinuousClock`) and thread CPU nanoseconds per
/// operation; on a busy machine the CPU figure is the steadier one.
public struct BenchOptionMathCommand: ParsableCommand {
    /// The command's name and summary; not listed in `--help`.
    public static let configuration = CommandConfiguration(
        commandName: "bench-option-math",
        abstract: "Time Black–Scholes–Merton price+Greeks and implied-volatility solves (release builds only).",
        shouldDisplay: false
    )

    /// How many price+Greeks evaluations to time.
    @Option(help: "Number of price+Greeks evaluations.")
    var evaluations: Int = 2_000_000

    /// How many implied-volatility solves to time.
    @Option(help: "Number of implied-volatility solves.")
    var solves: Int = 500_000

    /// Creates the command with its defaults.
    public init() {}

    /// One set of option inputs in the benchmark's mix.
    struct Inputs {
        let type: OptionType
        let strike: Double
        let years: Double
        let volatility: Double
        let price: Double
        /// False when vega is negligible against the price's rounding (σ is then not recoverable).
        let isResolvable: Bool
    }

    /// 1,024 SPX-like options: spot 5,000, strikes 3,500–6,500, 1–120 days, 8 %–60 % volatility.
    static func inputMix() -> [Inputs] {
        var generator = SplitMix64(seed: 4)
        return (0..<1024).map { _ in
            let type: OptionType = generator.nextUnit() < 0.5 ? .call : .put
            let strike = StrikeGrid.snap(3_500 + 3_000 * generator.nextUnit(), step: 5)
            let years = (1 + 119 * generator.nextUnit()) / 365
            let volatility = 0.08 + 0.52 * generator.nextUnit()
            let greeks = BlackScholesMerton.evaluate(
                type: type, spot: 5_000, strike: strike, years: years, volatility: volatility,
                rate: 0.02, dividendYield: 0.015)
            return Inputs(
                type: type, strike: strike, years: years, volatility: volatility, price: greeks.price,
                isResolvable: greeks.vega * 100 > 1e-6 * greeks.price && greeks.price > 1e-290)
        }
    }

    /// Runs both timings and prints nanoseconds per operation.
    public func run() throws {
        guard evaluations > 0, solves > 0 else { throw ValidationError("counts must be positive") }
        let mix = Self.inputMix()
        let clock = ContinuousClock()
        var checksum = 0.0
        let pricingStart = Self.threadCPUTime()
        let pricing = clock.measure {
            for index in 0..<evaluations {
                let inputs = mix[index & 1023]
                let greeks = BlackScholesMerton.evaluate(
                    type: inputs.type, spot: 5_000, strike: inputs.strike, years: inputs.years,
                    volatility: inputs.volatility, rate: 0.02, dividendYield: 0.015)
                checksum += greeks.price + greeks.delta + greeks.gamma + greeks.vega + greeks.theta + greeks.rho
            }
        }
        let pricingCPU = Self.threadCPUTime() - pricingStart
        var failures = 0
        var worstError = 0.0
        let solvingStart = Self.threadCPUTime()
        let solving = clock.measure {
            for index in 0..<solves {
                let inputs = mix[index & 1023]
                switch ImpliedVolatility.solve(
                    price: inputs.price, type: inputs.type, spot: 5_000, strike: inputs.strike,
                    years: inputs.years, rate: 0.02, dividendYield: 0.015)
                {
                case .success(let volatility):
                    checksum += volatility
                    if inputs.isResolvable {
                        worstError = max(worstError, abs(volatility - inputs.volatility))
                    }
                case .failure:
                    failures += 1
                }
            }
        }
        let solvingCPU = Self.threadCPUTime() - solvingStart
        let resolvable = mix.filter(\.isResolvable).count
        print(
            "price+Greeks: \(Self.format(pricing, count: evaluations)) ns wall, "
                + "\(Self.format(pricingCPU, count: evaluations)) ns CPU per evaluation (\(evaluations) runs)")
        print(
            "implied vol:  \(Self.format(solving, count: solves)) ns wall, "
                + "\(Self.format(solvingCPU, count: solves)) ns CPU per solve (\(solves) runs)")
        print(
            "solve failures: \(failures); worst |σ error| over the \(resolvable) of 1024 inputs with "
                + "non-negligible vega: \(worstError); checksum \(checksum)")
    }

    /// This thread's CPU time so far (less disturbed than wall time on a busy machine).
    static func threadCPUTime() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }

    /// Nanoseconds per operation with one decimal.
    static func format(_ duration: Duration, count: Int) -> String {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = Double(seconds) * 1e9 + Double(attoseconds) * 1e-9
        let perOperation = (nanoseconds / Double(count) * 10).rounded() / 10
        return "\(perOperation)"
    }
}
