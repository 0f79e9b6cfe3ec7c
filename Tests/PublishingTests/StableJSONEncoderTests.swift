import Foundation
import Strategy
import Testing

@testable import Publishing

/// ``StableJSON`` writes the bytes of Foundation's `JSONEncoder` with sorted keys (cache keys
/// stay the same across the switch and between the two).
struct StableJSONEncoderTests {
    /// Foundation's encoding, configured as the cache keys were before ``StableJSON``.
    private func foundation(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return Array(try RecordEncoding.$exact.withValue(true) { try encoder.encode(value) })
    }

    private func stable(_ value: some Encodable) throws -> [UInt8] {
        try RecordEncoding.$exact.withValue(true) { try StableJSON.encode(value) }
    }

    /// Values with every kind of awkward content.
    private struct Awkward: Encodable {
        var text = "quote \" backslash \\ slash / tab \t newline \n bell \u{7} escape \u{1B} del \u{7F} é ü 🙂 \u{2028}"
        var numbers: [Double] = [
            0, -0.0, 1, -1, 0.1, 1e-7, 1e21, 1e22, 123_456_789.125, .pi, .nan, .infinity, -.infinity,
            Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude,
        ]
        var small: Float = 0.1
        var integers: [Int] = [0, -1, Int.max, Int.min]
        var flags = [true, false]
        var missing: Double? = nil
        var present: Double? = 2.5
        var nested: [String: [Int: String]] = ["b": [2: "two", 10: "ten"], "a": [:], "Z": [1: "one"], "é": [:]]
        var empty: [Double] = []
        var optionals: [Int?] = [1, nil]
    }

    @Test func awkwardValuesEncodeAsFoundationDoes() throws {
        #expect(try stable(Awkward()) == foundation(Awkward()))
        #expect(try stable("a/b") == foundation("a/b"))
        #expect(try stable(3.0) == foundation(3.0))
        #expect(try stable([String: Int]()) == foundation([String: Int]()))
    }

    @Test func everyBriefingOfTheSampleEncodesAsFoundationDoes() throws {
        let evaluation = try SiteBuilder.evaluation.run(SiteFixture(from: "2022-01-03", to: "2024-06-28").options)
        let writer = try SiteSteps.briefingWriter(evaluation)
        for index in evaluation.data.published {
            let inputs = BriefingInputs(source: writer.source, index: index, root: "../../")
            #expect(try stable(inputs) == foundation(inputs))
        }
        let shared = SharedBriefingInputs(writer.source)
        #expect(try stable(shared) == foundation(shared))
        #expect(try stable(evaluation.data.series.events) == foundation(evaluation.data.series.events))
        #expect(try stable(evaluation.data.series.days) == foundation(evaluation.data.series.days))
    }
}
