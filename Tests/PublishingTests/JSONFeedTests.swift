import Foundation
import MarketData
import Testing

@testable import Publishing

/// `feed.json`: a JSON Feed 1.1 with the Atom feed's entries.
@Suite("The JSON feed")
struct JSONFeedTests {
    @Test("feed.json of the sample: the feed's fields, and the latest 30 briefings newest first, as in feed.xml")
    func sampleFeed() throws {
        let text = try BundledSampleSite.text("feed.json")
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "CondorPress")
        #expect(feed["home_page_url"] as? String == "https://example.org/condorpress/")
        #expect(feed["feed_url"] as? String == "https://example.org/condorpress/feed.json")
        #expect(
            feed["description"] as? String
                == "Educational daily briefings on a rules-based SPX iron condor with an adaptive VIX hedge.")
        #expect(feed["language"] as? String == "en")
        #expect((feed["authors"] as? [[String: String]]) == [["name": "CondorPress"]])
        #expect(Set(feed.keys).count == 8)
        let items = try #require(feed["items"] as? [[String: String]])
        #expect(items.count == 30)
        let summary =
            "Wednesday 2025-12-31: SPX closed at 7,099.74, the VIX at 13.57. The steward holds an iron condor "
            + "expiring 2026-01-23; no hedge layer is active. No rule fired for the steward."
        #expect(
            items.first == [
                "id": "https://example.org/condorpress/briefings/2025-12-31/index.html",
                "url": "https://example.org/condorpress/briefings/2025-12-31/index.html",
                "title": "Briefing for 2025-12-31", "content_text": summary, "summary": summary,
                "date_published": "2025-12-31T00:00:00Z",
            ])
        #expect(items.last?["date_published"] == "2025-11-18T00:00:00Z")
        // The same entries as the Atom feed, in the same order, with the same summaries.
        let atom = try BundledSampleSite.text("feed.xml")
        let atomIDs = atom.components(separatedBy: "<id>").dropFirst(2).map { String($0.prefix { $0 != "<" }) }
        #expect(items.map { $0["id"] ?? "" } == atomIDs)
        let atomSummaries = atom.components(separatedBy: "<summary>").dropFirst().map {
            LinkChecker.decodeEntities(String($0.prefix { $0 != "<" }))
        }
        #expect(items.map { $0["summary"] ?? "" } == atomSummaries)
        // Keys in the specification's order, written the same way on every build.
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.prefix { $0 != ":" } }
        #expect(
            keys == [
                "  \"version\"", "  \"title\"", "  \"home_page_url\"", "  \"feed_url\"", "  \"description\"",
                "  \"language\"", "  \"authors\"", "  \"items\"",
            ])
        #expect(text.hasSuffix("    }\n  ]\n}\n"))
        // The manifest lists it, so an incremental build keeps it up to date and a static file may not take its place.
        #expect(try BundledSampleSite.text(".condorpress/manifest").contains("\nfile feed.json\n"))
    }

    @Test("every page links the JSON feed in its head and its footer")
    func linked() throws {
        let home = try BundledSampleSite.text("index.html")
        #expect(
            home.contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"CondorPress\" href=\"feed.json\">"))
        #expect(home.contains("<a href=\"feed.xml\">Atom feed</a> · <a href=\"feed.json\">JSON feed</a></p>"))
        let term = try BundledSampleSite.text("glossary/iron-condor/index.html")
        #expect(term.contains("href=\"../../feed.json\">"))
    }

    @Test("text is escaped for JSON and reads back unchanged; an empty feed has an empty item list")
    func escaping() throws {
        var settings = SiteSettings(title: "Quote \" back\\slash </script> é", description: "line\nbreak\ttab \u{1} end")
        settings.author = "A/B"
        let site = SiteSettingsView(settings: settings, baseURL: "https://example.org/x/")
        let date = try #require(CalendarDate(iso: "2024-03-01"))
        let text = JSONFeedWriter(site: site).feed(entries: [FeedEntry(date: date, summary: "S&P \"500\" <b>")])
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(feed["title"] as? String == "Quote \" back\\slash </script> é")
        #expect(feed["description"] as? String == "line\nbreak\ttab \u{1} end")
        #expect((feed["authors"] as? [[String: String]]) == [["name": "A/B"]])
        let items = try #require(feed["items"] as? [[String: String]])
        #expect(items.map { $0["summary"] } == ["S&P \"500\" <b>"])
        #expect(items.map { $0["url"] } == ["https://example.org/x/briefings/2024-03-01/index.html"])
        #expect(text.contains("\"description\": \"line\\nbreak\\ttab \\u0001 end\","))

        let empty = JSONFeedWriter(site: site).feed(entries: [])
        let emptyFeed = try #require(try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [String: Any])
        #expect((emptyFeed["items"] as? [Any])?.isEmpty == true)
        #expect(empty.hasSuffix("  \"items\": []\n}\n"))
    }
}
