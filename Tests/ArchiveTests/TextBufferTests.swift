import MarketData
import Strategy
import TestSupport
import Testing

@testable import Archive

/// The byte writers must produce exactly the text of the `String` functions they replace; these
/// tests compare them on hand-picked edge cases and on thousands of generated inputs.
@Suite struct TextBufferTests {
    @Test func fixedDecimalsMatchNumberTextOnEdgeCases() {
        let values: [Double] = [
            0, -0.0, 1, -1, 0.5, -0.5, 0.125, 2.5, -2.5, 0.005, -0.005, 0.0049999, 1e-7, -1e-7, 123_456_789.5,
            -0.0012345, 4_700, 99.995, 8.999e14, 9e14, 9e15, 8_999_999_999_999_999, 1e16, -1e16, 1.5e20, 1e300,
            .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        ]
        for value in values {
            for places in -1...13 {
                #expect(fixed(value, places) == NumberText.fixed(value, places: places), "\(value), \(places)")
                #expect(
                    trimmed(value, places) == NumberText.trimmed(value, maxPlaces: places), "\(value), \(places)")
            }
        }
    }

    @Test func fixedDecimalsMatchNumberTextOnGeneratedValues() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let magnitude = Double(random.below(36)) - 18
            let value = random.nextUnit() * pow10(magnitude) * (random.below(2) == 0 ? 1 : -1)
            let places = random.below(13)
            #expect(fixed(value, places) == NumberText.fixed(value, places: places), "\(value), \(places)")
            #expect(trimmed(value, places) == NumberText.trimmed(value, maxPlaces: places), "\(value), \(places)")
            // Archive numbers are rounded to their places before they are written.
            let rounded = Rounding.places(value, places)
            #expect(fixed(rounded, places) == NumberText.fixed(rounded, places: places), "\(rounded), \(places)")
        }
    }

    @Test func integersAndDatesMatchTheirStringForms() {
        var random = SplitMix64(seed: 11)
        var integers = [0, 1, -1, 9, 10, -10, Int.max, Int.min, Int.min + 1]
        integers += (0..<2_000).map { _ in Int(truncatingIfNeeded: random.next()) >> random.below(64) }
        for value in integers {
            var buffer = TextBuffer()
            buffer.append(integer: value)
            #expect(buffer.text == String(value))
        }
        var days = [0, -1, -719_528, -719_529, 2_932_896, 2_932_897, -800_000, 3_000_000]
        days += (0..<5_000).map { _ in random.below(3_800_000) - 800_000 }
        for day in days {
            let date = CalendarDate(daysSinceEpoch: day)
            var buffer = TextBuffer()
            buffer.append(iso: date)
            #expect(buffer.text == date.iso, "\(day)")
        }
    }

    @Test func jsonStringsAndCSVFieldsMatchTheScalarWriters() {
        var samples = [
            "", "plain", hostileText, "é ✓ \u{2028}\u{2029}", "– € ✓ \u{2027}\u{202A}\u{E2}",
            "\u{7F}\u{80}\u{85}\u{9F}",
            "\u{0}\u{1}\u{8}\u{C}\u{1F} ", "😀 a\"b\\c</script>&", "\u{E2}\u{80}", "ends in \u{2028}", "\"", ",",
            "\r\n", "a,b\"c\nd\re",
        ]
        var random = SplitMix64(seed: 3)
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "0", " ", ",", "\"", "\\", "<", ">", "&", "/", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}",
            "\u{80}", "\u{A0}", "é", "–", "€", "✓", "\u{2028}", "\u{2029}", "\u{2030}", "\u{FEFF}", "😀", "𝄞",
        ]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<random.below(24) {
                text.unicodeScalars.append(alphabet[random.below(alphabet.count)])
            }
            samples.append(text)
        }
        for text in samples {
            var json = TextBuffer()
            json.append(jsonString: text)
            #expect(json.text == Reference.jsonString(text), "\(text.debugDescription)")
            #expect(JSONText.string(text) == Reference.jsonString(text))
            var csv = TextBuffer()
            csv.append(csvField: text)
            #expect(csv.text == Reference.csvField(text), "\(text.debugDescription)")
            #expect(CSVField.quoted(text) == Reference.csvField(text))
        }
    }

    private func fixed(_ value: Double, _ places: Int) -> String {
        var buffer = TextBuffer()
        buffer.append(value, places: places)
        return buffer.text
    }

    private func trimmed(_ value: Double, _ places: Int) -> String {
        var buffer = TextBuffer()
        buffer.append("x")
        buffer.append(trimmed: value, maxPlaces: places)
        return String(buffer.text.dropFirst())
    }

    private func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(abs(exponent)) { result = exponent < 0 ? result / 10 : result * 10 }
        return result
    }
}

/// The scalar-by-scalar `String` writers the byte writers replaced, kept as the reference.
private enum Reference {
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += unicodeEscape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func csvField(_ text: String) -> String {
        let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
        guard text.unicodeScalars.contains(where: special.contains) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
