/// What a field is, apart from where its value comes from: name, unit, nullability and meaning.
public struct FieldInfo: Sendable, Hashable {
    /// The column name, the same in SQLite, the CSV header and the JSON keys (`distance_sigmas`).
    public let name: String
    /// What the field measures; gives its type and decimals.
    public let unit: FieldUnit
    /// True when the field can be empty (SQL NULL, an empty CSV field, JSON `null`).
    public let nullable: Bool
    /// What the field holds, in one line, with its unit.
    public let summary: String

    /// How values are stored and written.
    public var type: FieldType { unit.type }
}

/// One field of an outcome table: its ``FieldInfo`` and its accessor on the engine's record.
public struct OutcomeField<Record>: Sendable {
    /// Name, unit, nullability and meaning.
    public let info: FieldInfo
    /// The field's value in a record (numbers not yet rounded).
    public let value: @Sendable (Record) -> FieldValue

    /// Declares a field.
    ///
    /// - Parameters:
    ///   - name: The column name.
    ///   - unit: What it measures.
    ///   - nullable: Whether it can be empty.
    ///   - summary: One line for the column reference.
    ///   - value: Its value in a record.
    public init(
        _ name: String, _ unit: FieldUnit, nullable: Bool = false, _ summary: String,
        _ value: @escaping @Sendable (Record) -> FieldValue
    ) {
        info = FieldInfo(name: name, unit: unit, nullable: nullable, summary: summary)
        self.value = value
    }
}
