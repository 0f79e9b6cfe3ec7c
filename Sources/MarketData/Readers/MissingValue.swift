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
        guard text.utf8.count <= 4 else { return false }
        return tokens.contains(text.lowercased())
    }
}
