import Foundation

extension MarketDataLoader {
    /// Reads the input files from ``directory`` and loads them.
    ///
    /// Files that are absent are reported like in ``load(contents:lenient:)``; a file that exists but
    /// cannot be read, or is not UTF-8 text, is an error naming the file (and the line of the first
    /// bad byte). Files are read in chunks of whole rows, so memory stays bounded whatever a file's
    /// size (see docs/performance.md).
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
        var inputs: [MarketDataFile: FileInput] = [:]
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        var chain: FileInput?
        for name in MarketDataFile.allCases.map(\.fileName) + [OptionChainReader.fileName] {
            let path = folder.appendingPathComponent(name).path
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            let input = isFolder.boolValue ? FileInput.folder : .path(path)
            if let file = MarketDataFile(rawValue: name) { inputs[file] = input } else { chain = input }
        }
        return try Self.assemble(inputs: inputs, chain: chain, lenient: lenient)
    }
}
