extension CalendarDate {
    /// The date styles accepted in input files, as shown in error messages.
    public static let acceptedFormatsDescription = "YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY"

    /// Parses a date as written in an input file: `YYYY-MM-DD`, `MM/DD/YYYY` or `M/D/YYYY`.
    ///
    /// Surrounding spaces are ignored; anything else (two-digit years, day-first dates with a day
    /// above 12 in the month slot, impossible dates such as `2023-02-29`) returns nil.
    public init?(dataField text: some StringProtocol) {
        let trimmed = text.trimmingSpaces()
        if let iso = CalendarDate(iso: trimmed) {
            self = iso
            return
        }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3,
            (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}

extension Character {
    /// True for the ASCII digits 0 to 9 (unlike `isNumber`, which accepts other scripts too).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return Substring() }
        return Substring(self[first...last])
    }
}
