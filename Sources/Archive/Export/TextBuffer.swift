import MarketData

/// UTF-8 text assembled byte by byte: the one buffer the exports and the JSON columns write into.
///
/// Appending to a `[UInt8]` with reserved capacity costs a store per byte, where building the same
/// text from many small `String`s allocates and copies for every field. Every primitive here
/// writes exactly the bytes of its `String` counterpart (``CalendarDate/iso``, `String(Int)`,
/// `NumberText`, ``JSONText``, ``CSVField``), so the output doesn't depend on which path built it.
struct TextBuffer {
    /// The bytes written so far: valid UTF-8, since only whole strings and ASCII are appended.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The number of bytes written so far.
    var count: Int { bytes.count }

    /// Appends one ASCII byte (`UInt8(ascii: ",")`).
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends bytes as they are.
    mutating func append(_ other: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: other)
    }

    /// Appends the UTF-8 bytes of a string as they are.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Empties the buffer, keeping its capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// Removes the last `count` bytes.
    mutating func removeLast(_ count: Int) {
        bytes.removeLast(count)
    }

    /// The byte at `index` (from 0).
    func byte(at index: Int) -> UInt8 { bytes[index] }

    /// Appends a whole number as `String(value)` writes it: digits, `-` before negatives.
    mutating func append(integer value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(digitsOf: value.magnitude, minimumDigits: 1)
    }

    /// Appends the decimal digits of `value`, with leading zeros up to `minimumDigits` digits.
    mutating func append(digitsOf value: UInt, minimumDigits: Int) {
        // At most 20 digits for a 64-bit value: fill a fixed scratch area from its end.
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { digits in
            var position = digits.count
            var rest = value
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest != 0
            while digits.count - position < minimumDigits && position > 0 {
                position -= 1
                digits[position] = UInt8(ascii: "0")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[position...]))
        }
    }

    /// Appends the date as ``CalendarDate/iso`` writes it (`2024-03-15`).
    mutating func append(iso date: CalendarDate) {
        let (year, month, day) = date.components
        // `iso` pads each part with zeros; years outside 0...9999 are rare enough to ask it.
        guard (0...9999).contains(year) else { return append(date.iso) }
        append(digitsOf: UInt(year), minimumDigits: 4)
        bytes.append(UInt8(ascii: "-"))
        append(digitsOf: UInt(month), minimumDigits: 2)
        bytes.append(UInt8(ascii: "-"))
        append(digitsOf: UInt(day), minimumDigits: 2)
    }
}
