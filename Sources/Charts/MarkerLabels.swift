/// Places the labels of vertical markers in rows above a plot so that none overlap.
///
/// Each label tries, in order, the slots of row 0 (nearest the plot), then row 1, then row 2; in
/// each row its anchors in the order it prefers (centred over its line, or as a flag to the right
/// or the left of the line; a marker close to another should flag away from it). A slot is
/// taken only if the label overlaps no other label, its line (which rises to its row) crosses no
/// label in a lower row, and the label covers no higher line. Labels are placed in the order given
/// (most important first); one that fits nowhere is dropped when optional, else put in its first
/// slot.
struct MarkerLabels {
    /// Where a label's text sits relative to its line.
    enum Anchor: Equatable {
        case centred, right, left
    }

    /// A label to place.
    struct Request {
        var x: Double
        var text: String
        var optional: Bool
        /// The anchors to try in each row, best first.
        var anchors: [Anchor] = [.centred, .right, .left]
    }

    /// A placed label.
    struct Placement: Equatable {
        /// The index of the request it answers.
        var request: Int
        var x: Double
        var text: String
        var row: Int
        var anchor: Anchor
        /// The label's horizontal extent.
        var box: ClosedRange<Double>
    }

    static let rowHeight = ChartTypography.lineHeight
    static let maxRows = 3
    private static let padding = 3.0

    /// Places `requests` between `left` and `chartWidth` (labels stay clear of the y tick labels
    /// left of the plot); dropped optional labels are absent.
    ///
    /// A depth-first search takes, for each label in turn, its first slot that fits with the labels
    /// before it, and backtracks when a later label fits nowhere; an optional label may also be
    /// dropped. After a bounded number of steps without a full solution it falls back to placing
    /// labels one by one, putting a label that fits nowhere in its first slot.
    static func place(_ requests: [Request], left: Double = 1, chartWidth: Double) -> [Placement] {
        let candidates = requests.enumerated().map {
            slots(for: $0.element, index: $0.offset, left: left, chartWidth: chartWidth)
        }
        var budget = 20_000
        var chosen: [Placement] = []
        chosen.reserveCapacity(requests.count)

        func search(_ index: Int) -> Bool {
            if index == requests.count { return true }
            for slot in candidates[index] where fits(slot, among: chosen) {
                budget -= 1
                if budget < 0 { return false }
                chosen.append(slot)
                if search(index + 1) { return true }
                chosen.removeLast()
            }
            return requests[index].optional && budget >= 0 && search(index + 1)
        }

        if search(0) { return chosen }
        var placed: [Placement] = []
        for (request, slots) in zip(requests, candidates) {
            if let slot = slots.first(where: { fits($0, among: placed) }) {
                placed.append(slot)
            } else if !request.optional, let fallback = slots.first {
                placed.append(fallback)
            }
        }
        return placed
    }

    /// The number of rows `placements` use.
    static func rowCount(_ placements: [Placement]) -> Int {
        (placements.map(\.row).max() ?? -1) + 1
    }

    private static func slots(for request: Request, index: Int, left: Double, chartWidth: Double) -> [Placement] {
        let width = TextMetrics.width(request.text, fontSize: ChartTypography.markerSize)
        var result: [Placement] = []
        result.reserveCapacity(maxRows * request.anchors.count)
        for row in 0..<maxRows {
            for anchor in request.anchors {
                switch anchor {
                case .centred:
                    let start = min(max(request.x - width / 2, left), chartWidth - width - 1)
                    result.append(placement(request, index, row, .centred, start...(start + width)))
                case .right:
                    let start = request.x + padding
                    if start + width <= chartWidth - 1 {
                        result.append(placement(request, index, row, .right, start...(start + width)))
                    }
                case .left:
                    let end = request.x - padding
                    if end - width >= left { result.append(placement(request, index, row, .left, (end - width)...end)) }
                }
            }
        }
        return result
    }

    private static func placement(
        _ request: Request, _ index: Int, _ row: Int, _ anchor: Anchor, _ box: ClosedRange<Double>
    ) -> Placement {
        Placement(request: index, x: request.x, text: request.text, row: row, anchor: anchor, box: box)
    }

    private static func fits(_ candidate: Placement, among placed: [Placement]) -> Bool {
        for other in placed {
            let widened = (other.box.lowerBound - padding)...(other.box.upperBound + padding)
            if other.row == candidate.row && widened.overlaps(candidate.box) { return false }
            if other.row <= candidate.row && other.box.contains(candidate.x) { return false }
            if other.row >= candidate.row && candidate.box.contains(other.x) { return false }
        }
        return true
    }
}
