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
        ]
    }

    private static var strategyKeys: [ConfigurationKey] {
        [
            key(strategy, "startingCapital", .number(\.strategy.startingCapital, .open(0, 1e12))),
            key(strategy, "warmupSessions", .integer(\.strategy.warmupSessions, 0...1_000)),
            key(strategy, "targetDTE", .integer(\.strategy.targetDTE, 1...365)),
            key(strategy, "shortDTE", .integer(\.strategy.shortDTE, 1...365)),
            key(strategy, "shortDelta", .number(\.strategy.shortDelta, .open(0, 0.5))),
            key(strategy, "wingWidthPercent", .number(\.strategy.wingWidthPercent, .open(0, 0.5))),
            key(strategy, "strikeStep", .number(\.strategy.strikeStep, .leftOpen(0, 1_000))),
            key(strategy, "contractMultiplier", .number(\.strategy.contractMultiplier, .leftOpen(0, 10_000))),
            key(strategy, "baseAllocation", .number(\.strategy.baseAllocation, .leftOpen(0, 1))),
            key(strategy, "wholeContracts", .flag(\.strategy.wholeContracts)),
            key(strategy, "commissionPerContract", .number(\.strategy.commissionPerContract, .closed(0, 1_000))),
            key(strategy, "slippagePerLeg", .number(\.strategy.slippagePerLeg, .closed(0, 1_000))),
            key(strategy, "stopMultiple", .number(\.strategy.stopMultiple, .leftOpen(0, 100))),
            key(strategy, "profitTarget", .number(\.strategy.profitTarget, .open(0, 1))),
            key(strategy, "exitDTE", .integer(\.strategy.exitDTE, 0...365)),
            key(strategy, "bandWide", .number(\.strategy.bandWide, .leftOpen(0, 1))),
            key(strategy, "bandTight", .number(\.strategy.bandTight, .leftOpen(0, 1))),
            key(strategy, "thetaWindowDTE", .integer(\.strategy.thetaWindowDTE, 0...365)),
            key(strategy, "confirmSessions", .integer(\.strategy.confirmSessions, 1...100)),
            key(strategy, "breadthLookback", .integer(\.strategy.breadthLookback, 1...500)),
            key(strategy, "vixLookback", .integer(\.strategy.vixLookback, 1...500)),
            key(strategy, "eventLookaheadSessions", .integer(\.strategy.eventLookaheadSessions, 1...100)),
            key(strategy, "layer1Threshold", .number(\.strategy.layer1Threshold, .leftOpen(0, 200))),
            key(strategy, "layer2Threshold", .number(\.strategy.layer2Threshold, .leftOpen(0, 200))),
            key(strategy, "standDownDays", .integer(\.strategy.standDownDays, 1...100)),
            key(strategy, "standDownGap", .number(\.strategy.standDownGap, .closed(0, 100))),
            key(strategy, "hedgeBudgetPercent", .number(\.strategy.hedgeBudgetPercent, .closed(0, 0.5))),
            key(strategy, "hedgeStrikeMultiplier", .number(\.strategy.hedgeStrikeMultiplier, .leftOpen(0, 10))),
            key(strategy, "hedgeSpreadWidth", .number(\.strategy.hedgeSpreadWidth, .leftOpen(0, 200))),
            key(strategy, "hedgeDays", .integer(\.strategy.hedgeDays, 1...365)),
        ]
    }

    private static var signalKeys: [ConfigurationKey] {
        [
            key(signals, "macdFast", .integer(\.signals.macdFast, 1...500)),
            key(signals, "macdSlow", .integer(\.signals.macdSlow, 1...500)),
            key(signals, "macdSignal", .integer(\.signals.macdSignal, 1...500)),
            key(signals, "rsiPeriod", .integer(\.signals.rsiPeriod, 1...500)),
            key(signals, "realisedVolWindow", .integer(\.signals.realisedVolWindow, 2...500)),
        ]
    }

    private static var modelKeys: [ConfigurationKey] {
        [
            key(model, "riskFreeRate", .number(\.model.riskFreeRate, .closed(-0.5, 1))),
            key(model, "dividendYield", .number(\.model.dividendYield, .closed(-0.5, 1))),
            key(model, "atmRatio", .number(\.model.atmRatio, .leftOpen(0, 5))),
            key(model, "skew", .number(\.model.skew, .closed(-5, 5))),
            key(model, "smile", .number(\.model.smile, .closed(-5, 5))),
            key(model, "vixForwardMean", .number(\.model.vixForwardMean, .leftOpen(0, 200))),
            key(model, "vixForwardSpeed", .number(\.model.vixForwardSpeed, .closed(0, 100))),
            key(model, "volOfVol", .number(\.model.volOfVol, .leftOpen(0, 10))),
        ]
    }

    private static var promoterKeys: [ConfigurationKey] {
        [
            ConfigurationKey(
                section: promoter, name: "lowVIXThreshold", flatName: "promoterLowVIXThreshold",
                accessor: .number(\.promoter.lowVIXThreshold, .leftOpen(0, 200))),
            ConfigurationKey(
                section: promoter, name: "bandMultiplier", flatName: "promoterBandMultiplier",
                accessor: .number(\.promoter.bandMultiplier, .leftOpen(0, 100))),
            ConfigurationKey(
                section: promoter, name: "profitTarget", flatName: "promoterProfitTarget",
                accessor: .number(\.promoter.profitTarget, .open(0, 1))),
        ]
    }
}
