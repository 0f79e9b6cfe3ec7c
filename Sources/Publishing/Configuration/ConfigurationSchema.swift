/// The list of every key `condorpress.yml` accepts with its valid range, in file order: each range is
/// declared here once, and `docs/config-keys.md` lists them (a test keeps the two equal).
enum ConfigurationSchema {
    /// The top-level sections, in file order.
    static let sections = ["site", "strategy", "signals", "model", "profiles"]

    /// Every leaf key with its bounds, in the order of the shipped file.
    static var keys: [ConfigurationKey] {
        siteKeys + strategyKeys + signalKeys + modelKeys + promoterKeys
    }

    private static let site = ["site"]
    private static let strategy = ["strategy"]
    private static let signals = ["signals"]
    private static let model = ["model"]
    private static let promoter = ["profiles", "promoter"]

    private static func key(_ section: [String], _ name: String, _ accessor: ConfigurationKey.Accessor)
        -> ConfigurationKey
    {
        ConfigurationKey(section: section, name: name, flatName: name, accessor: accessor)
    }

    private static var siteKeys: [ConfigurationKey] {
        [
            key(site, "title", .text(\.site.title)),
            key(site, "description", .text(\.site.description)),
            key(site, "baseURL", .address(\.site.baseURL)),
            key(site, "language", .text(\.site.language)),
            key(site, "author", .text(\.site.author)),
            key(site, "feedEntries", .integer(\.site.feedEntries, 1...10_000)),
            key(site, "search", .flag(\.site.search)),
        ]
    }

    private static var strategyKeys: [ConfigurationKey] {
        [
            key(strategy, "startingCapital", .number(\.engine.strategy.startingCapital, .open(0, 1e12))),
            key(strategy, "warmupSessions", .integer(\.engine.strategy.warmupSessions, 0...1_000)),
            key(strategy, "targetDTE", .integer(\.engine.strategy.targetDTE, 1...365)),
            key(strategy, "shortDTE", .integer(\.engine.strategy.shortDTE, 1...365)),
            key(strategy, "shortDelta", .number(\.engine.strategy.shortDelta, .open(0, 0.5))),
            key(strategy, "wingWidthPercent", .number(\.engine.strategy.wingWidthPercent, .open(0, 0.5))),
            key(strategy, "strikeStep", .number(\.engine.strategy.strikeStep, .leftOpen(0, 1_000))),
            key(strategy, "contractMultiplier", .number(\.engine.strategy.contractMultiplier, .leftOpen(0, 10_000))),
            key(strategy, "baseAllocation", .number(\.engine.strategy.baseAllocation, .leftOpen(0, 1))),
            key(strategy, "wholeContracts", .flag(\.engine.strategy.wholeContracts)),
            key(strategy, "commissionPerContract", .number(\.engine.strategy.commissionPerContract, .closed(0, 1_000))),
            key(strategy, "slippagePerLeg", .number(\.engine.strategy.slippagePerLeg, .closed(0, 1_000))),
            key(strategy, "stopMultiple", .number(\.engine.strategy.stopMultiple, .leftOpen(0, 100))),
            key(strategy, "profitTarget", .number(\.engine.strategy.profitTarget, .open(0, 1))),
            key(strategy, "exitDTE", .integer(\.engine.strategy.exitDTE, 0...365)),
            key(strategy, "bandWide", .number(\.engine.strategy.bandWide, .leftOpen(0, 1))),
            key(strategy, "bandTight", .number(\.engine.strategy.bandTight, .leftOpen(0, 1))),
            key(strategy, "thetaWindowDTE", .integer(\.engine.strategy.thetaWindowDTE, 0...365)),
            key(strategy, "confirmSessions", .integer(\.engine.strategy.confirmSessions, 1...100)),
            key(strategy, "breadthLookback", .integer(\.engine.strategy.breadthLookback, 1...500)),
            key(strategy, "vixLookback", .integer(\.engine.strategy.vixLookback, 1...500)),
            key(strategy, "eventLookaheadSessions", .integer(\.engine.strategy.eventLookaheadSessions, 1...100)),
            key(strategy, "layer1Threshold", .number(\.engine.strategy.layer1Threshold, .leftOpen(0, 200))),
            key(strategy, "layer2Threshold", .number(\.engine.strategy.layer2Threshold, .leftOpen(0, 200))),
            key(strategy, "standDownDays", .integer(\.engine.strategy.standDownDays, 1...100)),
            key(strategy, "standDownGap", .number(\.engine.strategy.standDownGap, .closed(0, 100))),
            key(strategy, "hedgeBudgetPercent", .number(\.engine.strategy.hedgeBudgetPercent, .closed(0, 0.5))),
            key(strategy, "hedgeStrikeMultiplier", .number(\.engine.strategy.hedgeStrikeMultiplier, .leftOpen(0, 10))),
            key(strategy, "hedgeSpreadWidth", .number(\.engine.strategy.hedgeSpreadWidth, .leftOpen(0, 200))),
            key(strategy, "hedgeDays", .integer(\.engine.strategy.hedgeDays, 1...365)),
        ]
    }

    private static var signalKeys: [ConfigurationKey] {
        [
            key(signals, "macdFast", .integer(\.engine.signals.macdFast, 1...500)),
            key(signals, "macdSlow", .integer(\.engine.signals.macdSlow, 1...500)),
            key(signals, "macdSignal", .integer(\.engine.signals.macdSignal, 1...500)),
            key(signals, "rsiPeriod", .integer(\.engine.signals.rsiPeriod, 1...500)),
            key(signals, "realisedVolWindow", .integer(\.engine.signals.realisedVolWindow, 2...500)),
        ]
    }

    private static var modelKeys: [ConfigurationKey] {
        [
            key(model, "riskFreeRate", .number(\.engine.model.riskFreeRate, .closed(-0.5, 1))),
            key(model, "dividendYield", .number(\.engine.model.dividendYield, .closed(-0.5, 1))),
            key(model, "atmRatio", .number(\.engine.model.atmRatio, .leftOpen(0, 5))),
            key(model, "skew", .number(\.engine.model.skew, .closed(-5, 5))),
            key(model, "smile", .number(\.engine.model.smile, .closed(-5, 5))),
            key(model, "vixForwardMean", .number(\.engine.model.vixForwardMean, .leftOpen(0, 200))),
            key(model, "vixForwardSpeed", .number(\.engine.model.vixForwardSpeed, .closed(0, 100))),
            key(model, "volOfVol", .number(\.engine.model.volOfVol, .leftOpen(0, 10))),
        ]
    }

    private static var promoterKeys: [ConfigurationKey] {
        [
            ConfigurationKey(
                section: promoter, name: "lowVIXThreshold", flatName: "promoterLowVIXThreshold",
                accessor: .number(\.engine.promoter.lowVIXThreshold, .leftOpen(0, 200))),
            ConfigurationKey(
                section: promoter, name: "bandMultiplier", flatName: "promoterBandMultiplier",
                accessor: .number(\.engine.promoter.bandMultiplier, .leftOpen(0, 100))),
            ConfigurationKey(
                section: promoter, name: "profitTarget", flatName: "promoterProfitTarget",
                accessor: .number(\.engine.promoter.profitTarget, .open(0, 1))),
        ]
    }
}
