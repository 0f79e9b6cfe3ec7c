/// Keeps the first issues of one file and counts the rest, so a bad file cannot flood a terminal.
///
/// Up to ``limit`` errors and ``limit`` warnings are kept; beyond that they are only counted, and
/// ``summaries(file:)`` gives the lines `spx.csv: and 3,879,950 more errors`. Memory stays bounded
/// however many rows a file has.
struct IssueCap: Sendable, Equatable {
    /// The most errors, and the most warnings, kept per file.
    static let limit = 50

    /// The issues kept, in the order added.
    private(set) var kept: [DataIssue] = []
    /// Errors seen but not kept.
    private(set) var droppedErrors = 0
    /// Warnings seen but not kept.
    private(set) var droppedWarnings = 0
    private var keptErrors = 0
    private var keptWarnings = 0

    /// Keeps `issue` while fewer than ``limit`` of its severity are kept, else counts it.
    mutating func add(_ issue: DataIssue) {
        if issue.isError {
            if keptErrors < Self.limit { kept.append(issue); keptErrors += 1 } else { droppedErrors += 1 }
        } else {
            if keptWarnings < Self.limit { kept.append(issue); keptWarnings += 1 } else { droppedWarnings += 1 }
        }
    }

    /// Counts issues that were never kept (their number is known, not their text).
    mutating func addDropped(errors: Int, warnings: Int) {
        droppedErrors += errors
        droppedWarnings += warnings
    }

    /// The closing lines for what was not kept: `and N more errors`, `and N more warnings`.
    func summaries(file: String) -> [DataIssue] {
        var lines: [DataIssue] = []
        if droppedErrors > 0 {
            lines.append(
                DataIssue(file: file, line: nil, message: "and \(Counting.phrase(droppedErrors, "more error", "more errors"))"))
        }
        if droppedWarnings > 0 {
            lines.append(
                DataIssue(
                    file: file, line: nil,
                    message: "and \(Counting.phrase(droppedWarnings, "more warning", "more warnings"))",
                    severity: .warning))
        }
        return lines
    }

    /// Caps issues already collected: the first ``limit`` of each severity in their order, plus
    /// `dropped` counts carried from where they were found.
    static func capping(_ issues: [DataIssue], droppedErrors: Int = 0, droppedWarnings: Int = 0) -> IssueCap {
        var cap = IssueCap()
        for issue in issues { cap.add(issue) }
        cap.addDropped(errors: droppedErrors, warnings: droppedWarnings)
        return cap
    }
}
