import MarketData

/// The typed value of one field of one record, before it is stored or written.
public enum FieldValue: Sendable, Hashable {
    /// No value (SQL NULL, an empty CSV field, JSON `null`).
    case null
    /// A date.
    case date(CalendarDate)
    /// Text.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A number, rounded to its field's unit when a row is built.
    case number(Double)
    /// A flag.
    case boolean(Bool)
    /// Upcoming events, written as a JSON array of `{"date","kind","name"}`; nil (JSON `null`)
    /// when the event calendar does not cover the window.
    case events([MarketEvent]?)
    /// Sentences, written as a JSON array of strings.
    case sentences([String])
    /// A rule's inputs, written as a JSON array of `{"name","value"}`.
    case inputs([RuleInput])
    /// JSON text as stored (what the three cases above become once written).
    case json(String)
}

extension FieldValue {
    /// A date, or ``null``.
    static func date(_ date: CalendarDate?) -> FieldValue { date.map(FieldValue.date) ?? .null }
    /// A whole number, or ``null``.
    static func integer(_ number: Int?) -> FieldValue { number.map(FieldValue.integer) ?? .null }
    /// A number, or ``null``.
    static func number(_ number: Double?) -> FieldValue { number.map(FieldValue.number) ?? .null }
    /// Text, or ``null``.
    static func text(_ text: String?) -> FieldValue { text.map(FieldValue.text) ?? .null }
    /// A flag, or ``null``.
    static func boolean(_ flag: Bool?) -> FieldValue { flag.map(FieldValue.boolean) ?? .null }
}
