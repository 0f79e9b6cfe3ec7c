import struct MarketData.SplitMix64
import TestSupport
/// The straightforward, string-based implementations that the module's fast paths replaced.
///
/// The module formats numbers, escapes text and measures labels on bytes and tables for speed; the
/// tests compare it with these, which follow the definitions directly, over generated inputs. They
/// are the code the charts used before the byte-level rewrite, so agreeing with them means the SVG
/// output did not change.
enum Reference {
    /// `ChartNumberFormat.fixed`: digits of the rounded integer, split with `dropLast`/`suffix`.
    static func fixed(_ value: Double, decimals: Int, grouping: Bool = false, minus: String = "\u{2212}") -> String {
        guard value.isFinite else { return "n/a" }
        let places = min(max(decimals, 0), 6)
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        let magnitude = min((abs(value) * factor).rounded(.toNearestOrAwayFromZero), 9.0e15)
        let units = UInt64(magnitude)
        var digits = String(units)
        if digits.count <= places {
            digits = String(repeating: "0", count: places + 1 - digits.count) + digits
        }
        var integerPart = String(digits.dropLast(places))
        let fractionPart = String(digits.suffix(places))
        if grouping { integerPart = grouped(integerPart) }
        let sign = (value < 0 && units != 0) ? minus : ""
        return places == 0 ? sign + integerPart : sign + integerPart + "." + fractionPart
    }

    /// `ChartNumberFormat.trimmed`: the fixed text with trailing zeros (then the point) removed.
    static func trimmed(_ value: Double, maxDecimals: Int, grouping: Bool = false, minus: String = "\u{2212}") -> String {
        let text = fixed(value, decimals: maxDecimals, grouping: grouping, minus: minus)
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }

    /// `ChartNumberFormat.coordinate`.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return trimmed(value, maxDecimals: 2, grouping: false, minus: "-")
    }

    private static func grouped(_ integerDigits: String) -> String {
        var result = ""
        for (offset, digit) in integerDigits.enumerated() {
            if offset > 0 && (integerDigits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// `XMLEscaping`: scalar by scalar.
    static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&apos;"
            case "\t", "\n", "\r": result += " "
            default:
                switch scalar.value {
                case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: result.unicodeScalars.append(scalar)
                default: break
                }
            }
        }
        return result
    }

    /// `TextMetrics.width` in ems: character by character.
    static func widthInEms(_ text: String) -> Double {
        var ems = 0.0
        for character in text { ems += TextMetricsReference.ems(character) }
        return ems
    }
}

/// The per-character widths, restated so that the table in `TextMetrics` is checked against an
/// independent copy.
enum TextMetricsReference {
    static func ems(_ character: Character) -> Double {
        switch character {
        case "i", "j", "l", ".", ",", ":", ";", "'", "|", "!", "I", " ", "\u{202F}", "(", ")", "f", "t", "r", "-": 0.34
        case "0"..."9", "$", "?": 0.64
        case "+", "=", "−", "<", ">", "~", "&": 0.84
        case "m", "w", "M", "W", "%", "@": 0.95
        case "A"..."Z": 0.72
        default: 0.6
        }
    }
}

extension SplitMix64 {
    /// A value that exercises number formatting: rounding ties, the clamp, signed zero, tiny and
    /// huge magnitudes, non-finite values and arbitrary bit patterns.
    mutating func awkwardDouble() -> Double {
        switch integer(in: 0...10) {
        case 0:
            let specials: [Double] = [
                .nan, .infinity, -.infinity, 0, -0.0, 1e300, -1e300, 9.0e15, 9.1e15, -9.0e15, 0.005, -0.005,
                0.125, 1.005, 2.5, -2.5, 999.995, 0.0049999, 4_807.65, 0.49999999999999994, 4.5e15 + 1,
                .leastNonzeroMagnitude, .greatestFiniteMagnitude,
            ]
            return specials[integer(in: 0...(specials.count - 1))]
        case 1: return Double(integer(in: -100_000...100_000)) / 1_000
        case 2: return Double(integer(in: -100_000...100_000)) / 200 + 0.005
        case 3: return uniform(in: -1...1)
        case 4: return uniform(in: -1e6...1e6)
        case 5: return uniform(in: -1e17...1e17)
        case 6: return uniform(in: -1e-3...1e-3)
        case 7: return Double(bitPattern: next())
        case 8: return Double(integer(in: -999_999...999_999)) / 100
        case 9: return Double(integer(in: -10...10)) * 0.0005
        default: return uniform(in: -500...500)
        }
    }

    /// Text made of pieces that matter to escaping and measuring: markup characters, controls,
    /// CR LF, combining marks, joiners, emoji, noncharacters and ordinary words.
    mutating func awkwardText() -> String {
        let pieces = [
            "a", "Z", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "−", "…",
            "₀", "é", "e\u{301}", "📉", "👩‍👩‍👧", "🇫🇷", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFFF}", "\u{E000}", "i",
            "m", "W", "%", "0", "9", "$", "~", "|", "Å", "\u{212B}", "\u{212A}", "\u{37E}", "한", "\u{1100}\u{1161}",
            "x\u{200D}y", "\u{AD}", ",", ".", "-", "SPX at expiration ", "P&L (USD)", "\u{300}", "\u{903}", "\u{600}1",
            "²", "Ⅻ", "M12.5 34 L", "0123456789",
        ]
        var text = ""
        for _ in 0..<integer(in: 0...16) { text += pieces[integer(in: 0...(pieces.count - 1))] }
        return text
    }
}
