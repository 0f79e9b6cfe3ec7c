/// RFC 4180 quoting of one CSV field.
enum CSVField {
    /// The field as written in a CSV line: quoted, with inner quotes doubled, when it contains a
    /// comma, a double quote, a carriage return or a line feed; unchanged otherwise.
    static func quoted(_ text: String) -> String {
        var buffer = TextBuffer(capacity: text.utf8.count + 2)
        buffer.append(csvField: text)
        return buffer.text
    }
}
