/// Generates a seeded, deterministic synthetic market on NYSE sessions: SPX, VIX, NYSE breadth,
/// a risk-free rate and an event schedule, for demonstrations and tests (never real data).
///
/// The model, per session (dt = 1/252):
/// - log-VIX = a calm part, an Ornstein–Uhlenbeck process around ln(``Parameters/vixCalmLevel``)
///   (pulled back faster from below, so the VIX seldom lingers near its floor), plus a shock part:
///   Poisson shocks of exponential size, released over two or three sessions and then decaying
///   quickly, so the VIX spikes and settles back over a few weeks.
/// - SPX log return = drift + volatility × shock, with volatility = ``Parameters/spxVolatilityToVIX``
///   × yesterday's VIX (raised on event days), the shock strongly negatively correlated with the
///   log-VIX shock, plus a sharp fall on days the VIX jumps. The drift is compensated for those
///   falls so the SPX grows by about ``Parameters/spxDrift`` a year.
/// - Breadth: the advancing share of ~3000 issues is a logistic function of the SPX move, plus a
///   slowly wandering tilt (so the A/D line can diverge from the index), plus noise.
/// - Rate: an Ornstein–Uhlenbeck process in percent.
///
/// Random numbers come from ``Xoshiro256StarStar`` and ``PortableMath`` only, so the same seed and
/// dates give byte-identical files on every platform. Each component draws from its own stream.
public struct SampleMarketGenerator: Sendable {
    /// The seed every random stream is derived from.
    public var seed: UInt64
    /// The model's parameters.
    public var parameters: Parameters

    /// Creates a generator.
    public init(seed: UInt64, parameters: Parameters = Parameters()) {
        self.seed = seed
        self.parameters = parameters
    }

    /// The synthetic market for every NYSE session from `from` through `to`; empty when `from > to`.
    public func generate(from: CalendarDate, to: CalendarDate) -> SampleMarket {
        let sessions = NYSECalendar.sessions(from: from, to: to)
        let events = SampleEventSchedule.events(from: from, to: to)
        let eventDays = Set(events.filter { $0.kind.isMarketMoving }.map(\.date))

        var streams = SplitMix64(seed: seed)
        var marketRandom = Xoshiro256StarStar(seed: streams.next())
        var barRandom = Xoshiro256StarStar(seed: streams.next())
        var breadthRandom = Xoshiro256StarStar(seed: streams.next())
        var rateRandom = Xoshiro256StarStar(seed: streams.next())

        let p = parameters
        let dt = 1.0 / 252.0
        let sqrtDt = dt.squareRoot()
        let independentWeight = (1 - p.spxVIXCorrelation * p.spxVIXCorrelation).squareRoot()
        let shockCompensation = -p.shockSPXImpact * p.shockIntensity * p.shockMeanSize * dt

        var vixProcess = SampleVIXProcess(parameters: p, dt: dt)
        var spx = p.startSPX
        var vix = max(p.startVIX, p.vixFloor)
        var rate = p.startRatePercent
        var breadthTilt = 0.0

        var days: [SampleMarket.Day] = []
        days.reserveCapacity(sessions.count)
        for date in sessions {
            // Volatility: calm diffusion plus staged, decaying Poisson shocks.
            let vixShock = marketRandom.nextGaussian()
            let spxNoise = marketRandom.nextGaussian()
            let vixStep = vixProcess.step(gaussianShock: vixShock, dt: dt, random: &marketRandom)
            let newVIX = vixStep.vix

            // Index: volatility set by yesterday's VIX, shock tied to the VIX's.
            let eventFactor = eventDays.contains(date) ? p.eventDayVolatility : 1
            let sigma = p.spxVolatilityToVIX * vix / 100 * eventFactor
            let spxShock = p.spxVIXCorrelation * vixShock + independentWeight * spxNoise
            let logReturn =
                (p.spxDrift - 0.5 * sigma * sigma) * dt + shockCompensation
                + sigma * sqrtDt * spxShock + p.shockSPXImpact * vixStep.releasedShock
            let newSPX = spx * PortableMath.exp(logReturn)
            let dailySigma = sigma * sqrtDt

            let spxBar = bar(
                previous: spx, close: newSPX, logMove: logReturn, spread: dailySigma,
                gapShare: 0.15, random: &barRandom)
            let vixBar = bar(
                previous: vix, close: newVIX, logMove: PortableMath.log(newVIX / vix),
                spread: 0.6 * p.vixVolOfVol * sqrtDt, gapShare: 0.4, random: &barRandom)
            let volumeNoise = 0.15 * barRandom.nextGaussian()
            let volume = 3.8e9 * PortableMath.exp(0.8 * PortableMath.log(vix / 17) + volumeNoise)

            // Breadth follows the standardised move, a slow tilt and noise.
            breadthTilt = 0.97 * breadthTilt + 0.08 * breadthRandom.nextGaussian()
            let standardised = min(2.5, max(-2.5, (logReturn - p.spxDrift * dt) / dailySigma))
            let breadth = breadthCounts(
                standardisedMove: standardised, tilt: breadthTilt, random: &breadthRandom)

            let rateShock = rateRandom.nextGaussian()
            rate += 0.8 * (p.rateLongRunPercent - rate) * dt + p.rateVolatility * sqrtDt * rateShock

            days.append(
                SampleMarket.Day(
                    date: date, spxOpen: spxBar.open, spxHigh: spxBar.high, spxLow: spxBar.low,
                    spxClose: spxBar.close, spxVolume: FixedPointText.wholeNumber(volume),
                    vixOpen: vixBar.open, vixHigh: vixBar.high, vixLow: vixBar.low, vixClose: vixBar.close,
                    advances: breadth.advances, declines: breadth.declines,
                    ratePercent: FixedPointText.rounded(rate, decimals: 2)))
            spx = newSPX
            vix = newVIX
        }
        return SampleMarket(days: days, events: events)
    }

    /// An open-high-low-close bar around a close, rounded to cents and consistent after rounding.
    private func bar(
        previous: Double, close: Double, logMove: Double, spread: Double, gapShare: Double,
        random: inout Xoshiro256StarStar
    ) -> (open: Double, high: Double, low: Double, close: Double) {
        let open = previous * PortableMath.exp(gapShare * logMove + 0.3 * spread * random.nextGaussian())
        let roundedOpen = FixedPointText.rounded(open, decimals: 2)
        let roundedClose = FixedPointText.rounded(close, decimals: 2)
        let upper = max(roundedOpen, roundedClose)
        let lower = min(roundedOpen, roundedClose)
        let high = upper * PortableMath.exp(0.45 * spread * abs(random.nextGaussian()))
        let low = lower * PortableMath.exp(-0.45 * spread * abs(random.nextGaussian()))
        return (
            roundedOpen, max(upper, FixedPointText.rounded(high, decimals: 2)),
            min(lower, FixedPointText.rounded(low, decimals: 2)), roundedClose
        )
    }

    /// Advancing and declining issues for a day, from the SPX move in standard deviations.
    private func breadthCounts(
        standardisedMove: Double, tilt: Double, random: inout Xoshiro256StarStar
    ) -> (advances: Int, declines: Int) {
        let issues = parameters.breadthIssues + 25 * random.nextGaussian()
        let unchanged = issues * (0.02 + 0.015 * random.nextUniform())
        let moving = issues - unchanged
        let score = parameters.breadthSensitivity * standardisedMove + tilt + 0.3 * random.nextGaussian()
        let advancingShare = 1 / (1 + PortableMath.exp(-score))
        let advances = FixedPointText.wholeNumber(moving * advancingShare)
        return (advances, FixedPointText.wholeNumber(moving) - advances)
    }
}
