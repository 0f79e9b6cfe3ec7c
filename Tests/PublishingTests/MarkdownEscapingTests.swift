import MarketData
import TestSupport
import Testing

@testable import Publishing

@Suite("Markdown and HTML escaping")
struct MarkdownEscapingTests {
    @Test("hostile text stays literal after a round trip through cmark-gfm", arguments: [
        "<script>alert(1)</script>", "*not emphasis* and _this_", "[link](http://x)", "see www.example.com", "# heading", "- item",
        "1. item", "a | b", "~~strike~~", "`code`", "&amp; entity", "> quote", "===", "back\\slash",
    ])
    func roundTrip(text: String) throws {
        let html = try MarkdownRenderer.html(from: "Event: " + MarkdownEscaping.escape(text) + "\n")
        #expect(html == "<p>Event: " + HTMLEscaping.escape(text).replacingOccurrences(of: "&#39;", with: "'") + "</p>\n")
        let alone = try MarkdownRenderer.html(from: MarkdownEscaping.escape(text) + "\n")
        #expect(alone == "<p>" + HTMLEscaping.escape(text) + "</p>\n")
    }

    @Test("numbers stay readable")
    func numbers() {
        #expect(MarkdownEscaping.escape("4,512.30") == "4,512.30")
        #expect(MarkdownEscaping.escape("-0.35") == "-0.35")
        #expect(MarkdownEscaping.escape("+2.52 (+0.05 %)") == "+2.52 (+0.05 %)")
        #expect(MarkdownEscaping.escape("12. Item") == "12\\. Item")
    }

    @Test("HTML escaping covers the five special characters")
    func html() {
        #expect(HTMLEscaping.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}

@Suite("Markdown escaping fast path")
struct MarkdownEscapingFastPathTests {
    @Test("the quick scan never skips text the full escaper would change", arguments: 0..<400)
    func fastPathAgreesWithEscaper(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &+ 1_000 &+ 0x9E37_79B9_7F4A_7C15)
        let alphabet = Array("ab w.W1234567890-+#>*=)( :_[]<&|~`\\\t,%é–\n")
        let length = random.below(12)
        let text = String((0..<length).map { _ in alphabet[random.below(alphabet.count)] })
        if !MarkdownEscaping.needsEscaping(text) {
            #expect(ReferenceMarkdownEscaping.escapeAll(text) == text, "\(text.debugDescription)")
        }
    }
}

@Suite("Markdown escaping over bytes")
struct MarkdownEscapingBytesTests {
    @Test("the byte-level escaper writes what the character-level reference writes (2,000 strings)")
    func agreesWithReference() {
        let pieces = ["http", "HTTPS", "ftp", "mailto", "éhttp", "www", "W", ":", ".", ")", "12", "3", " ", "\t",
            "\n", "\r", "#", ">", "-", "+", "*", "=", "_", "[", "]", "<", "&", "|", "~", "`", "\\", "é", "–", "a", "ß"]
        var failures: [String] = []
        for seed in 0..<2_000 {
            var random = SplitMix64(seed: UInt64(seed) &+ 0xE5C_A9E)
            let text = (0..<random.below(9)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let expected = ReferenceMarkdownEscaping.needsEscaping(text) ? ReferenceMarkdownEscaping.escapeAll(text) : text
            if MarkdownEscaping.escape(text) != expected { failures.append(text.debugDescription) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}

/// The character-by-character escaper the byte-level one replaced, kept as its reference.
enum ReferenceMarkdownEscaping {
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    static func needsEscaping(_ text: String) -> Bool { MarkdownEscaping.needsEscaping(text) }

    /// True when `scalars` at the start of a line would open a block: a heading, a quote, a
    /// bullet list item, or a setext underline.
    static func startsBlock(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first else { return false }
        if first == "#" || first == ">" { return true }
        if first == "+" || first == "-" || first == "*" {
            return scalars.count == 1 || scalars[1] == " " || scalars[1] == "\t"
        }
        return scalars.allSatisfy { $0 == "=" || $0 == "-" }
    }

    /// The escaping itself, character by character (see `escape`).
    static func escapeAll(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        if startsBlock(scalars), let first = scalars.first, !special.contains(first) {
            result += "\\"
        } else if let dot = scalars.firstIndex(where: { !("0"..."9").contains($0) }), dot > 0,
            scalars[dot] == "." || scalars[dot] == ")",
            dot + 1 == scalars.count || scalars[dot + 1] == " " || scalars[dot + 1] == "\t"
        {
            result.unicodeScalars.append(contentsOf: scalars[..<dot])
            result += "\\"
            result.unicodeScalars.append(scalars[dot])
            return result + escapeAll(String(String.UnicodeScalarView(scalars[(dot + 1)...])))
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" {
                result += " "
            } else {
                if special.contains(scalar) || (scalar == "." && followsWWW(scalars, index))
                    || (scalar == ":" && followsScheme(scalars, index))
                {
                    result += "\\"
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True when the dot at `index` ends a `www` that would start an extended autolink.
    static func followsWWW(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index >= 3 else { return false }
        return scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }

    /// True when the colon at `index` ends a URL scheme (`http`, `https`, `ftp`, `mailto`) that would
    /// start an autolink; such colons are escaped, other colons stay as they are.
    static func followsScheme(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
        return ["http", "https", "ftp", "mailto"].contains(word)
    }
}
