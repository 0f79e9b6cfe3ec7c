import ArgumentParser
import Foundation

/// Reads the text a command works on from a file path or, for `-`, standard input.
enum InputText {
    /// The whole text of `path` (or standard input for `-`), decoded as UTF-8.
    /// - Throws: a `ValidationError` naming the file when it cannot be read or is not UTF-8.
    static func read(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw ValidationError("\(path): cannot read the file")
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(path): expected UTF-8 text")
        }
        return text
    }
}
