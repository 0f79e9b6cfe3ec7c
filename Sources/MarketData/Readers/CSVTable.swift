/// A CSV text split into its header and data rows, each row tagged with its physical line.
///
/// A convenience over ``CSVRowStream`` for small texts (tests, the chain header): the readers
/// themselves take rows one at a time from the stream and never build a table.
struct CSVTable: Sendable, Equatable {
    /// One row of fields and the line it starts on.
    struct Row: Sendable, Equatable {
        /// The 1-based physical line on which the row starts.
        var line: Int
        /// The fields, trimmed of surrounding spaces.
        var fields: [String]
    }

    /// The first non-blank row, or nil when the file has no content at all.
    var header: Row?
    /// Every later non-blank row, in file order.
    var rows: [Row]

    /// Splits `text` into rows.
    ///
    /// - Complexity: O(n) in the length of the text.
    init(text: String) {
        let stream = CSVRowStream(text: text)
        header = stream.next()
        var rows: [Row] = []
        while let row = stream.next() { rows.append(row) }
        self.rows = rows
    }
}
