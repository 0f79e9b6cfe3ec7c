/// A keyed container of ``StableHashEncoder``: each entry is its key and its value, in encode order.
struct StableHashKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StableHashEncoder
    /// The container's number within its value.
    let number: Int
    var codingPath: [any CodingKey] { [] }

    private func start(_ key: Key) { encoder.startEntry(container: number, key: key) }

    mutating func encodeNil(forKey key: Key) throws { start(key); encoder.writeNil() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { start(key); encoder.write(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { start(key); try encoder.write(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        start(key)
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        start(key)
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.startEntry(container: number, key: StableHashSuperKey())
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        start(key)
        return encoder
    }
}

/// The key `superEncoder()` encodes under, as `JSONEncoder` names it.
private struct StableHashSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

/// An unkeyed container of ``StableHashEncoder``: each element is an entry, in encode order.
struct StableHashUnkeyedContainer: UnkeyedEncodingContainer, StableHashValueContainer {
    let encoder: StableHashEncoder
    let number: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    mutating func start() {
        encoder.startEntry(.unkeyedEntry, container: number)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        start()
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        start()
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        start()
        return encoder
    }
}

/// A single-value container of ``StableHashEncoder``: its value is an entry.
struct StableHashSingleValueContainer: SingleValueEncodingContainer, StableHashValueContainer {
    let encoder: StableHashEncoder
    let number: Int
    var codingPath: [any CodingKey] { [] }

    mutating func start() { encoder.startEntry(.singleValueEntry, container: number) }
}

/// A container that takes one value at a time (unkeyed or single-value): every plain value is
/// written here, after the entry's start.
protocol StableHashValueContainer {
    var encoder: StableHashEncoder { get }
    /// Starts the next entry.
    mutating func start()
}

extension StableHashValueContainer {
    mutating func encodeNil() throws { start(); encoder.writeNil() }
    mutating func encode(_ value: Bool) throws { start(); encoder.write(value) }
    mutating func encode(_ value: String) throws { start(); encoder.write(value) }
    mutating func encode(_ value: Double) throws { start(); encoder.write(value) }
    mutating func encode(_ value: Float) throws { start(); encoder.write(value) }
    mutating func encode(_ value: Int) throws { start(); encoder.write(value) }
    mutating func encode(_ value: Int8) throws { start(); encoder.write(value) }
    mutating func encode(_ value: Int16) throws { start(); encoder.write(value) }
    mutating func encode(_ value: Int32) throws { start(); encoder.write(value) }
    mutating func encode(_ value: Int64) throws { start(); encoder.write(value) }
    mutating func encode(_ value: UInt) throws { start(); encoder.write(value) }
    mutating func encode(_ value: UInt8) throws { start(); encoder.write(value) }
    mutating func encode(_ value: UInt16) throws { start(); encoder.write(value) }
    mutating func encode(_ value: UInt32) throws { start(); encoder.write(value) }
    mutating func encode(_ value: UInt64) throws { start(); encoder.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { start(); try encoder.write(value) }
}
