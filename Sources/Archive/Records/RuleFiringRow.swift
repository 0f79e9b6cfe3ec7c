import GRDB
import MarketData
import Strategy

/// One row of the `rule_firing` table: a rule that fired for a profile on a day.
///
/// Primary key (`date`, `profile`, `sequence`); (`date`, `profile`) references `day_outcome`, and
/// `rule_id` references the `rule` table.
public struct RuleFiringRow: Sendable, Hashable, Codable {
    /// Session date (`date`).
    public var date: CalendarDate
    /// Profile (`profile`).
    public var profile: Profile
    /// Position of the firing in the day's order of work, from 0 (`sequence`).
    public var sequence: Int
    /// The rule's stable id (`rule_id`).
    public var ruleID: RuleID
    /// The one-sentence explanation with the actual numbers (`explanation`).
    public var explanation: String
    /// The numbers the rule looked at, a JSON array of `{"name","value"}` in the order the
    /// explanation mentions them, values rounded to 6 decimals (`inputs`).
    public var inputs: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case date, profile, sequence, ruleID = "rule_id", explanation, inputs
    }

    /// Columns used by the archive's queries.
    public enum Columns {
        /// `date`.
        public static let date = Column(CodingKeys.date)
        /// `profile`.
        public static let profile = Column(CodingKeys.profile)
        /// `sequence`.
        public static let sequence = Column(CodingKeys.sequence)
        /// `rule_id`.
        public static let ruleID = Column(CodingKeys.ruleID)
        /// `explanation`.
        public static let explanation = Column(CodingKeys.explanation)
        /// `inputs`.
        public static let inputs = Column(CodingKeys.inputs)
    }

    /// Creates a row from a firing of a day's record.
    ///
    /// - Parameters:
    ///   - firing: The rule firing.
    ///   - day: The record it belongs to.
    ///   - sequence: Its index in the day's firings.
    public init(_ firing: RuleFiring, of day: DayRecord, sequence: Int) {
        date = day.date
        profile = day.profile
        self.sequence = sequence
        ruleID = firing.id
        explanation = firing.explanation
        inputs = Self.inputsJSON(firing.inputs)
    }

    /// The `inputs` column: `[{"name":…,"value":…}]` in the given order, values rounded to at most
    /// ``ArchivePrecision/input`` decimals without trailing zeros; `[]` for none.
    static func inputsJSON(_ inputs: [RuleInput]) -> String {
        guard !inputs.isEmpty else { return "[]" }
        var json = TextBuffer(capacity: inputs.count * 40)
        json.append(UInt8(ascii: "["))
        for (index, input) in inputs.enumerated() {
            // Keys as `JSONText.object` writes them: quoted, a colon, no spaces.
            json.append(index == 0 ? #"{"name":"# : #",{"name":"#)
            json.append(jsonString: input.name)
            json.append(#","value":"#)
            json.append(trimmed: input.value, maxPlaces: ArchivePrecision.input)
            json.append(UInt8(ascii: "}"))
        }
        json.append(UInt8(ascii: "]"))
        return json.text
    }
}

extension RuleFiringRow: FetchableRecord, PersistableRecord {
    /// The table name, `rule_firing`.
    public static let databaseTableName = "rule_firing"
}

extension RuleFiringRow {
    /// Stores the row column by column (faster than the generic `Encodable` path).
    public func encode(to container: inout PersistenceContainer) {
        container[Columns.date] = date.iso
        container[Columns.profile] = profile.rawValue
        container[Columns.sequence] = sequence
        container[Columns.ruleID] = ruleID.rawValue
        container[Columns.explanation] = explanation
        container[Columns.inputs] = inputs
    }
}

extension RuleFiringRow: InsertableRow {
    var session: CalendarDate { date }

    /// Every column, in table order.
    static let insertedColumns = CodingKeys.allCases.map(\.stringValue)

    /// Binds the values of ``insertedColumns``, as ``encode(to:)`` stores them.
    func bind(to insert: inout PreparedInsert) {
        insert.bind(date)
        insert.bind(profile.rawValue)
        insert.bind(sequence)
        insert.bind(ruleID.rawValue)
        insert.bind(explanation)
        insert.bind(inputs)
    }
}
