extension CalendarDate {
    /// The date styles accepted in input files, as shown in error messages.
    public static let acceptedFormatsDescription = "YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY"

    /// Parses a date as written in an input file: `YYYY-MM-DD`, `MM/DD/YYYY` or `M/D/YYYY`.
    ///
    /// Surrounding spaces are ignored; anything else (two-digit years, day-first dates with a day
    /// above 12 in the month slot, impossible dates such as `2023-02-29`) returns nil.
    public init?(dataField text: some StringProtocol) {
        if let parts = CalendarDate.plainDigitParts(text.utf8) {
            self.init(year: parts.year, month: parts.month, day: parts.day)
            return
        }
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

extension CalendarDate {
    /// The parts of a field that is exactly `YYYY-MM-DD`, `MM/DD/YYYY` or `M/D/YYYY` in ASCII digits
    /// with nothing around it (nearly every field), read straight from its bytes; nil for anything
    /// else, which then takes the general path of ``init(dataField:)``.
    ///
    /// For such fields the general path finds the same parts (no spaces to trim, and the digits
    /// parse to the same integers), so both paths accept and refuse the same dates.
    static func plainDigitParts(_ bytes: some Collection<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var values = (0, 0, 0)
        var lengths = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        for byte in bytes {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let digit = Int(byte - UInt8(ascii: "0"))
                switch part {
                case 0: (values.0, lengths.0) = (values.0 * 10 + digit, lengths.0 + 1)
                case 1: (values.1, lengths.1) = (values.1 * 10 + digit, lengths.1 + 1)
                default: (values.2, lengths.2) = (values.2 * 10 + digit, lengths.2 + 1)
                }
                if lengths.0 > 4 || lengths.1 > 4 || lengths.2 > 4 { return nil }
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")) && part < 2
                && (separator == 0 || separator == byte)
            {
                separator = byte
                part += 1
            } else {
                return nil
            }
        }
        guard part == 2 else { return nil }
        if separator == UInt8(ascii: "-"), lengths == (4, 2, 2) {
            return (values.0, values.1, values.2)
        }
        if separator == UInt8(ascii: "/"), (1...2).contains(lengths.0), (1...2).contains(lengths.1), lengths.2 == 4 {
            return (values.2, values.0, values.1)
        }
        return nil
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
