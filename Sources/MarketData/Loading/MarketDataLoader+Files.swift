import Foundation

extension MarketDataLoader {
    /// Reads the input files from ``directory`` and loads them.
    ///
    /// Files that are absent are reported like in ``load(contents:lenient:)``; a file that exists but
    /// cannot be read, or is not UTF-8 text, is an error naming the file (and the line of the first
    /// bad byte).
    /// - Returns: The series with its warnings, notes and sources.
    /// - Throws: ``DataValidationError`` with every problem found when any of them is an error.
    public func load() throws -> LoadedMarketData {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let issue = DataIssue(
                file: directory, line: nil,
                message: "expected a data folder holding spx.csv and vix.csv, found no folder at this path")
            throw DataValidationError(issues: [issue])
        }
        var texts: [MarketDataFile: String] = [:]
        var unreadable: Set<MarketDataFile> = []
        var readIssues: [DataIssue] = []
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        for file in MarketDataFile.allCases {
            let path = folder.appendingPathComponent(file.fileName).path
            guard manager.fileExists(atPath: path) else { continue }
            guard let data = manager.contents(atPath: path) else {
                unreadable.insert(file)
                readIssues.append(
                    DataIssue(file: file.fileName, line: nil, message: "expected a readable file, found one that cannot be read"))
                continue
            }
            switch Self.decodeUTF8(Array(data), file: file) {
            case .success(let text):
                texts[file] = text
            case .failure(let issue):
                unreadable.insert(file)
                readIssues.append(issue)
            }
        }
        return try Self.assemble(texts: texts, unreadable: unreadable, readIssues: readIssues, lenient: lenient)
    }

    /// Decodes a file's bytes as UTF-8, or reports the line of the first invalid byte.
    static func decodeUTF8(_ bytes: [UInt8], file: MarketDataFile) -> Result<String, DataIssue> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let badLine = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 }
        return .failure(
            DataIssue(file: file.fileName, line: badLine, message: "expected UTF-8 text, found bytes that are not valid UTF-8"))
    }
}
