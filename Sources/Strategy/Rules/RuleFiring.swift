/// One named number a rule looked at when it fired (`cost to close` = 3.41).
public struct RuleInput: Sendable, Hashable, Codable {
    /// The input's name, in camel case (`costToClose`).
    public var name: String
    /// The value the rule saw.
    public var value: Double

    /// Creates an input.
    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }

    private enum CodingKeys: String, CodingKey { case name, value }

    /// Decodes `{"name": ..., "value": ...}`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decode(Double.self, forKey: .value)
    }

    /// Encodes `{"name": ..., "value": ...}` with the value rounded to 6 decimals.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(Rounding.places(value, 6), forKey: .value)
    }
}

/// A rule that fired on a day: its id, the numbers it looked at, and why (``RuleReason``).
public struct RuleFiring: Sendable, Hashable, Codable {
    /// The rule's stable id.
    public var id: RuleID
    /// The inputs, in the order the explanation mentions them.
    public var inputs: [RuleInput]
    /// Why the rule fired, with every fact its explanation states (nil only for firings made by hand in tests).
    public var reason: RuleReason?
    /// One sentence with the actual numbers ("Cost to close 3.45 reached the stop ...").
    public var explanation: String

    /// Creates a firing.
    public init(id: RuleID, inputs: [RuleInput], explanation: String) {
        self.id = id
        self.inputs = inputs
        self.explanation = explanation
    }

    /// A firing for `reason`: its rule and inputs come from the reason.
    init(_ reason: RuleReason, explanation: String) {
        self.init(id: reason.rule, inputs: reason.inputs, explanation: explanation)
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey { case id, inputs, explanation }

    /// The value of the named input, if the rule recorded one.
    public func input(_ name: String) -> Double? {
        inputs.first { $0.name == name }?.value
    }
}
