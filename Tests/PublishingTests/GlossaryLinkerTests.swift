import Foundation
import MarketData
import TestSupport
import Testing

@testable import Publishing

/// A small glossary for the linker tests.
let testTargets = [
    GlossaryLinkTarget(slug: "iron-condor", names: ["Iron condor", "iron condors"], summary: "Four options."),
    GlossaryLinkTarget(slug: "vix", names: ["VIX"], summary: "Volatility index."),
    GlossaryLinkTarget(slug: "vix-futures", names: ["VIX futures"], summary: "Futures on the VIX."),
    GlossaryLinkTarget(slug: "time-value", names: ["Time value (extrinsic value)", "time value", "extrinsic value"], summary: "Premium above intrinsic."),
    GlossaryLinkTarget(slug: "ad-line", names: ["A/D line"], summary: "Advances minus declines, summed."),
    GlossaryLinkTarget(slug: "delta", names: ["Delta"], summary: "Sensitivity to the \"spot\" <price>."),
]

/// Links `markdown` with the test glossary and renders it.
func linked(_ markdown: String, skipping: String? = nil) throws -> (html: String, slugs: [String]) {
    let document = try MarkdownDocument(parsing: markdown)
    let slugs = try GlossaryLinker(targets: testTargets).link(
        document, file: "page.md", href: { "../glossary/\($0)/index.html" }, skipping: skipping)
    return (try document.html(), slugs)
}

/// Removes every glossary link the linker adds, keeping the link text.
func strippingGlossaryLinks(_ html: String) throws -> String {
    let pattern = try NSRegularExpression(pattern: "<a href=\"\\.\\./glossary/[a-z0-9-]+/index\\.html\" title=\"[^\"]*\">([^<]*)</a>")
    let range = NSRange(html.startIndex..., in: html)
    return pattern.stringByReplacingMatches(in: html, range: range, withTemplate: "$1")
}

@Suite("Glossary linker")
struct GlossaryLinkerTests {
    @Test("links the first occurrence of each term only, case-insensitively, with the summary as title")
    func firstOccurrence() throws {
        let result = try linked("An iron condor and another Iron Condor; the vix rose. VIX again.\n")
        #expect(
            result.html
                == "<p>An <a href=\"../glossary/iron-condor/index.html\" title=\"Four options.\">iron condor</a> and another Iron Condor; the <a href=\"../glossary/vix/index.html\" title=\"Volatility index.\">vix</a> rose. VIX again.</p>\n"
        )
        #expect(result.slugs == ["iron-condor", "vix"])
    }

    @Test("prefers the longest match and matches whole words only")
    func longestAndWholeWords() throws {
        let result = try linked("VIX futures and VIXY and deltas and the A/D line.\n")
        #expect(result.html.contains("<a href=\"../glossary/vix-futures/index.html\" title=\"Futures on the VIX.\">VIX futures</a>"))
        #expect(!result.html.contains("VIXY</a>"))
        #expect(!result.html.contains("deltas</a>"))
        #expect(result.html.contains(">A/D line</a>"))
        #expect(result.slugs == ["vix-futures", "ad-line"])
    }

    @Test("file names, identifiers and decimals are single words: never linked in part")
    func fileNamesAreWords() throws {
        let result = try linked("No vix.csv, no vix_futures.csv, delta.2 or 2.delta here; the VIX. Then delta.\n")
        #expect(
            result.html
                == "<p>No vix.csv, no vix_futures.csv, delta.2 or 2.delta here; the "
                + "<a href=\"../glossary/vix/index.html\" title=\"Volatility index.\">VIX</a>. Then "
                + "<a href=\"../glossary/delta/index.html\" title=\"Sensitivity to the &quot;spot&quot; &lt;price&gt;.\">delta</a>.</p>\n")
        #expect(result.slugs == ["vix", "delta"])
    }

    @Test("a term never matches inside a hyphenated or slashed token: rule ids, vix-futures, call/delta")
    func joinedTokensAreWords() throws {
        let result = try linked("See delta-neutral, vix-futures, time-value and call/delta; then the A/D line and delta.\n")
        #expect(
            result.html
                == "<p>See delta-neutral, vix-futures, time-value and call/delta; then the "
                + "<a href=\"../glossary/ad-line/index.html\" title=\"Advances minus declines, summed.\">A/D line</a> and "
                + "<a href=\"../glossary/delta/index.html\" title=\"Sensitivity to the &quot;spot&quot; &lt;price&gt;.\">delta</a>.</p>\n")
        #expect(result.slugs == ["ad-line", "delta"])
    }

    @Test("non-ASCII punctuation separates words and non-ASCII names match as written")
    func nonASCII() throws {
        let targets = testTargets + [GlossaryLinkTarget(slug: "bsm", names: ["Black–Scholes–Merton"], summary: "A model.")]
        let document = try MarkdownDocument(parsing: "Priced with black–Scholes–Merton—the VIX—and more.\n")
        let slugs = try GlossaryLinker(targets: targets).link(document, file: "x.md", href: { "\($0).html" })
        #expect(slugs == ["bsm", "vix"])
        #expect(try document.html() == "<p>Priced with <a href=\"bsm.html\" title=\"A model.\">black–Scholes–Merton</a>—the <a href=\"vix.html\" title=\"Volatility index.\">VIX</a>—and more.</p>\n")
    }

    @Test("an alias links to its term, and later names of the same term stay text")
    func aliases() throws {
        let result = try linked("Extrinsic value shrinks; time value is the same thing.\n")
        #expect(result.slugs == ["time-value"])
        #expect(result.html.hasPrefix("<p><a href=\"../glossary/time-value/index.html\" title=\"Premium above intrinsic.\">Extrinsic value</a>"))
    }

    @Test("never links inside code, code blocks, links, images, headings or raw HTML")
    func exclusions() throws {
        let markdown = """
            # Delta in a heading

            `delta` in code, [delta](https://example.org) in a link, ![delta](x.png), <span>delta</span>

                delta in a code block

            """
        let result = try linked(markdown)
        #expect(result.slugs.isEmpty)
        #expect(!result.html.contains("glossary/"))
    }

    @Test("a table's header cells are never linked; its body cells are")
    func tableHeadersAreNotLinked() throws {
        let result = try linked("| Delta | VIX |\n|---|---|\n| delta of a leg | 0.16 |\n")
        #expect(result.html.contains("<th>Delta</th>\n<th>VIX</th>"))
        #expect(result.html.contains("<td><a href=\"../glossary/delta/index.html\""))
        #expect(result.slugs == ["delta"])
    }

    @Test("the title attribute is escaped")
    func titleEscaped() throws {
        let result = try linked("A delta.\n")
        #expect(result.html.contains("title=\"Sensitivity to the &quot;spot&quot; &lt;price&gt;.\""))
    }

    @Test("[[term|shown words]] links a term under other words; names match in any case and show as written")
    func explicitLinksWithOtherWords() throws {
        let result = try linked("Two [[iron condor|condors]], a [[DELTA | slope]] and [[vix]].\n")
        #expect(
            result.html
                == "<p>Two <a href=\"../glossary/iron-condor/index.html\" title=\"Four options.\">condors</a>, a "
                + "<a href=\"../glossary/delta/index.html\" title=\"Sensitivity to the &quot;spot&quot; &lt;price&gt;.\">slope</a> "
                + "and <a href=\"../glossary/vix/index.html\" title=\"Volatility index.\">vix</a>.</p>\n")
        #expect(result.slugs == ["iron-condor", "delta", "vix"])
        #expect(throws: PublishingError.self) { try linked("A [[gamma|curvature]].\n") }
    }

    @Test("[[Term]] is an explicit link; an unknown one names the file and line")
    func explicitLinks() throws {
        let result = try linked("Intro.\nSee [[Iron condor]] and [[vix futures]].\n")
        #expect(result.html.contains("<a href=\"../glossary/iron-condor/index.html\" title=\"Four options.\">Iron condor</a>"))
        #expect(result.html.contains(">vix futures</a>"))
        #expect(!result.html.contains("[["))
        #expect(throws: PublishingError(file: "page.md", line: 4, message: "unknown glossary term in [[Gamma]]: expected a term or alias from Content/glossary")) {
            try linked("Intro.\n\nFirst line\nthen [[Gamma]] here.\n")
        }
    }

    @Test("a page never links its own term automatically")
    func skipsOwnTerm() throws {
        let result = try linked("The VIX and an iron condor.\n", skipping: "vix")
        #expect(result.slugs == ["iron-condor"])
    }

    @Test("deleting the added links gives exactly the output without the glossary", arguments: 0..<40)
    func removingLinksRestoresPlainOutput(seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed) &+ 0x9E37_79B9_7F4A_7C15)
        let words = ["iron", "condor", "condors", "VIX", "futures", "delta", "Delta", "time", "value", "A/D", "line",
                     "the", "and", "`delta`", "**VIX**", "_iron condor_", "[VIX](x.html)", "extrinsic", "—", "vix-"]
        var markdown = ""
        for paragraph in 0..<4 {
            if paragraph == 2 { markdown += "## Delta and VIX\n\n" }
            let count = 5 + generator.below(20)
            markdown += (0..<count).map { _ in words[generator.below(words.count)] }.joined(separator: " ") + "\n\n"
        }
        let plain = try MarkdownRenderer.html(from: markdown)
        let result = try linked(markdown)
        #expect(try strippingGlossaryLinks(result.html) == plain, "markdown: \(markdown)")
    }
}
