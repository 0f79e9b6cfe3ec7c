import Strategy

/// One configuration value under the flat name rule pages use (`{{shortDelta}}`).
public struct ConfigurationParameter: Sendable, Hashable {
    /// The flat Mustache name (`shortDelta`, `promoterProfitTarget`).
    public var name: String
    /// The dotted key path in `condorpress.yml` (`strategy.shortDelta`).
    public var keyPath: String
    /// The value as text, numbers without trailing zeros (`0.16`, `100000`, `true`).
    public var value: String

    /// Creates a parameter.
    public init(name: String, keyPath: String, value: String) {
        self.name = name
        self.keyPath = keyPath
        self.value = value
    }
}

extension Configuration {
    /// Every leaf key with its live value, in the order of the shipped `condorpress.yml`.
    public var parameters: [ConfigurationParameter] {
        ConfigurationSchema.keys.map {
            ConfigurationParameter(name: $0.flatName, keyPath: $0.path, value: $0.valueText(in: self))
        }
    }

    /// The same values keyed by flat name, ready to be handed to a template.
    public var parameterValues: [String: String] {
        var values: [String: String] = [:]
        for parameter in parameters { values[parameter.name] = parameter.value }
        return values
    }
}
