/// The reader for `rates.csv` (`Date,Rate` or FRED `DATE,DTB3`), an annual percent such as `5.1`.
///
/// Any finite number is accepted (rates were at zero for years and can turn negative).
enum RatesFileReader {
    /// The reader.
    static let reader = DatedFileReader<Double>(file: .rates, layouts: ColumnLayout.rates) { row in
        guard case .value(let rate) = row.number(.rate, expected: "a number (annual percent)"),
            row.problems.isEmpty
        else { return nil }
        return rate
    }
}
