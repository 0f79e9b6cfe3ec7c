import GRDB
import Strategy

/// One row of the `profile` table: a profile's name, display title and sort position.
///
/// Other tables reference `profile.name`; archive rows are ordered by `position`
/// (steward, promoter, static).
public struct ProfileRow: Sendable, Hashable, Codable {
    /// The profile's stable name (`name`, primary key).
    public var name: String
    /// The display title (`title`).
    public var title: String
    /// Sort position, from 0 (`position`).
    public var position: Int

    /// Columns used by the archive's queries.
    public enum Columns {
        /// `name`.
        public static let name = Column("name")
        /// `position`.
        public static let position = Column("position")
    }

    /// One row per profile, in ``Profile/allCases`` order.
    public static var all: [ProfileRow] {
        Profile.allCases.enumerated().map { ProfileRow(name: $1.rawValue, title: $1.title, position: $0) }
    }
}

extension ProfileRow: FetchableRecord, PersistableRecord {
    /// The table name, `profile`.
    public static let databaseTableName = "profile"
}

/// One row of the `rule` table: a rule id, its title and its position in SPEC §5.
public struct RuleRow: Sendable, Hashable, Codable {
    /// The rule's stable id (`id`, primary key).
    public var id: String
    /// The short title (`title`).
    public var title: String
    /// Sort position, from 0 (`position`).
    public var position: Int

    /// Columns used by the archive's queries.
    public enum Columns {
        /// `id`.
        public static let id = Column("id")
        /// `position`.
        public static let position = Column("position")
    }

    /// One row per rule id, in ``RuleID/allCases`` order.
    public static var all: [RuleRow] {
        RuleID.allCases.enumerated().map { RuleRow(id: $1.rawValue, title: $1.title, position: $0) }
    }
}

extension RuleRow: FetchableRecord, PersistableRecord {
    /// The table name, `rule`.
    public static let databaseTableName = "rule"
}

/// One row of the `build_info` table: a key and its text value.
public struct BuildInfoRow: Sendable, Hashable, Codable {
    /// The key (`key`, primary key): `tool_version`, `input_hash` or `last_date`.
    public var key: String
    /// The value (`value`).
    public var value: String

    /// Columns used by the archive's queries.
    public enum Columns {
        /// `key`.
        public static let key = Column("key")
        /// `value`.
        public static let value = Column("value")
    }
}

extension BuildInfoRow: FetchableRecord, PersistableRecord {
    /// The table name, `build_info`.
    public static let databaseTableName = "build_info"
}
