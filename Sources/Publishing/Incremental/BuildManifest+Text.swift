import Foundation
import MarketData

extension BuildManifest {
    /// The manifest as text (see the type's description); identical manifests give identical bytes.
    ///
    /// Written into one byte buffer: the manifest of a 36-year site has 9,000 briefing lines.
    func encoded() -> Data {
        var termSet = Set<String>()
        for briefing in briefings.values { for term in briefing.terms { termSet.insert(term) } }
        let terms = termSet.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, Array(String($0).utf8)) })
        var out: [UInt8] = []
        out.reserveCapacity(256 + files.count * 40 + briefings.count * 96)
        func line(_ parts: String...) {
            for (index, part) in parts.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                out.append(contentsOf: part.utf8)
            }
            out.append(UInt8(ascii: "\n"))
        }
        line("condorpress-manifest", String(Self.format))
        line("tool", tool)
        line("global", globalKey)
        line("briefings", briefingKey)
        line("data", dataKey)
        line("last", lastDate?.iso ?? "-")
        for term in terms { line("term", term) }
        for file in files { line("file", file) }
        for (date, briefing) in briefings.sorted(by: { $0.key < $1.key }) {
            out.append(contentsOf: "briefing ".utf8)
            out.append(contentsOf: date.iso.utf8)
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: briefing.key.utf8)
            for term in briefing.terms {
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: numbers[term] ?? [])
            }
            out.append(UInt8(ascii: "\n"))
        }
        return Data(out)
    }

    /// Parses the text form; nil for anything malformed, another format or another tool version.
    init?(bytes: UnsafeRawBufferPointer) {
        self.init()
        var terms: [String] = []
        var header = false
        var toolSeen = false
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            guard let space = line.firstIndex(of: UInt8(ascii: " ")) else { return nil }
            let value = UnsafeRawBufferPointer(rebasing: line[(space + 1)...])
            let text = { String(decoding: value, as: UTF8.self) }
            switch String(decoding: line[..<space], as: UTF8.self) {
            case "condorpress-manifest":
                guard text() == String(Self.format) else { return nil }
                header = true
            case "tool":
                guard text() == CondorPressVersion.current else { return nil }
                tool = text()
                toolSeen = true
            case "global": globalKey = text()
            case "briefings": briefingKey = text()
            case "data": dataKey = text()
            case "last":
                let value = text()
                guard value == "-" || CalendarDate(iso: value) != nil else { return nil }
                lastDate = CalendarDate(iso: value)
            case "term": terms.append(text())
            case "file": files.append(text())
            case "briefing":
                guard let (date, briefing) = Self.briefing(value, terms: terms) else { return nil }
                briefings[date] = briefing
            default: return nil
            }
        }
        guard header, toolSeen else { return nil }
    }

    /// A `briefing` line's value: `YYYY-MM-DD <key> <term number>…`.
    private static func briefing(_ value: UnsafeRawBufferPointer, terms: [String]) -> (CalendarDate, Briefing)? {
        let fields = value.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        guard fields.count >= 2, let date = CalendarDate(iso: String(decoding: fields[0], as: UTF8.self)) else {
            return nil
        }
        var linked: [String] = []
        linked.reserveCapacity(fields.count - 2)
        for field in fields.dropFirst(2) {
            // A term number has at most six digits (a glossary of a million terms).
            guard field.count <= 6 else { return nil }
            var number = 0
            for digit in field {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
                number = number * 10 + Int(digit - UInt8(ascii: "0"))
            }
            guard terms.indices.contains(number) else { return nil }
            linked.append(terms[number])
        }
        return (date, Briefing(key: String(decoding: fields[1], as: UTF8.self), terms: linked))
    }
}
