import Foundation

/// Which types ``StableHashEncoder`` has met are dictionaries or sets (``StableHashUnordered``), so
/// that each type's conformance is looked up once per process rather than once per key.
///
/// A table of 256 slots, chosen by the address of the type's metadata (only a cache: addresses never
/// reach a key). A slot holds that address with its low bit set for an unordered type, or 0.
struct StableHashKnownTypes: Sendable {
    private var slots = [UInt](repeating: 0, count: 256)

    /// The table every encoder starts from and adds what it learnt to.
    static let shared = Shared()

    /// Whether `type` is unordered, if it is in the table.
    func isUnordered(_ type: Any.Type) -> Bool? {
        let (slot, address) = Self.place(of: type)
        let known = slots[slot]
        return known & ~1 == address ? known & 1 == 1 : nil
    }

    /// Records whether `type` is unordered (replacing another type in the same slot).
    mutating func remember(_ type: Any.Type, unordered: Bool) {
        let (slot, address) = Self.place(of: type)
        slots[slot] = address | (unordered ? 1 : 0)
    }

    private static func place(of type: Any.Type) -> (slot: Int, address: UInt) {
        let address = UInt(bitPattern: ObjectIdentifier(type))
        return (Int(truncatingIfNeeded: (address &* 0x9E37_79B9_7F4A_7C15) >> 56), address)
    }

    /// The table shared between encoders (and threads).
    final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var known = StableHashKnownTypes()

        /// A copy of the table.
        var table: StableHashKnownTypes { lock.withLock { known } }

        /// Adds the types of `other` in slots still empty here.
        func learn(_ other: StableHashKnownTypes) {
            lock.withLock {
                for slot in known.slots.indices where known.slots[slot] == 0 { known.slots[slot] = other.slots[slot] }
            }
        }
    }
}
