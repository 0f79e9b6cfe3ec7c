/// An append-only UTF-8 byte buffer in which charts build their SVG text.
///
/// Appending many small pieces to a `String` pays for ASCII and grapheme bookkeeping, uniqueness
/// checks and reference counting on every call; even an `Array` checks uniqueness and capacity
/// generically. This buffer owns its memory outright (it cannot be copied), so an append is a
/// capacity check and a `memcpy`. A chart writes its whole document here and turns it into a
/// `String` once, at the end. Every byte appended comes from a `String` or is ASCII, so the buffer
/// always holds valid UTF-8.
struct UTF8Writer: ~Copyable {
    /// The allocated memory; bytes `0..<count` are written.
    private var storage: UnsafeMutableBufferPointer<UInt8>
    /// The number of bytes written.
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` bytes before it has to grow.
    init(capacity: Int) {
        storage = .allocate(capacity: max(capacity, 16))
    }

    deinit {
        storage.deallocate()
    }

    /// Whether nothing has been written.
    var isEmpty: Bool { count == 0 }

    /// The text written so far.
    var string: String {
        String(decoding: UnsafeBufferPointer(rebasing: storage[..<count]), as: UTF8.self)
    }

    /// The bytes written so far, copied out without the UTF-8 check a `String` makes.
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(rebasing: storage[..<count]))
    }

    /// Appends one ASCII byte.
    mutating func append(ascii byte: UInt8) {
        if count == storage.count { grow(toHold: count + 1) }
        storage[count] = byte
        count += 1
    }

    /// Appends text, unescaped.
    mutating func append(_ text: String) {
        // Native strings (all of ours) lend their bytes without a copy of the `String` value.
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
        if appended == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    /// Appends raw bytes (which must be valid UTF-8 on their own).
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        if count + utf8.count > storage.count { grow(toHold: count + utf8.count) }
        guard let source = utf8.baseAddress, let target = storage.baseAddress else { return }
        (target + count).update(from: source, count: utf8.count)
        count += utf8.count
    }

    /// Appends `count` spaces.
    mutating func appendSpaces(_ spaces: Int) {
        for _ in 0..<spaces { append(ascii: UInt8(ascii: " ")) }
    }

    /// Appends `value` as ``ChartNumberFormat/coordinate(_:)`` writes it.
    mutating func appendCoordinate(_ value: Double) {
        if count + ChartNumberFormat.maxDigitsLength > storage.count {
            grow(toHold: count + ChartNumberFormat.maxDigitsLength)
        }
        count += ChartNumberFormat.writeCoordinate(value, to: storage, at: count)
    }

    /// Appends `text` escaped for XML character data (or, with `quotes`, for a double-quoted
    /// attribute), exactly as ``XMLEscaping`` escapes it.
    mutating func appendEscaped(_ text: String, quotes: Bool) {
        XMLEscaping.escape(text, quotes: quotes, into: &self)
    }

    /// Moves the bytes to memory with room for at least `required` bytes (doubling at least).
    private mutating func grow(toHold required: Int) {
        let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(required, 2 * storage.count))
        if let source = storage.baseAddress, let target = larger.baseAddress {
            target.initialize(from: source, count: count)
        }
        storage.deallocate()
        storage = larger
    }
}
