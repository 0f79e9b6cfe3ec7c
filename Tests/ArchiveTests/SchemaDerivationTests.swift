import Foundation
import GRDB
import MarketData
import Strategy
import Testing

@testable import Archive

/// The SQLite tables, the insert statements and the CSV and JSON exports are derived from the
/// day-outcome schema: every field appears exactly once in each, in the schema's order.
@Suite struct SchemaDerivationTests {
    let schema = testSchema

    /// The schema's tables, by archive table.
    var schemaColumns: [ArchiveTable: [FieldInfo]] {
        [
            .dayOutcome: schema.days.columns, .ruleFiring: schema.firings.columns, .hedge: schema.hedges.columns,
            .trade: schema.trades.columns,
        ]
    }

    @Test func createTableStatementsHaveOneColumnPerSchemaField() throws {
        let archive = try OutcomeArchive.create(at: temporaryPath())
        for table in ArchiveTable.allCases {
            let fields = try #require(schemaColumns[table])
            #expect(Set(fields.map(\.name)).count == fields.count, "\(table): repeated field names")
            let (sql, columns) = try archive.read { db in
                (
                    try String.fetchOne(
                        db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                        arguments: [table.rawValue]) ?? "",
                    try db.columns(in: table.rawValue)
                )
            }
            #expect(columns.map(\.name) == fields.map(\.name), "\(table)")
            for (field, column) in zip(fields, columns) {
                #expect(occurrences(of: "\"\(field.name)\" ", in: sql) == 1, "\(table).\(field.name) in \(sql)")
                #expect(column.isNotNull == !field.nullable, "\(table).\(field.name) nullability")
                let expectedType: String =
                    switch field.type {
                    case .date, .text, .json: "TEXT"
                    case .integer: "INTEGER"
                    case .decimal: "DOUBLE"
                    case .boolean: "BOOLEAN"
                    }
                #expect(column.type == expectedType, "\(table).\(field.name) type")
            }
            let insert = table.layout.insertSQL
            for field in fields {
                #expect(occurrences(of: "\"\(field.name)\"", in: insert) == 1, "\(table).\(field.name) in the insert")
            }
        }
    }

    @Test func csvHeaderAndJSONKeysAreTheSchemaFieldsInOrder() throws {
        let fields = schema.days.columns.map(\.name)
        let header = ArchiveExport.csv([]).dropLast()
        #expect(header.split(separator: ",").map(String.init) == fields)

        let row = ArchiveRow(day: makeDay(day("2024-03-15"), .steward), schema: testSchema)
        let json = ArchiveExport.json([row])
        let object = String(json.split(separator: "\n")[1])
        for field in fields {
            #expect(occurrences(of: "\"\(field)\":", in: object) == 1, "\(field) in \(object)")
        }
        let positions = fields.compactMap { object.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions == positions.sorted())
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(Set(parsed[0].keys) == Set(fields))
    }

    @Test func rowsHaveOneValueTypedByEachSchemaField() throws {
        let runs = makeRuns(sessions: 30)
        let archive = try writtenArchive(runs)
        let stored = [
            ArchiveTable.dayOutcome: try archive.allRows(), .ruleFiring: try archive.allFirings(),
            .hedge: try archive.allHedges(), .trade: try archive.allTrades(),
        ]
        for (table, rows) in stored {
            let fields = try #require(schemaColumns[table])
            #expect(!rows.isEmpty, "\(table)")
            for row in rows {
                #expect(row.values.count == fields.count)
                for (value, field) in zip(row.values, fields) where value != .null {
                    #expect(Self.matches(value, field.type), "\(table).\(field.name): \(value)")
                }
            }
        }
    }

    @Test func everyUnitHasItsDecimalsInOnePlace() {
        #expect(FieldUnit.usd.decimals == 2)
        #expect(FieldUnit.points.type == .decimal(places: 2))
        #expect(FieldUnit.gamma.type == .decimal(places: 6))
        #expect(FieldUnit.count.type == .integer)
        #expect(FieldUnit.usd.rounded(-0.004).sign == .plus)
    }

    private static func matches(_ value: FieldValue, _ type: FieldType) -> Bool {
        switch (value, type) {
        case (.date, .date), (.text, .text), (.json, .json), (.integer, .integer), (.number, .decimal),
            (.boolean, .boolean):
            return true
        default:
            return false
        }
    }

    private func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
