/// The spellings that mean "no value for that date" in a value column of any input file.
///
/// FRED writes `.` on holidays, Yahoo `null`, spreadsheets `#N/A`, R `NA`, pandas `NaN`; others
/// leave the field empty. Matched case-insensitively after the field's spaces are trimmed.
enum MissingValue {
    /// The accepted spellings, lowercased.
    static let tokens: Set<String> = [".", "", "na", "n/a", "#n/a", "null", "nan"]

    /// The spellings as shown in documentation and messages.
    static let description = "., an empty field, NA, N/A, #N/A, null or NaN"

    /// True when `text` is one of the spellings of a missing value.
    static func isMissing(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return true }
        // Every token but the empty one starts with `.`, `#` or an n; numbers start with a digit or a sign.
        guard utf8.count <= 4, first == UInt8(ascii: ".") || first == UInt8(ascii: "#") || first | 0x20 == UInt8(ascii: "n")
        else { return false }
        return tokens.contains(text.lowercased())
    }
}
