/// One dated close of a single series (used for the SPX closes that come before any VIX close).
public struct DatedClose: Hashable, Sendable, Encodable {
    /// The session date.
    public var date: CalendarDate
    /// The close.
    public var close: Double

    /// Creates a dated close.
    public init(date: CalendarDate, close: Double) {
        self.date = date
        self.close = close
    }
}
