/// Checks `chain.csv`, which is recognised but not read yet (option chains come in a later version).
///
/// A file with a recognisable chain header is a note saying it is not used, so a user who supplies
/// one is not misled into thinking the condors were priced from it. Anything else (random bytes, an
/// unknown header, an empty file) is an error, because the file is clearly not what it claims to be.
/// Only the header row is read.
enum ChainFileCheck {
    /// The file's name in the data folder.
    static let fileName = "chain.csv"

    /// The columns a chain must have (SPEC §2), normalised.
    static let requiredColumns = ["quotedate", "expiration", "type", "strike", "bid", "ask"]

    /// The note for a recognised chain, or the error for anything else.
    static func check(_ rows: CSVRowStream) -> Result<String, DataIssue> {
        let expected = "expected an option chain with at least the columns \(requiredColumns.joined(separator: ","))"
        guard let header = rows.next() else {
            if let stop = rows.stop, case .invalidUTF8(let line) = stop {
                return .failure(
                    DataIssue(
                        file: fileName, line: line,
                        message: "expected UTF-8 text, found bytes that are not valid UTF-8; "
                            + "\(expected), or remove the file"))
            }
            return .failure(DataIssue(file: fileName, line: nil, message: "empty file: \(expected), or remove the file"))
        }
        let names = Set(header.fields.map(normalize))
        let missing = requiredColumns.filter { !names.contains($0) }
        guard missing.isEmpty else {
            let found = DisplayText.quoted(header.fields.joined(separator: ","))
            return .failure(
                DataIssue(
                    file: fileName, line: header.line,
                    message: "unknown header \(found): \(expected), or remove the file"))
        }
        return .success(
            "\(fileName): option chain recognised but not used yet; condors are priced from the model")
    }

    /// A header field lowercased with everything but letters and digits removed, so that
    /// `Quote Date`, `quote_date` and `[QUOTEDATE]` all read `quotedate`.
    static func normalize(_ field: String) -> String {
        String(field.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }
}
