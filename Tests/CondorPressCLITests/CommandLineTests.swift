import Foundation
import Testing

@Suite("The condorpress command line", .serialized)
struct CommandLineTests {
    @Test("every subcommand has --help", arguments: ["build", "evaluate", "price", "markdown", "calendar", "check", "sample-data"])
    func help(command: String) throws {
        let result = try CLI.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: condorpress \(command)"))
    }

    @Test("price reproduces Hull's example as JSON")
    func priceJSON() throws {
        let result = try CLI.run([
            "price", "--type", "call", "--spot", "42", "--strike", "40", "--days", "182.5", "--vol", "0.2", "--rate", "0.1",
            "--dividend", "0", "--format", "json",
        ])
        #expect(result.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Double])
        #expect(Set(object.keys) == ["price", "delta", "gamma", "vega", "theta", "rho"])
        #expect(abs((object["price"] ?? 0) - 4.7594) < 5e-5)
        let put = try CLI.run([
            "price", "--type", "put", "--spot", "42", "--strike", "40", "--days", "182.5", "--vol", "0.2", "--rate", "0.1",
            "--dividend", "0", "--format", "json",
        ])
        let putObject = try #require(JSONSerialization.jsonObject(with: Data(put.stdout.utf8)) as? [String: Double])
        #expect(abs((putObject["price"] ?? 0) - 0.8086) < 5e-5)
    }

    @Test("price refuses a negative spot with a one-line error and a non-zero status")
    func priceRefusesBadInput() throws {
        let result = try CLI.run(["price", "--type", "call", "--spot", "-1", "--strike", "40", "--days", "30", "--vol", "0.2"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("spot"))
        let unknown = try CLI.run(["price", "--type", "straddle", "--spot", "42", "--strike", "40", "--days", "30", "--vol", "0.2"])
        #expect(unknown.status != 0)
    }

    @Test("calendar prints sessions and expirations, one ISO date a line")
    func calendar() throws {
        let sessions = try CLI.run(["calendar", "--from", "2025-01-06", "--to", "2025-01-10"])
        #expect(sessions.stdout == "2025-01-06\n2025-01-07\n2025-01-08\n2025-01-10\n")
        let expirations = try CLI.run(["calendar", "--expirations", "--from", "2025-04-14", "--to", "2025-04-27"])
        #expect(expirations.stdout == "2025-04-17\n2025-04-25\n")
        let reversed = try CLI.run(["calendar", "--from", "2025-05-01", "--to", "2025-04-01"])
        #expect(reversed.status != 0)
    }

    @Test("markdown --no-glossary matches the reference cmark-gfm; with the glossary it links terms")
    func markdown() throws {
        let text = "# Title\n\nAn iron condor | with ~~text~~ and www.example.com\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n<b>raw</b>\n"
        let plain = try CLI.run(["markdown", "--no-glossary", "-"], input: text)
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("<th align=\"right\">b</th>"))
        #expect(plain.stdout.contains("<!-- raw HTML omitted -->"))
        #expect(!plain.stdout.contains("glossary/"))
        let linked = try CLI.run(["markdown", "-"], input: text)
        #expect(linked.stdout.contains("<a href=\"glossary/iron-condor/index.html\" title=\""))
        let unknown = try CLI.run(["markdown", "-"], input: "Intro\n\nSee [[No Such Term]].\n")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("<stdin>:3: unknown glossary term in [[No Such Term]]"))
    }

    @Test("check passes on the bundled content and names file and line for broken data")
    func check() throws {
        let good = try CLI.run(["check"])
        #expect(good.status == 0, "\(good.stderr)")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Date,Open,High,Low,Close\n2024-01-02,1,2,0.5,1.5\n2024-01-03,1,2,0.5,abc\n"
            .write(to: folder.appendingPathComponent("spx.csv"), atomically: true, encoding: .utf8)
        try "DATE,VIXCLS\n2024-01-02,13\n2024-01-03,14\n"
            .write(to: folder.appendingPathComponent("vix.csv"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["check", "--data", folder.path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("spx.csv:3: column Close: expected a price from 0.01 to 1000000, found \"abc\""))
    }

    @Test("evaluate prints one JSON object per trading day with the fields of SPEC §7")
    func evaluate() throws {
        let result = try CLI.run(["evaluate", "--profile", "steward", "--format", "json", "--from", "2023-03-01", "--to", "2023-03-31"])
        #expect(result.status == 0, "\(result.stderr)")
        let days = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(days.count == 23)
        for key in ["date", "profile", "spot", "vix", "layer", "position", "rules", "explanations", "equity", "hedges"] {
            #expect(days.allSatisfy { $0[key] != nil }, "missing \(key)")
        }
        let position = try #require(days.first { $0["position"] is [String: Any] }?["position"] as? [String: Any])
        for key in ["expiration", "contracts", "legs", "credit", "maxLoss", "breakevens", "greeks", "invariant", "erosion", "band"] {
            #expect(position[key] != nil, "missing position.\(key)")
        }
        let csv = try CLI.run(["evaluate", "--profile", "static", "--format", "csv", "--from", "2023-03-01", "--to", "2023-03-31"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.count == 24)
        #expect(lines.first?.hasPrefix("date,profile,warmup,spot,vix,layer,rules,") == true)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",static,") })
    }

    @Test("build publishes the site and a failed build exits non-zero with the step and file")
    func build() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let result = try CLI.run(["build", "--output", output, "--from", "2025-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/briefings/2025-12-31/index.html"))
        #expect(!FileManager.default.fileExists(atPath: output + "/briefings/2025-10-31/index.html"))
        let nothing = folder.appendingPathComponent("nothing").path
        let missing = try CLI.run(["build", "--output", output, "--data", nothing])
        #expect(missing.status != 0)
        #expect(missing.stderr == "error: \(nothing): expected the data folder (spx.csv, vix.csv and the optional inputs), found no such folder\n")
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let failed = try CLI.run(["build", "--output", output, "--data", empty.path])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("[validate data]"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }
}
