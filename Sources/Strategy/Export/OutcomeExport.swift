import Foundation

/// Writes daily outcomes as the JSON of SPEC §7, byte-identical for identical records.
///
/// An array with one compact object per line, keys sorted, numbers rounded to the fixed precision
/// of the record types (money 2 decimals, prices 4, ...), a trailing newline. (The flat CSV of the
/// same outcomes is the archive's, `ArchiveExport.csv`, so there is one CSV format.)
public enum OutcomeExport {
    /// The records as a JSON array, one object per line.
    ///
    /// - Parameters:
    ///   - records: Day records, in the order to write them.
    ///   - wording: The sentence for each rule firing (`explanations`).
    /// - Returns: `[\n{...},\n{...}\n]\n`, or `[]\n` for no records.
    public static func json(_ records: [DayRecord], wording: RuleWording) -> String {
        guard !records.isEmpty else { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[RuleWording.userInfoKey] = wording
        var lines: [String] = []
        lines.reserveCapacity(records.count)
        for record in records {
            // Encoding plain value types with finite numbers cannot fail; an empty object marks the impossible.
            let data = (try? encoder.encode(record)) ?? Data("{}".utf8)
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }
}
