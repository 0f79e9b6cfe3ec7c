import GRDB
import MarketData
import Strategy

extension FieldValue {
    /// The value as stored: events, sentences and rule inputs become their JSON text.
    var stored: FieldValue {
        switch self {
        case .events(let events): return .json(events.map(Self.eventsJSON) ?? "null")
        case .sentences(let sentences): return .json(Self.sentencesJSON(sentences))
        case .inputs(let inputs): return .json(Self.inputsJSON(inputs))
        default: return self
        }
    }

    /// The SQLite value, as ``PreparedInsert`` binds it: NULL, TEXT, INTEGER or REAL (booleans as 0 or 1).
    var databaseValue: DatabaseValue {
        switch stored {
        case .null: return .null
        case .date(let date): return date.iso.databaseValue
        case .text(let text), .json(let text): return text.databaseValue
        case .integer(let number): return number.databaseValue
        case .number(let number): return number.databaseValue
        case .boolean(let flag): return flag.databaseValue
        case .events, .sentences, .inputs: return .null
        }
    }

    /// A value read from SQLite, typed by its column's type (booleans from 0 or 1, dates from ISO text).
    init(_ value: DatabaseValue, type: FieldType) {
        switch (value.storage, type) {
        case (.null, _): self = .null
        case (.string(let text), .date): self = CalendarDate(iso: text).map(FieldValue.date) ?? .text(text)
        case (.string(let text), .json): self = .json(text)
        case (.string(let text), _): self = .text(text)
        case (.int64(let number), .boolean): self = .boolean(number != 0)
        case (.int64(let number), .decimal): self = .number(Double(number))
        case (.int64(let number), _): self = .integer(Int(number))
        case (.double(let number), _): self = .number(number)
        case (.blob(let data), _): self = .text(String(decoding: data, as: UTF8.self))
        }
    }

    /// `[{"date":…,"kind":…,"name":…}]` in the given order, `[]` for none.
    static func eventsJSON(_ events: [MarketEvent]) -> String {
        guard !events.isEmpty else { return "[]" }
        var json = TextBuffer(capacity: events.count * 64)
        json.append(UInt8(ascii: "["))
        for (index, event) in events.enumerated() {
            // Keys as `JSONText.object` writes them; an ISO date needs no escaping, so it goes in as is.
            json.append(index == 0 ? #"{"date":""# : #",{"date":""#)
            json.append(iso: event.date)
            json.append(#"","kind":"#)
            json.append(jsonString: event.kind.rawValue)
            json.append(#","name":"#)
            json.append(jsonString: event.name)
            json.append(UInt8(ascii: "}"))
        }
        json.append(UInt8(ascii: "]"))
        return json.text
    }

    /// A JSON array of strings, `[]` for none.
    static func sentencesJSON(_ sentences: [String]) -> String {
        guard !sentences.isEmpty else { return "[]" }
        var json = TextBuffer(capacity: sentences.reduce(2) { $0 + $1.utf8.count + 3 })
        json.append(UInt8(ascii: "["))
        for (index, sentence) in sentences.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(jsonString: sentence)
        }
        json.append(UInt8(ascii: "]"))
        return json.text
    }

    /// `[{"name":…,"value":…}]` in the given order, values rounded to at most
    /// ``FieldUnit/ruleInput`` decimals without trailing zeros; `[]` for none.
    static func inputsJSON(_ inputs: [RuleInput]) -> String {
        guard !inputs.isEmpty else { return "[]" }
        var json = TextBuffer(capacity: inputs.count * 40)
        json.append(UInt8(ascii: "["))
        for (index, input) in inputs.enumerated() {
            // Keys as `JSONText.object` writes them: quoted, a colon, no spaces.
            json.append(index == 0 ? #"{"name":"# : #",{"name":"#)
            json.append(jsonString: input.name)
            json.append(#","value":"#)
            json.append(trimmed: input.value, maxPlaces: FieldUnit.ruleInput.decimals ?? 6)
            json.append(UInt8(ascii: "}"))
        }
        json.append(UInt8(ascii: "]"))
        return json.text
    }
}
