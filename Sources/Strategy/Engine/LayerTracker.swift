/// What happened to an ALVH layer on one close.
enum LayerEvent: Equatable {
    /// The VIX closed at or above the layer's threshold while the layer was inactive.
    case activated(layer: Int, threshold: Double)
    /// The layer's `standDownDays`-th consecutive close below threshold − gap.
    case stoodDown(layer: Int, level: Double, closes: Int)
}

/// The ALVH layers' hysteresis state machine (SPEC §5).
///
/// Reading: layer k activates on a close ≥ its threshold; while active it counts consecutive
/// closes below threshold − `standDownGap`; the count resets on any close at or above that level,
/// and on the `standDownDays`-th such close the layer stands down. Layers are tracked
/// independently (a jump from below 18 to above 25 activates both the same day); the current layer
/// is the highest active one. Events of one close are reported layer 1 first.
struct LayerTracker: Equatable {
    /// Activation thresholds of layers 1 and 2.
    let thresholds: [Double]
    /// How far below its threshold a close counts towards a stand-down.
    let gap: Double
    /// Consecutive counted closes that stand a layer down.
    let standDownDays: Int

    /// Whether each layer is active.
    private(set) var active: [Bool]
    /// Each active layer's run of consecutive closes below threshold − gap.
    private(set) var closesBelow: [Int]

    /// A tracker with every layer inactive.
    init(parameters: StrategyParameters) {
        thresholds = [parameters.layer1Threshold, parameters.layer2Threshold]
        gap = parameters.standDownGap
        standDownDays = parameters.standDownDays
        active = [false, false]
        closesBelow = [0, 0]
    }

    /// The highest active layer (0 when none is).
    var currentLayer: Int {
        active.lastIndex(of: true).map { $0 + 1 } ?? 0
    }

    /// Feeds one VIX close and returns what changed, layer 1 first.
    mutating func update(vix: Double) -> [LayerEvent] {
        var events: [LayerEvent] = []
        for index in thresholds.indices {
            let threshold = thresholds[index]
            if !active[index] {
                if vix >= threshold {
                    active[index] = true
                    closesBelow[index] = 0
                    events.append(.activated(layer: index + 1, threshold: threshold))
                }
                continue
            }
            let level = threshold - gap
            if vix < level {
                closesBelow[index] += 1
                if closesBelow[index] >= standDownDays {
                    active[index] = false
                    closesBelow[index] = 0
                    events.append(.stoodDown(layer: index + 1, level: level, closes: standDownDays))
                }
            } else {
                closesBelow[index] = 0
            }
        }
        return events
    }
}
