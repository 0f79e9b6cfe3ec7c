import MarketData

/// The lines a publisher reads about the data, with the advice that names command-line options
/// added here, where the options are known (MarketData reports only the facts).
public enum DataReportWording {
    /// The issue on one line, e.g. `spx.csv: 1 row with errors; fix them, or pass --lenient to skip
    /// them with a warning`.
    public static func line(_ issue: DataIssue) -> String {
        switch issue.reason {
        case .rowsWithErrors?: issue.description + ", or pass --lenient to skip them with a warning"
        case nil: issue.description
        }
    }

    /// The note on one line, e.g. `spx.csv: 2 rows with errors skipped (--lenient)`.
    public static func line(_ note: DataNote) -> String {
        switch note.reason {
        case .rowsSkipped?: note.text + " (--lenient)"
        case nil: note.text
        }
    }
}
