import Testing

@testable import Publishing

/// The bytes of `text`, as the linker hands them to the trie.
private func lookup(_ trie: GlossaryPhraseTrie, _ text: String, at start: Int = 0, where isWanted: (Int) -> Bool = { _ in true })
    -> (value: Int, end: Int)?
{
    var text = text
    return text.withUTF8 { trie.longestMatch(in: GlossaryTextBytes(bytes: $0), at: start, where: isWanted) }
}

@Suite("Glossary phrase trie")
struct GlossaryPhraseTrieTests {
    /// A trie of `names`, each with its index as value.
    private func trie(_ names: [String]) -> GlossaryPhraseTrie {
        var trie = GlossaryPhraseTrie()
        for (index, name) in names.enumerated() { trie.insert(GlossaryLinker.fold(name), value: index) }
        return trie
    }

    @Test("the longest name ending on a word boundary wins")
    func longest() {
        let trie = trie(["vix", "vix futures", "vix futures curve"])
        #expect(lookup(trie, "VIX futures curves rose")! == (1, 11))
        #expect(lookup(trie, "vix futures curve.")! == (2, 17))
        #expect(lookup(trie, "vix fut")! == (0, 3))
        #expect(lookup(trie, "vixy futures") == nil)
        #expect(lookup(trie, "the vix", at: 4)! == (0, 7))
    }

    @Test("a name the caller does not want falls back to the next shorter one")
    func unwanted() {
        let trie = trie(["vix", "vix futures"])
        #expect(lookup(trie, "vix futures", where: { $0 != 1 })! == (0, 3))
        #expect(lookup(trie, "vix futures", where: { _ in false }) == nil)
    }

    @Test("a name given twice keeps both values, first first")
    func duplicates() {
        var trie = trie(["delta"])
        trie.insert(GlossaryLinker.fold("Delta"), value: 7)
        #expect(lookup(trie, "delta")! == (0, 5))
        #expect(lookup(trie, "delta", where: { $0 == 7 })! == (7, 5))
    }

    @Test("non-ASCII letters continue a word; non-ASCII punctuation ends it")
    func nonASCII() {
        let trie = trie(["black", "black–scholes"])
        #expect(lookup(trie, "black–scholes—model")! == (1, "black–scholes".utf8.count))
        #expect(lookup(trie, "blacké") == nil)
    }

    @Test("one node per distinct prefix byte")
    func sharing() {
        #expect(trie(["ab", "abc", "ad"]).nodeCount == 5)
        #expect(GlossaryPhraseTrie().nodeCount == 1)
    }
}
