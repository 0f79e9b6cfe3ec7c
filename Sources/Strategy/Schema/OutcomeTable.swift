import MarketData

/// An ordered list of fields over one kind of record: the layout of one archive table and its exports.
public struct OutcomeTable<Record>: Sendable {
    /// The table name (`day_outcome`).
    public let name: String
    /// The fields, in column order.
    public let fields: [OutcomeField<Record>]
    /// Each field's position in ``fields``, by name.
    private let positions: [String: Int]

    /// Creates a table.
    public init(_ name: String, _ fields: [OutcomeField<Record>]) {
        self.name = name
        self.fields = fields
        positions = Dictionary(fields.enumerated().map { ($1.info.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The field called `name` (`distance_sigmas`), if the table has one.
    public func field(named name: String) -> OutcomeField<Record>? {
        positions[name].map { fields[$0] }
    }

    /// Every field's name, unit, nullability and meaning, in column order.
    public var columns: [FieldInfo] { fields.map(\.info) }

    /// The record's values in column order, numbers rounded to their field's unit.
    /// Inlinable, so each caller gets a loop specialised for its record type (the archive calls
    /// it once per day, profile and item).
    @inlinable
    public func values(of record: Record) -> [FieldValue] {
        var values: [FieldValue] = []
        values.reserveCapacity(fields.count)
        for field in fields {
            let value = field.value(record)
            if case .number(let number) = value {
                values.append(.number(field.info.unit.rounded(number)))
            } else {
                values.append(value)
            }
        }
        return values
    }
}

/// An item of a day (a rule firing, a hedge) or a trade, with the session, profile and position
/// that key it in its table.
public struct SessionItem<Item: Sendable>: Sendable {
    /// The session: the day's date, or a trade's closing date.
    public var date: CalendarDate
    /// The profile.
    public var profile: Profile
    /// Its position among the items of its kind on that session and profile, from 0.
    public var sequence: Int
    /// The item.
    public var item: Item

    /// Creates an item.
    public init(date: CalendarDate, profile: Profile, sequence: Int, item: Item) {
        self.date = date
        self.profile = profile
        self.sequence = sequence
        self.item = item
    }
}
