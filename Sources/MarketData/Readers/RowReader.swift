/// Reads the fields of one data row by column role, recording every problem it finds.
///
/// The reader never stops at the first problem: a row with a bad date and a bad price yields two
/// problems, so one validation run reports everything.
struct RowReader {
    /// A field read as a number.
    enum Field<Value> {
        /// The column is not in the header, or the field is empty where that is allowed.
        case absent
        /// The field holds a valid value.
        case value(Value)
        /// The field is invalid; a problem was recorded.
        case invalid
    }

    /// The row being read.
    let row: CSVTable.Row
    /// The header that says which field is which column.
    let header: ResolvedHeader
    /// The file name used in problems.
    let file: String
    /// Problems found so far in this row, in the order found.
    private(set) var problems: [DataIssue] = []

    /// Creates a reader for one row.
    init(row: CSVTable.Row, header: ResolvedHeader, file: String) {
        self.row = row
        self.header = header
        self.file = file
    }

    /// The trimmed text of a column, or nil when the header has no such column.
    func text(_ role: ColumnRole) -> String? {
        guard let index = header.indices[role], index < row.fields.count else { return nil }
        return row.fields[index]
    }

    /// Records a problem about one column of this row.
    mutating func report(_ role: ColumnRole, _ message: String) {
        problems.append(DataIssue(file: file, line: row.line, column: header.name(of: role), message: message))
    }

    /// Reads the row's date (or the date in column `role`), recording a problem when it is not in an accepted style or lies
    /// outside the calendar's years (``NYSECalendar/supportedYears``).
    mutating func date(_ role: ColumnRole = .date) -> CalendarDate? {
        let text = text(role) ?? ""
        guard let date = CalendarDate(dataField: text) else {
            report(role, "expected a date as \(CalendarDate.acceptedFormatsDescription), found \(Self.quoted(text))")
            return nil
        }
        guard Self.calendarDays.contains(date.daysSinceEpoch) else {
            report(role, "expected a date from \(Self.calendarSpan), found \(Self.quoted(text))")
            return nil
        }
        return date
    }

    /// Records a problem about the row as a whole (no one column).
    mutating func reportRow(_ message: String) {
        problems.append(DataIssue(file: file, line: row.line, message: message))
    }

    /// The day numbers of the first and last day of ``NYSECalendar/supportedYears``.
    static let calendarDays: ClosedRange<Int> = {
        let years = NYSECalendar.supportedYears
        let first = CalendarDate(year: years.lowerBound, month: 1, day: 1)?.daysSinceEpoch ?? 0
        let last = CalendarDate(year: years.upperBound, month: 12, day: 31)?.daysSinceEpoch ?? 0
        return first...last
    }()

    /// The first and last day the calendar covers, e.g. `1990-01-01 to 2050-12-31`.
    static let calendarSpan: String = {
        let years = NYSECalendar.supportedYears
        let first = CalendarDate(year: years.lowerBound, month: 1, day: 1).map(\.iso) ?? "\(years.lowerBound)"
        let last = CalendarDate(year: years.upperBound, month: 12, day: 31).map(\.iso) ?? "\(years.upperBound)"
        return "\(first) to \(last)"
    }()

    /// True when the column is in the header and its field is a missing value (see ``MissingValue``).
    func isMissing(_ role: ColumnRole) -> Bool {
        text(role).map(MissingValue.isMissing) ?? false
    }

    /// Reads a number within `bounds`; a missing value (see ``MissingValue``) is `.absent` when
    /// `allowMissing`, otherwise a problem.
    mutating func number(_ role: ColumnRole, within bounds: ValueBounds, allowMissing: Bool = false) -> Field<Double> {
        guard let text = text(role) else { return .absent }
        if allowMissing && MissingValue.isMissing(text) { return .absent }
        guard let value = Self.parseNumber(text), bounds.contains(value) else {
            report(role, "expected \(bounds.expected), found \(Self.quoted(text))")
            return .invalid
        }
        return .value(value)
    }

    /// Parses a plain decimal number such as `4769.83`, `-0.5` or `1e3`; nil for anything else.
    ///
    /// Hexadecimal, `nan`, `inf` and thousands separators are refused, so that a mangled export
    /// is reported instead of read as a surprising value.
    static func parseNumber(_ text: some StringProtocol) -> Double? {
        guard !text.isEmpty,
            text.utf8.allSatisfy(isNumberByte)
        else { return nil }
        if let exact = exactShortDecimal(text.utf8) { return exact }
        guard let value = Double(String(text)), value.isFinite else { return nil }
        return value
    }

    /// The value of `123.45` or `-0.5` (digits, optionally one point and more digits, optionally a
    /// leading minus) with at most 15 digits in all, computed without the C library's `strtod`;
    /// nil for any other text, which `strtod` then reads.
    ///
    /// The digits form an integer below 10^15, exact in a Double, and the divisor 10^k for k ≤ 15
    /// is exact too, so the one correctly rounded division gives the correctly rounded value of
    /// the decimal, which is what `strtod` returns (Clinger's fast path).
    static func exactShortDecimal(_ bytes: some Collection<UInt8>) -> Double? {
        var digits: Int64 = 0
        var digitCount = 0
        var fractionDigits = 0
        var seenPoint = false
        var negative = false
        var index = 0
        for byte in bytes {
            defer { index += 1 }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits = digits * 10 + Int64(byte - UInt8(ascii: "0"))
                digitCount += 1
                if seenPoint { fractionDigits += 1 }
                if digitCount > 15 { return nil }
            } else if byte == UInt8(ascii: "."), !seenPoint, digitCount > 0 {
                seenPoint = true
            } else if byte == UInt8(ascii: "-"), index == 0 {
                negative = true
            } else {
                return nil
            }
        }
        guard digitCount > 0, !seenPoint || fractionDigits > 0 else { return nil }
        let magnitude = Double(digits) / Self.powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// 10^0 through 10^15, each exact in a Double.
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// True for the bytes a plain decimal number may contain: digits, `.`, `+`, `-`, `e` and `E`.
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    /// The text in double quotes, cut and escaped (see ``DisplayText``), or `an empty field` when
    /// there is none, for `found ...` messages.
    static func quoted(_ text: String) -> String {
        DisplayText.quoted(text)
    }
}
