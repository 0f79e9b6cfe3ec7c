/// The synthetic VIX of ``SampleMarketGenerator``: a calm log-OU part plus staged, decaying shocks.
struct SampleVIXProcess {
    /// What one session's step produced.
    struct Step {
        /// The VIX close.
        var vix: Double
        /// The log-VIX shock released today (zero on ordinary days); the SPX falls with it.
        var releasedShock: Double
    }

    private let parameters: SampleMarketGenerator.Parameters
    private let calmMean: Double
    private let shockRetention: Double
    private var calmLogVIX: Double
    private var shockLogVIX = 0.0
    private var pendingShock = 0.0

    /// Starts the process at the parameters' starting VIX.
    init(parameters: SampleMarketGenerator.Parameters, dt: Double) {
        self.parameters = parameters
        calmMean = PortableMath.log(parameters.vixCalmLevel)
        shockRetention = PortableMath.exp(-parameters.shockDecay * dt)
        calmLogVIX = PortableMath.log(max(parameters.startVIX, parameters.vixFloor))
    }

    /// Advances one session, given the day's standard normal log-VIX shock; shock arrivals and sizes
    /// are drawn from `random`.
    mutating func step(gaussianShock: Double, dt: Double, random: inout Xoshiro256StarStar) -> Step {
        let p = parameters
        if random.nextUniform() < p.shockIntensity * dt {
            pendingShock += min(p.shockMaxSize, random.nextExponential(mean: p.shockMeanSize))
        }
        let decayedShock = shockLogVIX * shockRetention
        let release = max(0, min(pendingShock * p.shockReleaseShare, p.shockMaxTotal - decayedShock))
        let remaining = pendingShock * (1 - p.shockReleaseShare)
        pendingShock = remaining < 0.01 ? 0 : remaining
        let reversion = p.vixReversion * (calmLogVIX < calmMean ? p.vixReversionBelowFactor : 1)
        calmLogVIX += reversion * (calmMean - calmLogVIX) * dt + p.vixVolOfVol * dt.squareRoot() * gaussianShock
        shockLogVIX = decayedShock + release
        return Step(vix: max(p.vixFloor, PortableMath.exp(calmLogVIX + shockLogVIX)), releasedShock: release)
    }
}
