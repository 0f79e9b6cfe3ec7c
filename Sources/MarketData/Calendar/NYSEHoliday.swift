/// A weekday on which the New York Stock Exchange is closed, with the reason.
public struct NYSEHoliday: Hashable, Sendable, CustomStringConvertible {
    /// Whether a closure comes from the yearly holiday rules or was a one-off decision.
    public enum Kind: String, Hashable, Sendable {
        /// A recurring holiday from the exchange's rules (observed date).
        case regular
        /// A one-off closure: national days of mourning, emergencies, storms.
        case special
    }

    /// The date the exchange is closed (the observed date, which may differ from the holiday's own date).
    public let date: CalendarDate
    /// The holiday's name, e.g. "Good Friday" or "Independence Day (observed)".
    public let name: String
    /// Regular holiday or one-off closure.
    public let kind: Kind

    /// Creates a closure record.
    public init(date: CalendarDate, name: String, kind: Kind) {
        self.date = date
        self.name = name
        self.kind = kind
    }

    /// The date and name, e.g. `2024-03-29 Good Friday`.
    public var description: String { "\(date.iso) \(name)" }
}
