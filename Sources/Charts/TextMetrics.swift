/// Rough text widths for layout, since a static SVG cannot measure its own text.
///
/// The estimate follows the proportions of DejaVu Sans, among the widest common sans-serif fonts,
/// so that labels laid out with it do not collide in narrower ones either.
enum TextMetrics {
    /// The estimated width of `text` at `fontSize`, in the same units.
    ///
    /// Each character (`Character`, a grapheme cluster) counts for its width in ems. Labels are
    /// almost always made of scalars that are a whole character on their own, whose widths come
    /// from a table; other text is measured character by character.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            guard let scalarEms = standaloneEms(scalar) else { return characterwiseEms(text) * fontSize }
            ems += scalarEms
        }
        return ems * fontSize
    }

    /// `text` cut to fit `maxWidth` at `fontSize`, with an ellipsis where it was cut.
    static func truncated(_ text: String, fontSize: Double, maxWidth: Double) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        var kept = ""
        for character in text {
            if width(kept + String(character) + "…", fontSize: fontSize) > maxWidth { break }
            kept.append(character)
        }
        return kept + "…"
    }

    /// The width in ems of one character.
    static func ems(_ character: Character) -> Double {
        switch character {
        case "i", "j", "l", ".", ",", ":", ";", "'", "|", "!", "I", " ", "\u{202F}", "(", ")", "f", "t", "r", "-":
            return 0.34
        case "0"..."9", "$", "?":
            return 0.64
        case "+", "=", "−", "<", ">", "~", "&":
            return 0.84
        case "m", "w", "M", "W", "%", "@":
            return 0.95
        case "A"..."Z":
            return 0.72
        default:
            return 0.6
        }
    }

    /// The summed widths of `text`'s characters, in ems.
    private static func characterwiseEms(_ text: String) -> Double {
        var ems = 0.0
        for character in text { ems += TextMetrics.ems(character) }
        return ems
    }

    /// The width in ems of `scalar` when it is always a whole character by itself, whatever
    /// surrounds it; nil when it may join its neighbours (or be compared as an equivalent
    /// character) and so has to be measured as part of a `Character`.
    ///
    /// Below U+0300, where combining marks begin, every scalar but carriage return (which joins a
    /// following line feed) is such a character, and so are the two non-ASCII ones labels use
    /// most, the minus sign U+2212, the ellipsis U+2026 and the narrow no-break space U+202F
    /// (before every `%`).
    static func standaloneEms(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar.value {
        case 0x0D: return nil
        case 0..<0x300: return lowScalarEms[Int(scalar.value)]
        case 0x2212: return minusEms
        case 0x2026: return ellipsisEms
        case 0x202F: return narrowNoBreakSpaceEms
        default: return nil
        }
    }

    /// ``ems(_:)`` of each scalar below U+0300, indexed by scalar value.
    private static let lowScalarEms: [Double] = (0..<0x300).map { (value: UInt32) in
        Unicode.Scalar(value).map { ems(Character($0)) } ?? 0.6
    }
    private static let minusEms = ems("\u{2212}")
    private static let ellipsisEms = ems("\u{2026}")
    private static let narrowNoBreakSpaceEms = ems("\u{202F}")
}
