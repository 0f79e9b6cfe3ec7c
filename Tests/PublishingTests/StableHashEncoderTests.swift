import MarketData
import Testing

@testable import Publishing

/// ``StableHashEncoder`` gives every value one canonical byte form: the same on every run, and
/// different whenever a value, a field's name or type, or the structure differs.
struct StableHashEncoderTests {
    private func bytes(_ value: some Encodable) throws -> [UInt8] {
        let encoder = StableHashEncoder()
        try encoder.write(value)
        return encoder.withBytes { Array($0) }
    }

    private func key(_ value: some Encodable) throws -> String {
        var hash = StableHash()
        try hash.combine(canonicalEncoding: value)
        return hash.hex
    }

    private struct Pair: Encodable {
        var a: Int
        var b: Int
    }

    private struct SwappedPair: Encodable {
        var b: Int
        var a: Int
    }

    private struct Single: Encodable { var a: Int }
    private struct Renamed: Encodable { var c: Int }

    /// A value with a field of every common kind.
    private struct Sample: Encodable {
        var text = "é 🙂 \"quoted\""
        var number = 0.1
        var count = 3
        var flag = true
        var small: Float = 0.5
        var byte: UInt8 = 7
        var list = [1.0, 2.0]
        var optional: Double? = 2.5
        var nested = Pair(a: 1, b: 2)
        var table = ["x": 1, "y": 2]
    }

    /// A field that may be absent (`encodeIfPresent`) or present and `nil`.
    private struct Maybe: Encodable {
        var value: Int??
    }

    /// A field written as `null` explicitly when absent.
    private struct ExplicitNil: Encodable {
        var value: Int?
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
        }
        private enum CodingKeys: String, CodingKey { case value }
    }

    private enum Colour: String, Encodable, CaseIterable { case red, green, blue, cyan, magenta, yellow }

    @Test func aValueHasTheSameBytesEveryTime() throws {
        #expect(try bytes(Sample()) == bytes(Sample()))
        #expect(try key(Sample()) == key(Sample()))
    }

    /// The form is fixed: a change to it changes every manifest key, so it is a deliberate one.
    @Test func aKnownValueHasAKnownKey() throws {
        #expect(
            try bytes(Pair(a: 1, b: -1)) == [
                0x10, 0x20, 0x30, 0x00, 0x08, 0x01, 0x61, 0x04, 0x01, 0, 0, 0, 0, 0, 0, 0,
                0x30, 0x00, 0x08, 0x01, 0x62, 0x04, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x11,
            ])
        // A dictionary's key is the same in every process, whatever its hash seed.
        #expect(try key(["b": 2, "a": 1, "c": 3, "d": 4]) == key(["d": 4, "c": 3, "a": 1, "b": 2]))
        #expect(try key(["b": 2, "a": 1]) == "fe6ea6bcc5764393204d5047cd87aba1")
    }

    @Test func everyFieldFeedsTheKey() throws {
        var variants: [Sample] = []
        func vary(_ change: (inout Sample) -> Void) {
            var sample = Sample()
            change(&sample)
            variants.append(sample)
        }
        vary { _ in }
        vary { $0.text = "é 🙂 \"quoted\" " }
        vary { $0.number = 0.1 + 1e-16 }
        vary { $0.number = -0.0 }
        vary { $0.count = 4 }
        vary { $0.flag = false }
        vary { $0.small = 0.25 }
        vary { $0.byte = 8 }
        vary { $0.list = [2.0, 1.0] }
        vary { $0.list = [1.0, 2.0, 3.0] }
        vary { $0.optional = nil }
        vary { $0.nested.b = 3 }
        vary { $0.table["y"] = 3 }
        vary { $0.table["z"] = 2 }
        let keys = try variants.map(key)
        #expect(Set(keys).count == variants.count)
    }

    @Test func fieldNamesAndOrderFeedTheKey() throws {
        let keys = try [
            key(Pair(a: 1, b: 2)), key(Pair(a: 2, b: 1)), key(SwappedPair(b: 2, a: 1)), key(SwappedPair(b: 1, a: 2)),
        ]
        #expect(Set(keys).count == 4)
        #expect(try key(Single(a: 1)) != key(Renamed(c: 1)))
    }

    @Test func typesAndBoundariesFeedTheKey() throws {
        let keys = try [
            key(1), key(1.0), key(Float(1)), key(UInt(1)), key("1"), key(true), key([1]), key([[1]]), key(Single(a: 1)),
            key(["ab", "c"]), key(["a", "bc"]), key(["abc"]), key([String]()), key([[String]()]), key([""]),
        ]
        #expect(Set(keys).count == keys.count)
    }

    @Test func datesAreTheirDayNumbers() throws {
        let first = try #require(CalendarDate(iso: "2024-02-28"))
        let second = try #require(CalendarDate(iso: "2024-02-29"))
        let keys = try [key(first), key(second), key(Optional(first)), key(first.daysSinceEpoch), key(first.iso)]
        #expect(Set(keys).count == keys.count)
        let again = try ["2024-02-28", "2024-02-29"].map { try #require(CalendarDate(iso: $0)) }
        #expect(try key([first, second]) == key(again))
    }

    @Test func absentNilAndPresentOptionalsDiffer() throws {
        let keys = try [key(Maybe(value: .none)), key(Maybe(value: .some(.none))), key(Maybe(value: .some(.some(0))))]
        #expect(Set(keys).count == keys.count)
        #expect(try key(ExplicitNil(value: nil)) != key(ExplicitNil(value: 0)))
        // `null` written for an absent value is not the same as no entry at all.
        #expect(try key(ExplicitNil(value: nil)) != key(Maybe(value: .none)))
        #expect(try key([Int?.none]) != key([Int]()))
    }

    /// Dictionaries and sets iterate in hash order, which depends on the capacity and the process's
    /// seed; their entries are sorted, so equal collections have equal keys.
    @Test func dictionariesAndSetsAreOrdered() throws {
        let names = (0..<200).map { "name \($0)" }
        var small: [String: Int] = [:]
        var large = [String: Int](minimumCapacity: 5000)
        for (index, name) in names.enumerated() { small[name] = index }
        for (index, name) in names.enumerated().reversed() { large[name] = index }
        #expect(Array(small.keys) != Array(large.keys))
        #expect(try bytes(small) == bytes(large))

        let colours = Dictionary(uniqueKeysWithValues: Colour.allCases.map { ($0, $0.rawValue.count) })
        var grown = [Colour: Int](minimumCapacity: 5000)
        for colour in Colour.allCases.reversed() { grown[colour] = colour.rawValue.count }
        #expect(try bytes(colours) == bytes(grown))

        var smallSet = Set<String>()
        var largeSet = Set<String>(minimumCapacity: 5000)
        smallSet.formUnion(names)
        largeSet.formUnion(names.reversed())
        #expect(Array(smallSet) != Array(largeSet))
        #expect(try bytes(smallSet) == bytes(largeSet))
        #expect(try key(["a": 1, "b": 2]) != key(["a": 2, "b": 1]))
        #expect(try key(["a": 1]) != key(Single(a: 1)))
    }

    /// Every briefing of a sample site has its own key, and computing it again gives the same.
    @Test func everyBriefingOfTheSampleHasItsOwnKey() throws {
        let evaluation = try SiteBuilder.evaluation.run(SiteFixture(from: "2022-01-03", to: "2024-06-28").options)
        let writer = try SiteSteps.briefingWriter(evaluation)
        let keys = try evaluation.data.published.map { try writer.key(index: $0) }
        #expect(Set(keys).count == keys.count)
        #expect(try evaluation.data.published.map { try writer.key(index: $0) } == keys)
    }
}
