/// Warnings for prices that parse but look implausible: they may be real, or a data error.
enum PlausibilityChecks {
    /// The largest one-day SPX move, as a fraction, that passes without a warning.
    static let maximumDailyMove = 0.25

    /// The VIX closes that pass without a warning.
    static let plausibleVIX: ClosedRange<Double> = 5...150

    /// One warning per SPX row whose close moved more than ±25 % from the row above.
    static func spxMoves(in file: DatedFile<Double>) -> [DataIssue] {
        let column = file.header?.name(of: .close)
        return zip(file.rows, file.rows.dropFirst()).compactMap { previous, current in
            let move = current.value / previous.value - 1
            guard abs(move) > maximumDailyMove else { return nil }
            let message =
                "expected a one-day move within ±25 %, found \(formatPercent(move)) "
                + "(from \(format(previous.value)) on \(previous.date) to \(format(current.value)) on \(current.date)); "
                + "check the data"
            return DataIssue(
                file: file.file.fileName, line: current.line, column: column, message: message, severity: .warning)
        }
    }

    /// One warning per VIX close outside [5, 150].
    static func vixRange(in file: DatedFile<Double>) -> [DataIssue] {
        let column = file.header?.name(of: .close)
        return file.rows.filter { !plausibleVIX.contains($0.value) }.map { row in
            DataIssue(
                file: file.file.fileName, line: row.line, column: column,
                message: "expected a VIX close within [5, 150], found \(format(row.value)); check the data",
                severity: .warning)
        }
    }

    /// A number as short as it can be written: `4700`, `4769.83`, `3.2`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A fraction as a signed percent with one decimal: `-28.4 %`, `+31.0 %`.
    static func formatPercent(_ fraction: Double) -> String {
        let tenths = Int((abs(fraction) * 1000).rounded())
        return (fraction < 0 ? "-" : "+") + "\(tenths / 10).\(tenths % 10) %"
    }
}
