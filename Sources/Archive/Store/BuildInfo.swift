import MarketData

/// What the last build wrote into the archive's `build_info` table, for incremental builds.
public struct BuildInfo: Sendable, Hashable {
    /// The CondorPress version that wrote the archive (`tool_version`).
    public var toolVersion: String
    /// A hash of the inputs (data, configuration) the outcomes were computed from (`input_hash`).
    public var inputHash: String
    /// The latest session in the archive, over every profile (`last_date`); set by the archive.
    public var lastDate: CalendarDate?

    /// Creates build information.
    ///
    /// - Parameters:
    ///   - toolVersion: The writing tool's version text.
    ///   - inputHash: A digest of the inputs, in any stable text form.
    ///   - lastDate: The last session; ``OutcomeArchive`` overwrites it with the archive's own.
    public init(toolVersion: String, inputHash: String, lastDate: CalendarDate? = nil) {
        self.toolVersion = toolVersion
        self.inputHash = inputHash
        self.lastDate = lastDate
    }

    /// The `build_info` keys.
    enum Key {
        static let toolVersion = "tool_version"
        static let inputHash = "input_hash"
        static let lastDate = "last_date"
    }

    /// The key/value rows, in a fixed order.
    var rows: [BuildInfoRow] {
        [
            BuildInfoRow(key: Key.inputHash, value: inputHash),
            BuildInfoRow(key: Key.lastDate, value: lastDate?.iso ?? ""),
            BuildInfoRow(key: Key.toolVersion, value: toolVersion),
        ]
    }

    /// Build information read back from key/value rows (missing keys read as empty).
    init(rows: [BuildInfoRow]) {
        let values = Dictionary(rows.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        toolVersion = values[Key.toolVersion] ?? ""
        inputHash = values[Key.inputHash] ?? ""
        lastDate = values[Key.lastDate].flatMap { CalendarDate(iso: $0) }
    }
}
