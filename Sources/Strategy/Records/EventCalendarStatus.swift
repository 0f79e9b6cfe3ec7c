import MarketData

/// How far the supplied event calendar reaches over a day's look-ahead window.
///
/// The window runs from the day after today to the last of the next `eventLookaheadSessions`
/// sessions. Only a calendar that covers all of it can say that nothing is due; otherwise the
/// events listed may not be all there are.
public enum EventCalendarStatus: Sendable, Hashable {
    /// `events.csv` lists events on both sides of the window: the events found are all there are.
    case complete
    /// No `events.csv` was supplied: upcoming releases are unknown.
    case notSupplied
    /// `events.csv` covers only part of the window, or none of it: `startsOn` is its first event
    /// when that comes after the window opens, `endsOn` its last event when that comes before the
    /// window closes (both nil for a file without events).
    case partial(startsOn: CalendarDate?, endsOn: CalendarDate?)

    /// The status of the window `start...end` for a calendar with `coverage` (nil when not supplied).
    public init(coverage: InputCoverage?, from start: CalendarDate, through end: CalendarDate) {
        guard let coverage else {
            self = .notSupplied
            return
        }
        guard let first = coverage.first, let last = coverage.last else {
            self = .partial(startsOn: nil, endsOn: nil)
            return
        }
        if coverage.covers(from: start, through: end) {
            self = .complete
        } else {
            self = .partial(startsOn: first > start ? first : nil, endsOn: last < end ? last : nil)
        }
    }

    /// True when the events found in the window are all there are.
    public var isComplete: Bool { self == .complete }
}

extension EventCalendarStatus: Codable {
    private enum CodingKeys: String, CodingKey {
        case status, startsOn, endsOn
    }

    /// Decodes `{"status": "complete" | "none" | "partial", "startsOn": date?, "endsOn": date?}`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .status) {
        case "complete":
            self = .complete
        case "none":
            self = .notSupplied
        case "partial":
            self = .partial(
                startsOn: try c.decodeIfPresent(CalendarDate.self, forKey: .startsOn),
                endsOn: try c.decodeIfPresent(CalendarDate.self, forKey: .endsOn))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .status, in: c, debugDescription: "expected complete, none or partial, found \(other)")
        }
    }

    /// Encodes the status as `{"status": …}` with the calendar's first and last event dates when
    /// they fall inside the window.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .complete:
            try c.encode("complete", forKey: .status)
        case .notSupplied:
            try c.encode("none", forKey: .status)
        case .partial(let startsOn, let endsOn):
            try c.encode("partial", forKey: .status)
            try c.encodeIfPresent(startsOn, forKey: .startsOn)
            try c.encodeIfPresent(endsOn, forKey: .endsOn)
        }
    }
}
