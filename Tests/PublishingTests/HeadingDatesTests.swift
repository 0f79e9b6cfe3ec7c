import Foundation
import TestSupport
import Testing

@testable import Publishing

/// ISO dates in headings stay on one line on a narrow screen, with their text unchanged.
@Suite("Dates in headings never break")
struct HeadingDatesTests {
    @Test("a date in a heading is wrapped in a nowrap span; elsewhere, in code or in a longer number it is not")
    func wrapping() throws {
        let document = try MarkdownDocument(
            parsing: "# From 2018-12-31 to *2019-01-02*\n\nOn 2018-12-31 it rose.\n\n## `2018-12-31` and 12018-12-31\n")
        document.keepHeadingDatesTogether()
        #expect(
            try document.html()
                == "<h1>From <span class=\"nowrap\">2018-12-31</span> to <em><span class=\"nowrap\">2019-01-02</span></em></h1>\n"
                + "<p>On 2018-12-31 it rose.</p>\n<h2><code>2018-12-31</code> and 12018-12-31</h2>\n")
    }

    @Test("ISO dates are four, two and two digits joined by hyphens, not part of a longer run")
    func dateRanges() {
        func dates(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return MarkdownDocument.isoDateRanges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        #expect(dates("2018-12-31") == ["2018-12-31"])
        #expect(dates("Briefing for Monday, 2018-12-31 and 2019-01-02.") == ["2018-12-31", "2019-01-02"])
        #expect(dates("12018-12-31") == [])
        #expect(dates("2018-12-311") == [])
        #expect(dates("2018-12-31-01") == [])
        #expect(dates("2018-1-31") == [])
        #expect(dates("x2018-12-31y") == ["2018-12-31"])
    }

    @Test("no heading of any page of the sample holds a date outside a nowrap span")
    func everyHeading() throws {
        let files = try FolderSnapshot(of: try BundledSampleSite.output.get()).files
        var wrapped = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for level in 1...6 {
                for chunk in html.components(separatedBy: "<h\(level)").dropFirst() {
                    let heading = chunk.components(separatedBy: "</h\(level)>").first ?? ""
                    wrapped += heading.components(separatedBy: "<span class=\"nowrap\">").count - 1
                    let bare = heading.replacingOccurrences(
                        of: "<span class=\"nowrap\">[0-9]{4}-[0-9]{2}-[0-9]{2}</span>", with: "",
                        options: .regularExpression)
                    #expect(bare.range(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}", options: .regularExpression) == nil, "\(path): \(heading)")
                }
            }
        }
        #expect(wrapped > 750)
        #expect(
            try BundledSampleSite.text("briefings/2023-12-15/index.html").contains(
                "<h1>Briefing for Friday, <span class=\"nowrap\">2023-12-15</span></h1>"))
    }
}
