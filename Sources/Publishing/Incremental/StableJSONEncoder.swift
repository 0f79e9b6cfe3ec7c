/// A lean JSON encoder for the data key (published as the archive's `input_hash`, so its bytes are
/// kept): the same bytes as Foundation's `JSONEncoder` with `.sortedKeys` and non-conforming floats
/// as `"+inf"`, `"-inf"`, `"nan"`, several times faster. Page keys use ``StableHashEncoder``.
///
/// Keys are sorted by their UTF-8 bytes, a repeated key keeps its last value, strings escape
/// `"`, `\`, `/` and control characters as Foundation does, and a number is its `description`
/// without a trailing `.0`. It knows nothing of `Date`, `Data`, `URL` or `Decimal`, which
/// Foundation encodes specially: page inputs hold none (`StableJSONEncoderTests` compares both
/// encoders over whole sites). `codingPath` is always empty and `userInfo` empty.
enum StableJSON {
    /// The JSON bytes of `value`.
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = StableJSONSlot()
        try value.encode(to: encoder)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        (encoder.item ?? .text("{}")).write(into: &bytes)
        return bytes
    }

    /// A JSON string literal of `text`, escaped as Foundation escapes it.
    static func quoted(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F {
            needsEscape = true
            break
        }
        if !needsEscape { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "/": result += "\\/"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{8}": result += "\\b"
            case "\u{C}": result += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Appends the JSON string literal of `text` to `bytes`.
    static func writeQuoted(_ text: String, into bytes: inout [UInt8]) {
        if text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F }) {
            bytes.append(contentsOf: quoted(text).utf8)
        } else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// A number or a non-conforming float's string, as Foundation writes it.
    static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) -> String {
        if value.isNaN { return "\"nan\"" }
        if value.isInfinite { return value < 0 ? "\"-inf\"" : "\"+inf\"" }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// One encoded value: finished JSON text, or a container still being filled.
enum StableJSONItem {
    case text(String)
    case object(StableJSONObject)
    case array(StableJSONArray)

    /// Appends the JSON of this value to `bytes`.
    func write(into bytes: inout [UInt8]) {
        switch self {
        case .text(let text): bytes.append(contentsOf: text.utf8)
        case .object(let object): object.write(into: &bytes)
        case .array(let array): array.write(into: &bytes)
        }
    }
}

/// A JSON object under construction (a keyed container's storage).
final class StableJSONObject {
    var entries: [(key: String, item: StableJSONItem)] = []

    /// Writes `{"key":value,...}` with keys in UTF-8 order, the last value of a repeated key.
    func write(into bytes: inout [UInt8]) {
        var order = Array(entries.indices)
        // For ASCII keys (coding keys, file names) `<` is the UTF-8 order, compared in place.
        let ascii = entries.allSatisfy { $0.key.utf8.allSatisfy { $0 < 0x80 } }
        let precedes: (String, String) -> Bool = ascii ? { $0 < $1 } : { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if order.indices.dropFirst().contains(where: { !precedes(entries[$0 - 1].key, entries[$0].key) }) {
            // Stable: a repeated key keeps its entries in the order they were encoded.
            order.sort { a, b in
                let left = entries[a].key
                let right = entries[b].key
                return left == right ? a < b : precedes(left, right)
            }
        }
        bytes.append(UInt8(ascii: "{"))
        var first = true
        for (position, index) in order.enumerated() {
            let entry = entries[index]
            if position + 1 < order.count, entries[order[position + 1]].key == entry.key { continue }
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            StableJSON.writeQuoted(entry.key, into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            entry.item.write(into: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }
}

/// A JSON array under construction (an unkeyed container's storage).
final class StableJSONArray {
    var items: [StableJSONItem] = []

    /// Writes `[value,...]`.
    func write(into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            item.write(into: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}

/// The `Encoder` a value encodes itself into; it holds the one value it produced.
final class StableJSONSlot: Encoder {
    var item: StableJSONItem?
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The item of `value`: its text directly for plain values, else what it encodes.
    static func item(_ value: some Encodable) throws -> StableJSONItem {
        switch value {
        case let text as String: return .text(StableJSON.quoted(text))
        case let number as Double: return .text(StableJSON.number(number))
        case let number as Int: return .text(String(number))
        case let flag as Bool: return .text(flag ? "true" : "false")
        default:
            let slot = StableJSONSlot()
            try value.encode(to: slot)
            return slot.item ?? .object(StableJSONObject())
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: StableJSONObject
        if case .object(let existing) = item {
            object = existing
        } else {
            object = StableJSONObject()
            item = .object(object)
        }
        return KeyedEncodingContainer(StableJSONKeyed<Key>(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: StableJSONArray
        if case .array(let existing) = item {
            array = existing
        } else {
            array = StableJSONArray()
            item = .array(array)
        }
        return StableJSONUnkeyed(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { StableJSONSingle(slot: self) }
}

/// A keyed container writing into a ``StableJSONObject``.
struct StableJSONKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: StableJSONObject
    var codingPath: [any CodingKey] { [] }

    private func put(_ text: String, _ key: Key) { object.entries.append((key.stringValue, .text(text))) }

    mutating func encodeNil(forKey key: Key) throws { put("null", key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(value ? "true" : "false", key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(StableJSON.quoted(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(StableJSON.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(StableJSON.number(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(String(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(String(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.entries.append((key.stringValue, try StableJSONSlot.item(value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = StableJSONObject()
        object.entries.append((key.stringValue, .object(nested)))
        return KeyedEncodingContainer(StableJSONKeyed<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = StableJSONArray()
        object.entries.append((key.stringValue, .array(nested)))
        return StableJSONUnkeyed(array: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(key: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(key: key.stringValue) }

    /// An encoder whose value lands under `key` once it is encoded.
    private func superEncoder(key: String) -> any Encoder {
        let nested = StableJSONObject()
        object.entries.append((key, .object(nested)))
        let slot = StableJSONSlot()
        slot.item = .object(nested)
        return slot
    }
}

/// An unkeyed container writing into a ``StableJSONArray``.
struct StableJSONUnkeyed: UnkeyedEncodingContainer, StableJSONValueWriter {
    let array: StableJSONArray
    var codingPath: [any CodingKey] { [] }
    var count: Int { array.items.count }

    func put(_ text: String) { array.items.append(.text(text)) }

    mutating func encode<T: Encodable>(_ value: T) throws { array.items.append(try StableJSONSlot.item(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = StableJSONObject()
        array.items.append(.object(nested))
        return KeyedEncodingContainer(StableJSONKeyed<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = StableJSONArray()
        array.items.append(.array(nested))
        return StableJSONUnkeyed(array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = StableJSONObject()
        array.items.append(.object(nested))
        let slot = StableJSONSlot()
        slot.item = .object(nested)
        return slot
    }
}

/// A single-value container: sets its slot's item.
struct StableJSONSingle: SingleValueEncodingContainer, StableJSONValueWriter {
    let slot: StableJSONSlot
    var codingPath: [any CodingKey] { [] }

    func put(_ text: String) { slot.item = .text(text) }

    mutating func encode<T: Encodable>(_ value: T) throws { slot.item = try StableJSONSlot.item(value) }
}

/// A container that takes one plain value at a time (unkeyed or single-value): every primitive is
/// written once here, as the JSON text ``put(_:)`` stores.
protocol StableJSONValueWriter {
    /// Stores one value's finished JSON text.
    func put(_ text: String)
}

extension StableJSONValueWriter {
    func encodeNil() throws { put("null") }
    func encode(_ value: Bool) throws { put(value ? "true" : "false") }
    func encode(_ value: String) throws { put(StableJSON.quoted(value)) }
    func encode(_ value: Double) throws { put(StableJSON.number(value)) }
    func encode(_ value: Float) throws { put(StableJSON.number(value)) }
    func encode(_ value: Int) throws { put(String(value)) }
    func encode(_ value: Int8) throws { put(String(value)) }
    func encode(_ value: Int16) throws { put(String(value)) }
    func encode(_ value: Int32) throws { put(String(value)) }
    func encode(_ value: Int64) throws { put(String(value)) }
    func encode(_ value: UInt) throws { put(String(value)) }
    func encode(_ value: UInt8) throws { put(String(value)) }
    func encode(_ value: UInt16) throws { put(String(value)) }
    func encode(_ value: UInt32) throws { put(String(value)) }
    func encode(_ value: UInt64) throws { put(String(value)) }
}
