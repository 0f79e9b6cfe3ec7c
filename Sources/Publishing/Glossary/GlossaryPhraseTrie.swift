/// A byte trie over the folded glossary names, walked from a word start of a text to find the
/// longest name that ends on a word boundary there.
///
/// Built once for a glossary; a lookup costs one step per byte of the longest name that matches
/// a prefix of the text, whatever the number of names, so linking a page is linear in its text.
struct GlossaryPhraseTrie: Sendable {
    /// A node: the phrases ending there and its first child. Most nodes past the first bytes
    /// have one child, and a phrase's nodes are numbered one after the other, so a walk along a
    /// name reads neighbouring nodes and seldom needs the hash table.
    private struct Node {
        /// The index in `accepted` of the phrases ending here, or -1.
        var accepted: Int32 = -1
        /// The first child added, or 0 for none (the root is no one's child).
        var firstChild: UInt32 = 0
        /// The byte that leads to `firstChild`.
        var firstByte: UInt8 = 0
        /// Whether the node has other children, kept in `otherChildren`.
        var branches = false
    }

    /// The nodes; node 0 is the root.
    private var nodes = [Node()]
    /// The children of a node other than its first, keyed by `node << 8 | byte`.
    private var otherChildren = TransitionTable()
    /// The values of the phrases ending at a node, in the order they were inserted.
    private var accepted: [[Int]] = []
    /// The root's child under each byte, or 0 for none: most bytes of a text start no phrase,
    /// and this answers them with one read.
    private var rootChildren = [UInt32](repeating: 0, count: 256)
    /// One bit for each pair of first two bytes of a phrase, at `first << 8 | second`: most words
    /// that start like a phrase differ from every phrase by their second byte, and this answers
    /// them from a few cache lines.
    private var startPairs = [UInt64](repeating: 0, count: 1024)

    /// Creates an empty trie.
    init() {}

    /// The number of nodes, the root included.
    var nodeCount: Int { nodes.count }

    /// Adds the phrase `bytes` with `value`; a phrase added twice keeps both values, first first.
    /// - Complexity: O(`bytes.count`).
    mutating func insert(_ bytes: [UInt8], value: Int) {
        var node: UInt32 = 0
        for byte in bytes {
            if let next = child(of: node, under: byte) {
                node = next
                continue
            }
            let next = UInt32(nodes.count)
            nodes.append(Node())
            if nodes[Int(node)].firstChild == 0 {
                nodes[Int(node)].firstChild = next
                nodes[Int(node)].firstByte = byte
            } else {
                nodes[Int(node)].branches = true
                otherChildren.insert(UInt64(node) << 8 | UInt64(byte), next)
            }
            if node == 0 { rootChildren[Int(byte)] = next }
            node = next
        }
        if bytes.count >= 2 {
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            startPairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        if nodes[Int(node)].accepted < 0 {
            nodes[Int(node)].accepted = Int32(accepted.count)
            accepted.append([])
        }
        accepted[Int(nodes[Int(node)].accepted)].append(value)
    }

    /// The child of `node` under `byte`, or nil.
    @inline(__always)
    private func child(of node: UInt32, under byte: UInt8) -> UInt32? {
        let current = nodes[Int(node)]
        if current.firstChild != 0, current.firstByte == byte { return current.firstChild }
        guard current.branches else { return nil }
        return otherChildren.child(UInt64(node) << 8 | UInt64(byte))
    }

    /// Whether some phrase may match `text` from `start`: false when no phrase begins with the
    /// byte there, or none of more than one byte begins with the two bytes there (and none of one
    /// byte does), so the walk of `longestMatch` would find nothing.
    @inline(__always)
    func mayMatch(in text: GlossaryTextBytes, at start: Int) -> Bool {
        let first = GlossaryTextBytes.folded(text.bytes[start])
        let node = rootChildren[Int(first)]
        guard node != 0 else { return false }
        if nodes[Int(node)].accepted >= 0 { return true }
        guard start + 1 < text.count else { return false }
        let pair = Int(first) << 8 | Int(GlossaryTextBytes.folded(text.bytes[start + 1]))
        return startPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// The longest phrase that matches `text` from `start`, ignoring ASCII case, and ends at the
    /// end of `text` or before a byte that is not part of a word, with its first value that
    /// `isWanted` accepts.
    /// - Parameters:
    ///   - text: the bytes of the text, as written.
    ///   - start: where the phrase must start.
    ///   - isWanted: whether a value may be returned (the linker skips terms already linked).
    /// - Returns: the value and the end of the match in `text`, or nil.
    /// - Complexity: O(*m*), where *m* is the length of the longest phrase that is a prefix of
    ///   `text[start...]`.
    func longestMatch(
        in text: GlossaryTextBytes, at start: Int, where isWanted: (Int) -> Bool
    ) -> (value: Int, end: Int)? {
        guard start < text.count else { return nil }
        var node = rootChildren[Int(GlossaryTextBytes.folded(text.bytes[start]))]
        guard node != 0 else { return nil }
        var index = start + 1
        var best: (value: Int, end: Int)?
        while true {
            let list = nodes[Int(node)].accepted
            if list >= 0, text.isWordEnd(index), let value = accepted[Int(list)].first(where: isWanted) {
                best = (value, index)
            }
            guard index < text.count, let next = child(of: node, under: GlossaryTextBytes.folded(text.bytes[index]))
            else { break }
            node = next
            index += 1
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
