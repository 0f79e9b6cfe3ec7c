import Foundation

/// Which types ``StableHashEncoder`` has met are dictionaries or sets (``StableHashUnordered``), so
/// that each type's conformance is looked up once per process rather than once per key.
///
/// An open-addressing table of 256 slots, probed from a hash of the address of the type's metadata
/// (only a cache: addresses never reach a key). A slot holds that address with its low bit set for
/// an unordered type, or 0 when empty.
struct StableHashKnownTypes: Sendable {
    private var slots = [UInt](repeating: 0, count: 256)

    /// The table every encoder starts from and adds what it learnt to.
    static let shared = Shared()

    /// Whether `type` is unordered, if it is in the table.
    func isUnordered(_ type: Any.Type) -> Bool? {
        let address = UInt(bitPattern: ObjectIdentifier(type))
        for slot in Self.probes(for: address) {
            let known = slots[slot]
            if known == 0 { return nil }
            if known & ~1 == address { return known & 1 == 1 }
        }
        return nil
    }

    /// Records whether `type` is unordered (nothing when the table is full).
    mutating func remember(_ type: Any.Type, unordered: Bool) {
        remember(entry: UInt(bitPattern: ObjectIdentifier(type)) | (unordered ? 1 : 0))
    }

    /// Stores `entry` (an address with the unordered bit) in its type's slot or the first empty one.
    private mutating func remember(entry: UInt) {
        for slot in Self.probes(for: entry & ~1) where slots[slot] == 0 || slots[slot] & ~1 == entry & ~1 {
            slots[slot] = entry
            return
        }
    }

    /// The slots to try for a type at `address`, in order.
    private static func probes(for address: UInt) -> some Sequence<Int> {
        let first = Int(truncatingIfNeeded: (address &* 0x9E37_79B9_7F4A_7C15) >> 56)
        return (0..<256).lazy.map { (first + $0) & 255 }
    }

    /// The table shared between encoders (and threads).
    final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var known = StableHashKnownTypes()

        /// A copy of the table.
        var table: StableHashKnownTypes { lock.withLock { known } }

        /// Adds the types of `other`.
        func learn(_ other: StableHashKnownTypes) {
            lock.withLock {
                for entry in other.slots where entry != 0 { known.remember(entry: entry) }
            }
        }
    }
}
