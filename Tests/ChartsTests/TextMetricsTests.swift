import struct MarketData.SplitMix64
import TestSupport
import Testing

@testable import Charts

@Suite struct TextMetricsTests {
    /// The scalars measured from the table.
    static let standaloneScalars: [Unicode.Scalar] = ((0..<0x300).compactMap(Unicode.Scalar.init) + ["\u{2212}", "\u{2026}", "\u{202F}"])
        .filter { TextMetrics.standaloneEms($0) != nil }

    @Test func tableWidthsAreTheCharacterWidths() {
        #expect(Self.standaloneScalars.count == 0x300 - 1 + 3)  // all but carriage return, plus −, … and U+202F
        for scalar in Self.standaloneScalars {
            #expect(TextMetrics.standaloneEms(scalar) == TextMetricsReference.ems(Character(scalar)), "\(scalar.value)")
        }
    }

    /// Measuring scalar by scalar is measuring character by character only if no two table
    /// scalars ever form one character: each is put next to every other, on both sides.
    @Test func tableScalarsNeverJoinEachOther() {
        var joined: [UInt32] = []
        for first in Self.standaloneScalars {
            var text = String.UnicodeScalarView()
            for second in Self.standaloneScalars {
                text.append(first)
                text.append(second)
            }
            if String(text).count != text.count { joined.append(first.value) }
        }
        #expect(joined.isEmpty)
    }

    @Test(arguments: 0..<4)
    func widthIsTheSumOfCharacterWidths(seed: Int) {
        var random = SplitMix64(seed: 3_000 + UInt64(seed))
        for _ in 0..<500 {
            let text = random.awkwardText()
            #expect(TextMetrics.width(text, fontSize: 11) == Reference.widthInEms(text) * 11, "\(text.debugDescription)")
        }
    }

    @Test func examples() {
        #expect(TextMetrics.width("−1,250", fontSize: 10) == (0.84 + 0.64 + 0.34 + 0.64 * 3) * 10)
        #expect(TextMetrics.width("e\u{301}\r\n", fontSize: 1) == 0.6 + 0.6)  // two characters
        #expect(TextMetrics.truncated("SPX at expiration", fontSize: 10, maxWidth: 40) == "SPX a…")
    }
}
