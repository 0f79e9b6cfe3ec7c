import Foundation
import MarketData

/// An `Encoder` that writes a compact canonical byte form of a value for a cache key, in one
/// growing buffer, without building a tree of containers first.
///
/// The form is the encode calls themselves, each tagged, in the order the value makes them
/// (synthesized `Encodable` conformances encode their fields in declaration order, hand-written
/// ones in code order; both are fixed). Every piece is self-delimiting, so different structures
/// cannot give the same bytes:
///
/// - a plain value is a ``Tag`` and its payload: integers as 8 little-endian bytes, `Double` and
///   `Float` as their exact bit patterns, strings as their UTF-8 length and bytes, a
///   `CalendarDate` as its day number (all it holds: its own encoding formats its ISO text);
/// - any other value is ``Tag/begin``, its events, ``Tag/end``. An event opens a container (its
///   kind; containers are numbered from 0 within the value) or puts one entry into an open
///   container: the entry's kind, the container's number, the key's string for a keyed
///   container, then the entry's value;
/// - a `Dictionary` or `Set`, whose own encodings follow hash order (which changes from one process
///   to the next), is ``Tag/unordered``, its count and its entries (each key then value) sorted
///   by their bytes (``StableHashUnordered``).
///
/// So a field's name and type feed the key, an absent optional (no entry) differs from a `nil`
/// one, and the key depends on nothing but the value. `codingPath` and `userInfo` are empty.
final class StableHashEncoder: Encoder {
    // These properties are only reached from the one thread encoding, one access at a time: their
    // dynamic exclusivity checks were a quarter of a key's time.
    /// The canonical bytes written so far: `count` of `capacity` allocated bytes.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity = 16_384
    @exclusivity(unchecked) private var count = 0
    /// How many containers the value being encoded has opened.
    @exclusivity(unchecked) private var containers = 0
    /// The types met so far by this encoder and those before it (``StableHashKnownTypes``).
    @exclusivity(unchecked) private var knownTypes = StableHashKnownTypes.shared.table
    /// Whether ``knownTypes`` learnt a type, to share when the encoder is done.
    @exclusivity(unchecked) private var learntTypes = false

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// An encoder with nothing written yet.
    init() {
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
        if learntTypes { StableHashKnownTypes.shared.learn(knownTypes) }
    }

    /// Calls `body` with the canonical bytes written so far.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: storage, count: count))
    }

    /// The byte that starts each piece of the canonical form.
    enum Tag: UInt8 {
        case null = 0x01, `false`, `true`, signed, unsigned, double, float, string, date
        case begin = 0x10, end, unordered
        case keyedContainer = 0x20, unkeyedContainer, singleValueContainer
        case keyedEntry = 0x30, unkeyedEntry, singleValueEntry
    }

    /// Writes `value`: a plain value directly, a dictionary or set sorted, anything else as the
    /// events of its `encode(to:)` between ``Tag/begin`` and ``Tag/end``.
    func write<T: Encodable>(_ value: T) throws {
        // Exact type checks first: they compare pointers, and plain values are most of a key.
        if T.self == Double.self { return write(Self.load(value, as: Double.self)) }
        if T.self == String.self { return write(Self.load(value, as: String.self)) }
        if T.self == Int.self { return write(Self.load(value, as: Int.self)) }
        if T.self == Bool.self { return write(Self.load(value, as: Bool.self)) }
        if T.self == CalendarDate.self { return write(Self.load(value, as: CalendarDate.self)) }
        if isUnordered(T.self), let unordered = value as? any StableHashUnordered {
            return try unordered.writeSorted(into: self)
        }
        let outer = containers
        containers = 0
        put(.begin)
        try value.encode(to: self)
        put(.end)
        containers = outer
    }

    /// `value` as `type`, which is its type (checked by the caller), without a dynamic cast.
    @inline(__always)
    private static func load<T, Plain>(_ value: T, as type: Plain.Type) -> Plain {
        withUnsafePointer(to: value) { UnsafeRawPointer($0).assumingMemoryBound(to: Plain.self).pointee }
    }

    /// Whether `type` is a dictionary or a set, remembered per type.
    private func isUnordered(_ type: Any.Type) -> Bool {
        if let known = knownTypes.isUnordered(type) { return known }
        let unordered = type is any StableHashUnordered.Type
        knownTypes.remember(type, unordered: unordered)
        learntTypes = true
        return unordered
    }

    /// The bytes `body` writes, kept apart (for sorting) and numbered as a fresh value.
    func isolated(_ body: (StableHashEncoder) throws -> Void) rethrows -> [UInt8] {
        let outerCount = count
        let outerContainers = containers
        containers = 0
        defer {
            count = outerCount
            containers = outerContainers
        }
        try body(self)
        return Array(UnsafeBufferPointer(start: storage + outerCount, count: count - outerCount))
    }

    /// Appends `entries` (already sorted, each self-delimiting) as an unordered collection.
    func writeUnordered(_ entries: [[UInt8]]) {
        put(.unordered)
        put(count: entries.count)
        for entry in entries { entry.withUnsafeBytes { append($0) } }
    }

    /// Opens a container of `kind` and returns its number within the value.
    func open(_ kind: Tag) -> Int {
        put(kind)
        containers += 1
        return containers - 1
    }

    /// Starts an entry of `kind` (unkeyed or single-value) in container `container`.
    func startEntry(_ kind: Tag, container: Int) {
        put(kind)
        put(count: container)
    }

    /// Starts the entry under `key` in keyed container `container`.
    func startEntry(container: Int, key: some CodingKey) {
        startEntry(.keyedEntry, container: container)
        write(key.stringValue)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(StableHashKeyedContainer<Key>(encoder: self, number: open(.keyedContainer)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        StableHashUnkeyedContainer(encoder: self, number: open(.unkeyedContainer))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StableHashSingleValueContainer(encoder: self, number: open(.singleValueContainer))
    }

    // MARK: Plain values

    func writeNil() { put(.null) }
    func write(_ value: Bool) { put(value ? .true : .false) }
    func write(_ value: Double) { put(.double, word: value.bitPattern) }
    func write(_ value: Float) { put(.float, word: UInt64(value.bitPattern)) }
    func write(_ value: some SignedInteger & FixedWidthInteger) { put(.signed, word: UInt64(bitPattern: Int64(value))) }
    func write(_ value: some UnsignedInteger & FixedWidthInteger) { put(.unsigned, word: UInt64(value)) }
    func write(_ value: CalendarDate) { put(.date, word: UInt64(bitPattern: Int64(value.daysSinceEpoch))) }

    func write(_ value: String) {
        put(.string)
        var text = value
        text.withUTF8 { utf8 in
            put(count: utf8.count)
            append(UnsafeRawBufferPointer(utf8))
        }
    }

    // MARK: Bytes

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    /// Moves the bytes to an allocation of at least `needed` bytes.
    private func grow(to needed: Int) {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, capacity * 2))
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = max(needed, capacity * 2)
    }

    /// Appends `raw`'s bytes.
    private func append(_ raw: UnsafeRawBufferPointer) {
        reserve(raw.count)
        if let base = raw.baseAddress {
            (storage + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: raw.count)
        }
        count += raw.count
    }

    /// Appends `tag`'s byte.
    @inline(__always)
    private func put(_ tag: Tag) {
        reserve(1)
        storage[count] = tag.rawValue
        count += 1
    }

    /// `tag`, then `word` as 8 little-endian bytes.
    private func put(_ tag: Tag, word: UInt64) {
        reserve(9)
        storage[count] = tag.rawValue
        UnsafeMutableRawPointer(storage + count + 1).storeBytes(of: word.littleEndian, as: UInt64.self)
        count += 9
    }

    /// A count as an unsigned LEB128 number (one byte below 128).
    private func put(count value: Int) {
        reserve(10)
        var rest = UInt(value)
        while rest >= 0x80 {
            storage[count] = UInt8(rest & 0x7F) | 0x80
            count += 1
            rest >>= 7
        }
        storage[count] = UInt8(rest)
        count += 1
    }
}
