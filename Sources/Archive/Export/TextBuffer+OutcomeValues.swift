import Strategy

extension TextBuffer {
    /// Appends a stored value as a CSV field: empty for NULL, ISO dates, `true`/`false`, numbers
    /// with `places` decimals, text and JSON text quoted when they must be (RFC 4180).
    mutating func append(csv value: FieldValue, places: Int) {
        switch value {
        case .null: break
        case .date(let date): append(iso: date)
        case .text(let text), .json(let text): append(csvField: text)
        case .integer(let number): append(integer: number)
        case .boolean(let flag): append(flag ? "true" : "false")
        case .number(let number): append(number, places: places)
        case .events, .sentences, .inputs: append(csv: value.stored, places: places)
        }
    }

    /// Appends a stored value as a JSON token: `null` for NULL, dates and text as strings, JSON
    /// text as the JSON it holds, `true`/`false`, numbers with `places` decimals.
    mutating func append(json value: FieldValue, places: Int) {
        switch value {
        case .null: append("null")
        case .date(let date):
            append(UInt8(ascii: "\""))
            append(iso: date)
            append(UInt8(ascii: "\""))
        case .text(let text): append(jsonString: text)
        case .json(let text): append(text)
        case .integer(let number): append(integer: number)
        case .boolean(let flag): append(flag ? "true" : "false")
        case .number(let number): append(number, places: places)
        case .events, .sentences, .inputs: append(json: value.stored, places: places)
        }
    }
}
