extension OptionGreeks {
    /// The six numbers as JSON text in a fixed key order: price, delta, gamma, vega, theta, rho.
    ///
    /// Numbers use Swift's shortest round-tripping representation; a non-finite value (which the
    /// pricers never produce for valid inputs) is written as `null` so the text stays valid JSON.
    ///
    /// - Parameter indent: spaces per level; 0 writes a single line.
    public func jsonText(indent: Int = 2) -> String {
        let pairs: [(String, Double)] = [
            ("price", price), ("delta", delta), ("gamma", gamma),
            ("vega", vega), ("theta", theta), ("rho", rho),
        ]
        let members = pairs.map { key, value in "\"\(key)\": \(value.isFinite ? "\(value)" : "null")" }
        guard indent > 0 else { return "{" + members.joined(separator: ", ") + "}" }
        let padding = String(repeating: " ", count: indent)
        return "{\n" + members.map { padding + $0 }.joined(separator: ",\n") + "\n}"
    }
}
