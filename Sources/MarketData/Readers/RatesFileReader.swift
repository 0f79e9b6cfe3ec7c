/// The reader for `rates.csv` (`Date,Rate` or FRED `DATE,DTB3`), an annual percent such as `5.1`.
///
/// Zero and negative rates are accepted (rates were at zero for years); the range is
/// ``ValueBounds/ratePercent``, which also catches a rate written as a fraction's hundredfold error.
enum RatesFileReader {
    /// The reader.
    static let reader = DatedFileReader<Double>(file: .rates, layouts: ColumnLayout.rates) { row in
        guard case .value(let rate) = row.number(.rate, within: .ratePercent), row.problems.isEmpty
        else { return nil }
        return rate
    }
}
