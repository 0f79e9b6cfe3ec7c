extension TextBuffer {
    /// Appends a value as a CSV field: empty for NULL, ISO dates, `true`/`false`, numbers with
    /// `places` decimals, text quoted when it must be (RFC 4180).
    mutating func append(csv value: OutcomeColumn.Value, places: Int) {
        switch value {
        case .date(let date): if let date { append(iso: date) }
        case .text(let text): if let text { append(csvField: text) }
        case .integer(let number): if let number { append(integer: number) }
        case .boolean(let flag): if let flag { append(flag ? "true" : "false") }
        case .number(let number): if let number { append(number, places: places) }
        }
    }

    /// Appends a value as a JSON token: `null` for NULL, dates and text as strings (or, when
    /// `embedsJSON`, text as the JSON it holds), `true`/`false`, numbers with `places` decimals.
    mutating func append(json value: OutcomeColumn.Value, places: Int, embedsJSON: Bool) {
        switch value {
        case .date(let date):
            guard let date else { return append("null") }
            append(UInt8(ascii: "\""))
            append(iso: date)
            append(UInt8(ascii: "\""))
        case .text(let text):
            guard let text else { return append("null") }
            if embedsJSON { append(text) } else { append(jsonString: text) }
        case .integer(let number):
            guard let number else { return append("null") }
            append(integer: number)
        case .boolean(let flag):
            guard let flag else { return append("null") }
            append(flag ? "true" : "false")
        case .number(let number):
            guard let number else { return append("null") }
            append(number, places: places)
        }
    }
}
