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

    /// A number as short as it can be written: `4700`, `4769.83`, `3.2`, `1e+308`, `inf`, `nan`.
    ///
    /// Total: a whole number below 10¹⁵ is written without a point, anything else (fractions,
    /// huge or non-finite values) as Swift's shortest text that reads back as the same `Double`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A fraction as a signed percent with one decimal: `-28.4 %`, `+31.0 %`.
    ///
    /// Total: a percentage too large for exact tenths (10¹⁴ % or more) is written as
    /// ``format(_:)`` writes it (`+4e+305 %`, `+inf %`), and NaN as `n/a`.
    static func formatPercent(_ fraction: Double) -> String {
        guard !fraction.isNaN else { return "n/a" }
        let sign = fraction < 0 ? "-" : "+"
        let scaled = (abs(fraction) * 1000).rounded()
        guard scaled < 1e15 else { return sign + format(abs(fraction) * 100) + " %" }
        let tenths = Int(scaled)
        return sign + "\(tenths / 10).\(tenths % 10) %"
    }
}
