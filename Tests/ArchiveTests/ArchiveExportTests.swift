import Foundation
import GRDB
import MarketData
import Strategy
import Testing

@testable import Archive

@Suite struct ArchiveExportTests {
    let archive: OutcomeArchive
    let rows: [ArchiveRow]

    init() throws {
        archive = try writtenArchive(makeRuns(sessions: 40))
        rows = try archive.allRows()
    }

    @Test func csvHeaderNamesTheTableColumnsInOrder() throws {
        let tableColumns = try archive.dbQueue.read { db in try db.columns(in: "day_outcome").map(\.name) }
        let csv = ArchiveExport.csv(rows)
        let header = try #require(csv.split(separator: "\n").first)
        #expect(header.split(separator: ",").map(String.init) == tableColumns)
        #expect(StoredTable.dayOutcome.columns.map(\.name) == tableColumns)
        #expect(tableColumns.count == 64)
    }

    @Test func csvParsesBackToTheDatabaseRowsRowForRow() throws {
        let csv = ArchiveExport.csv(rows)
        #expect(csv.hasSuffix("\n"))
        let table = parseCSV(csv)
        let header = try #require(table.first)
        #expect(table.count == rows.count + 1)
        #expect(table.allSatisfy { $0.count == header.count })
        for (index, fields) in table.dropFirst().enumerated() {
            // An empty field is NULL in a column that may be empty, else the empty text (`rules`).
            let columns = StoredTable.dayOutcome.columns
            let texts = Dictionary(
                uniqueKeysWithValues: zip(header, zip(columns, fields).map { $1.isEmpty && $0.nullable ? nil : $1 }))
            #expect(try outcomeRow(fromTexts: texts) == rows[index])
        }
    }

    @Test func jsonParsesBackToTheDatabaseRowsRowForRow() throws {
        let json = ArchiveExport.json(rows)
        #expect(json.hasPrefix("[\n{\"date\":\"2024-01-02\",\"profile\":\"steward\",\"warmup\":true,\"spot\":4700.00,"))
        #expect(json.hasSuffix("}\n]\n"))
        #expect(json.split(separator: "\n").count == rows.count + 2)
        let objects = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == rows.count)
        for (object, row) in zip(objects, rows) {
            var texts: [String: String?] = [:]
            for column in StoredTable.dayOutcome.columns {
                let value = object[column.name]
                switch value {
                case nil, is NSNull: texts[column.name] = .some(nil)
                case let text as String: texts[column.name] = text
                case let array as [Any]:
                    let original = try JSONSerialization.jsonObject(with: Data(text(of: column, in: row).utf8))
                    #expect((array as NSArray).isEqual(original), "column \(column.name)")
                    texts[column.name] = text(of: column, in: row)
                case let number as NSNumber:
                    texts[column.name] = column.type == .boolean ? (number.boolValue ? "true" : "false") : "\(number)"
                default:
                    Issue.record("unexpected JSON value in \(column.name)")
                }
            }
            #expect(try outcomeRow(fromTexts: texts) == row)
        }
    }

    @Test func hostileExplanationsRoundTripInCSVAndJSON() throws {
        let stored = try archive.allFirings().filter { $0.text("explanation") == hostileText }
        #expect(!stored.isEmpty)
        let hostileRow = try #require(rows.first { ($0.text("explanations") ?? "").contains("script") })
        let expected = try JSONDecoder().decode([String].self, from: Data((hostileRow.text("explanations") ?? "").utf8))
        #expect(expected.contains(hostileText))

        let table = parseCSV(ArchiveExport.csv([hostileRow]))
        #expect(table.count == 2)
        let column = try #require(table[0].firstIndex(of: "explanations"))
        let fromCSV = try JSONDecoder().decode([String].self, from: Data(table[1][column].utf8))
        #expect(fromCSV == expected)

        let json = ArchiveExport.json([hostileRow])
        #expect(!json.contains("<script>"))
        let objects = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.first?["explanations"] as? [String] == expected)
        let events = try #require(objects.first?["upcoming_events"] as? [[String: String]])
        #expect(events.map { $0["name"] } == ["FOMC, \"day\" 2"])
    }

    @Test func formatsNumbersWithFixedDecimalsAndNoNegativeZeroOrExponent() throws {
        #expect(ArchiveExport.csvText(.decimal(places: 2), .number(-0.0)) == "0.00")
        #expect(ArchiveExport.csvText(.decimal(places: 2), .number(-0.004)) == "0.00")
        #expect(ArchiveExport.csvText(.decimal(places: 4), .number(1e-7)) == "0.0000")
        #expect(ArchiveExport.csvText(.decimal(places: 2), .number(123_456_789.5)) == "123456789.50")
        #expect(ArchiveExport.csvText(.decimal(places: 6), .number(-0.0012345)) == "-0.001235")
        #expect(ArchiveExport.csvText(.decimal(places: 2), .null) == "")
        #expect(ArchiveExport.jsonToken(.decimal(places: 2), .null) == "null")
        #expect(ArchiveExport.csvText(.boolean, .boolean(false)) == "false")
        #expect(ArchiveExport.jsonToken(.integer, .integer(-3)) == "-3")
        let csv = ArchiveExport.csv(rows) + ArchiveExport.json(rows)
        #expect(!csv.contains("e-"))
        #expect(!csv.contains("e+"))
        #expect(!csv.contains("-0.00,"))
    }

    @Test func writesAFlatDayWithEmptyFields() throws {
        let warmup = try #require(rows.first)
        let line = ArchiveExport.csv([warmup]).split(separator: "\n")[1]
        #expect(line.hasPrefix("2024-01-02,steward,true,4700.00,15.50,0,,,,,,,,"))
        #expect(
            line.hasSuffix(
                #",2,,,,,,,"[{""date"":""2024-01-04"",""kind"":""FOMC"",""name"":""FOMC, \""day\"" 2""}]",[]"#))
        let fields = parseCSV(ArchiveExport.csv([warmup]))[1]
        #expect(fields.last == "[]")
    }

    @Test func emptyExportsStillHaveAHeaderOrAnEmptyArray() {
        #expect(ArchiveExport.json([]) == "[]\n")
        #expect(ArchiveExport.csv([]) == StoredTable.dayOutcome.columns.map(\.name).joined(separator: ",") + "\n")
    }

    private func text(of column: FieldInfo, in row: ArchiveRow) -> String {
        ArchiveExport.csvText(column.type, row[column.name])
    }
}
