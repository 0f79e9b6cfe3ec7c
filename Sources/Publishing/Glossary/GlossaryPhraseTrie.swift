/// A byte trie over the folded glossary names, walked from a word start of a text to find the
/// longest name that ends on a word boundary there.
///
/// Built once for a glossary; a lookup costs one step per byte of the longest name that matches
/// a prefix of the text, whatever the number of names, so linking a page is linear in its text.
struct GlossaryPhraseTrie: Sendable {
    /// The child of a node under a byte, keyed by `node << 8 | byte`; node 0 is the root.
    private var children = TransitionTable()
    /// For each node, the index in `accepted` of the phrases ending there, or -1.
    private var acceptedAt: [Int32] = [-1]
    /// The values of the phrases ending at a node, in the order they were inserted.
    private var accepted: [[Int]] = []

    /// Creates an empty trie.
    init() {}

    /// The number of nodes, the root included.
    var nodeCount: Int { acceptedAt.count }

    /// Adds the phrase `bytes` with `value`; a phrase added twice keeps both values, first first.
    /// - Complexity: O(`bytes.count`).
    mutating func insert(_ bytes: [UInt8], value: Int) {
        var node: UInt32 = 0
        for byte in bytes {
            let key = UInt64(node) << 8 | UInt64(byte)
            if let next = children.child(key) {
                node = next
            } else {
                let next = UInt32(acceptedAt.count)
                children.insert(key, next)
                acceptedAt.append(-1)
                node = next
            }
        }
        if acceptedAt[Int(node)] < 0 {
            acceptedAt[Int(node)] = Int32(accepted.count)
            accepted.append([])
        }
        accepted[Int(acceptedAt[Int(node)])].append(value)
    }

    /// The longest phrase that matches `text` from `start` and ends at the end of `text` or before
    /// a byte that is not part of a word, with its first value that `isWanted` accepts.
    /// - Parameters:
    ///   - text: the folded bytes of the text.
    ///   - isWord: for each byte of `text`, whether it belongs to a word character.
    ///   - start: where the phrase must start.
    ///   - isWanted: whether a value may be returned (the linker skips terms already linked).
    /// - Returns: the value and the end of the match in `text`, or nil.
    /// - Complexity: O(*m*), where *m* is the length of the longest phrase that is a prefix of
    ///   `text[start...]`.
    func longestMatch(
        in text: [UInt8], isWord: [Bool], at start: Int, where isWanted: (Int) -> Bool
    ) -> (value: Int, end: Int)? {
        var node: UInt32 = 0
        var index = start
        var best: (value: Int, end: Int)?
        while index < text.count, let next = children.child(UInt64(node) << 8 | UInt64(text[index])) {
            node = next
            index += 1
            let list = acceptedAt[Int(node)]
            guard list >= 0, index == text.count || !isWord[index] else { continue }
            if let value = accepted[Int(list)].first(where: isWanted) { best = (value, index) }
        }
        return best
    }
}

/// The trie's edges: an open-addressing hash table from `node << 8 | byte` to the child node,
/// with a multiplicative hash (a lookup is one multiply and usually one probe, where a
/// `Dictionary` runs SipHash on every byte of every word start it follows).
struct TransitionTable: Sendable {
    /// The keys plus one (0 marks an empty slot), a power-of-two number of slots.
    private var keys = [UInt64](repeating: 0, count: 64)
    private var values = [UInt32](repeating: 0, count: 64)
    private var count = 0

    /// The slot to start probing for `key`.
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & (keys.count - 1)
    }

    /// The child stored under `key`, or nil.
    func child(_ key: UInt64) -> UInt32? {
        let stored = key &+ 1
        var slot = home(key)
        while true {
            let found = keys[slot]
            if found == stored { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Stores `value` under `key` (a key not stored yet).
    mutating func insert(_ key: UInt64, _ value: UInt32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = home(key)
        while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key &+ 1
        values[slot] = value
        count += 1
    }

    /// Doubles the slots and re-inserts every entry.
    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [UInt32](repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (slot, stored) in oldKeys.enumerated() where stored != 0 { insert(stored &- 1, oldValues[slot]) }
    }
}
