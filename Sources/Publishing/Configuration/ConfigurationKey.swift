import Strategy

/// One leaf key of `condorpress.yml`: where it lives, what it accepts and which property it sets.
struct ConfigurationKey {
    /// The kind of value a key accepts, with its bounds and the property it reads and writes.
    enum Accessor {
        /// A finite number within bounds.
        case number(WritableKeyPath<Configuration, Double>, NumberBounds)
        /// A whole number within a closed range.
        case integer(WritableKeyPath<Configuration, Int>, ClosedRange<Int>)
        /// `true` or `false`.
        case flag(WritableKeyPath<Configuration, Bool>)
        /// Any non-empty text.
        case text(WritableKeyPath<Configuration, String>)
        /// An absolute http(s) address, stored ending in `/` (see ``SiteAddress``).
        case address(WritableKeyPath<Configuration, String>)
    }

    /// The section path (`["strategy"]`, `["profiles", "promoter"]`).
    let section: [String]
    /// The leaf key name (`shortDelta`).
    let name: String
    /// The flat name rule pages use as a Mustache variable (`shortDelta`, `promoterProfitTarget`).
    let flatName: String
    /// What the key accepts and where it is stored.
    let accessor: Accessor

    /// The dotted key path (`strategy.shortDelta`).
    var path: String { (section + [name]).joined(separator: ".") }

    /// The key's current value in a configuration, written as it would appear in the YAML file.
    func valueText(in configuration: Configuration) -> String {
        switch accessor {
        case .number(let keyPath, _): return NumberText.trimmed(configuration[keyPath: keyPath], maxPlaces: 6)
        case .integer(let keyPath, _): return String(configuration[keyPath: keyPath])
        case .flag(let keyPath): return configuration[keyPath: keyPath] ? "true" : "false"
        case .text(let keyPath), .address(let keyPath): return configuration[keyPath: keyPath]
        }
    }
}

/// The accepted interval of a numeric key, with the words used when a value falls outside it.
struct NumberBounds {
    /// The lower bound, if any.
    var lower: Double?
    /// Whether the lower bound itself is allowed.
    var lowerInclusive: Bool
    /// The upper bound, if any.
    var upper: Double?
    /// Whether the upper bound itself is allowed.
    var upperInclusive: Bool

    /// Numbers strictly between `lower` and `upper`.
    static func open(_ lower: Double, _ upper: Double) -> NumberBounds {
        NumberBounds(lower: lower, lowerInclusive: false, upper: upper, upperInclusive: false)
    }

    /// Numbers above `lower`, up to and including `upper`.
    static func leftOpen(_ lower: Double, _ upper: Double) -> NumberBounds {
        NumberBounds(lower: lower, lowerInclusive: false, upper: upper, upperInclusive: true)
    }

    /// Numbers from `lower` to `upper`, both included.
    static func closed(_ lower: Double, _ upper: Double) -> NumberBounds {
        NumberBounds(lower: lower, lowerInclusive: true, upper: upper, upperInclusive: true)
    }

    /// Numbers strictly above `lower`.
    static func positive(above lower: Double = 0) -> NumberBounds {
        NumberBounds(lower: lower, lowerInclusive: false, upper: nil, upperInclusive: false)
    }

    /// Numbers at or above `lower`.
    static func atLeast(_ lower: Double) -> NumberBounds {
        NumberBounds(lower: lower, lowerInclusive: true, upper: nil, upperInclusive: false)
    }

    /// True when the value lies within the bounds.
    func contains(_ value: Double) -> Bool {
        if let lower, lowerInclusive ? value < lower : value <= lower { return false }
        if let upper, upperInclusive ? value > upper : value >= upper { return false }
        return true
    }

    /// What a valid value looks like, in words that say which bounds are allowed: `a number between
    /// 0 and 1000` (both allowed), `a number greater than 0 and at most 1`, `a number greater than 0
    /// and less than 0.5`.
    var expectation: String {
        switch (lower, upper) {
        case (let lower?, let upper?):
            let low = NumberText.trimmed(lower)
            let high = NumberText.trimmed(upper)
            switch (lowerInclusive, upperInclusive) {
            case (true, true): return "a number between \(low) and \(high)"
            case (false, true): return "a number greater than \(low) and at most \(high)"
            case (true, false): return "a number of at least \(low) and less than \(high)"
            case (false, false): return "a number greater than \(low) and less than \(high)"
            }
        case (let lower?, nil):
            return lowerInclusive
                ? "a number of at least \(NumberText.trimmed(lower))"
                : "a number greater than \(NumberText.trimmed(lower))"
        case (nil, let upper?):
            return upperInclusive
                ? "a number of at most \(NumberText.trimmed(upper))" : "a number less than \(NumberText.trimmed(upper))"
        case (nil, nil):
            return "a number"
        }
    }
}
