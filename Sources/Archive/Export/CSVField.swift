/// RFC 4180 quoting of one CSV field.
enum CSVField {
    /// The field as written in a CSV line: quoted, with inner quotes doubled, when it contains a
    /// comma, a double quote, a carriage return or a line feed; unchanged otherwise.
    static func quoted(_ text: String) -> String {
        let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
        guard text.unicodeScalars.contains(where: special.contains) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        out += "\""
        return out
    }
}
