/// Every number the engine reads: the strategy's rules, the signals' periods, the option model and
/// the promoter's loosening. Plain values; the configuration file that fills them is read elsewhere.
///
/// Each default is declared once, in the initialiser of its section's type.
public struct EngineParameters: Sendable, Hashable, Codable {
    /// The iron condor and ALVH rules.
    public var strategy: StrategyParameters
    /// The indicator periods.
    public var signals: SignalParameters
    /// The option model's inputs.
    public var model: ModelParameters
    /// How the promoter profile loosens the rules.
    public var promoter: PromoterParameters

    /// Creates engine parameters; every section defaults to its shipped values.
    public init(
        strategy: StrategyParameters = StrategyParameters(), signals: SignalParameters = SignalParameters(),
        model: ModelParameters = ModelParameters(), promoter: PromoterParameters = PromoterParameters()
    ) {
        self.strategy = strategy
        self.signals = signals
        self.model = model
        self.promoter = promoter
    }

    /// Every default of SPEC §4 and §5.
    public static let defaults = EngineParameters()
}
