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
///
/// The engine records data, never sentences: Publishing words a firing from its reason
/// (`RuleExplanation`), for pages, the archive and `evaluate` alike.
public struct RuleFiring: Sendable, Hashable, Encodable {
    /// Why the rule fired, with every fact its explanation states.
    public let reason: RuleReason
    /// The rule's stable id (from the reason).
    public let id: RuleID
    /// The inputs, in the order the explanation mentions them (from the reason).
    public let inputs: [RuleInput]

    /// A firing for `reason`: its rule and inputs come from the reason.
    public init(_ reason: RuleReason) {
        self.reason = reason
        id = reason.rule
        inputs = reason.inputs
    }

    /// A firing with its id and inputs given rather than derived from `reason`: for tests that
    /// need inputs no reason has (hostile names, exponents).
    init(id: RuleID, inputs: [RuleInput], reason: RuleReason) {
        self.reason = reason
        self.id = id
        self.inputs = inputs
    }

    /// The value of the named input, if the rule recorded one.
    public func input(_ name: String) -> Double? {
        inputs.first { $0.name == name }?.value
    }

    private enum CodingKeys: String, CodingKey { case id, inputs, explanation, reason }

    /// Encodes `{"id", "inputs"}`, plus `"explanation"` when the encoder carries a ``RuleWording``
    /// and the whole `"reason"` while ``RecordEncoding/exact`` is set (a cache key sees every fact).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(inputs, forKey: .inputs)
        if let wording = RuleWording.of(encoder) {
            try container.encode(wording.sentence(self), forKey: .explanation)
        }
        if RecordEncoding.exact {
            try container.encode(reason, forKey: .reason)
        }
    }
}
