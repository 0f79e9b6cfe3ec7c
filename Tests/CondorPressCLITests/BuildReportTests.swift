import Foundation
import Testing

/// What `build` prints about its data: warnings stay warnings when the build fails, and the data
/// notes (rows without a value, rows not used, optional files) follow a successful build.
@Suite("What build reports about its data", .serialized)
struct BuildReportTests {
    /// A copy of the sample data with `edit` applied to the lines of one file.
    static func data(editing file: String, _ edit: (inout [String]) -> Void) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let source = CLI.repository.appendingPathComponent("Content/data")
        for name in ["spx.csv", "vix.csv", "breadth.csv", "rates.csv", "events.csv"] {
            var lines = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if name == file { edit(&lines) }
            try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test("a failed build prints the data warnings as warnings and the errors with the --lenient hint")
    func warningsStayWarnings() throws {
        let data = try Self.data(editing: "spx.csv") { lines in
            var fields = lines[4].split(separator: ",").map(String.init)
            fields[4] = "abc"
            lines[4] = fields.joined(separator: ",")
        }
        defer { try? FileManager.default.removeItem(at: data) }
        var vix = try String(contentsOf: data.appendingPathComponent("vix.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        vix[9] = "01/13/2023,18.220000,170,16.200000,160"
        try Data(vix.joined(separator: "\n").utf8).write(to: data.appendingPathComponent("vix.csv"))
        let output = try CLI.temporaryFolder().appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let result = try CLI.run(["build", "--data", data.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                warning: vix.csv:10: column CLOSE: expected a VIX close within [5, 150], found 160; check the data
                error: [validate data] spx.csv:5: column Close: expected a price from 0.01 to 1000000, found "abc"
                error: [validate data] spx.csv: 1 row with errors; fix them, or pass --lenient to skip them with a warning

                """)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a successful build ends with one note per remark on the data")
    func notes() throws {
        let data = try Self.data(editing: "vix.csv") { lines in
            lines.insert("01/16/2023,.,.,.,.", at: 10)
        }
        defer { try? FileManager.default.removeItem(at: data) }
        let output = try CLI.temporaryFolder().appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let result = try CLI.run([
            "build", "--data", data.path, "--output", output.path, "--base-url", "https://condor.test/",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr == """
                note: vix.csv: 1 date without a value, an NYSE holiday
                note: vix_futures.csv: not supplied (optional)

                """)
    }
}
