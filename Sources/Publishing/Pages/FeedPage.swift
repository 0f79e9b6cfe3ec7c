import MarketData
import Strategy

/// Renders the feeds of the latest published briefings, newest first: `feed.xml` (Atom) and
/// `feed.json` (JSON Feed 1.1), with the same entries.
struct FeedPage {
    let site: SiteSettingsView
    let days: [TradingDay]
    /// The steward profile's records, one per day (the feed summarises its briefings).
    let records: [DayRecord]?
    let published: Range<Int>

    /// The feeds' files, each with the latest `site.feedEntries` briefings.
    func files() -> [(path: String, contents: String)] {
        let entries = published.suffix(site.feedEntries).reversed().compactMap { index -> FeedEntry? in
            guard let record = records?[index] else { return nil }
            return FeedEntry(date: record.date, summary: BriefingText.summary(day: days[index], record: record))
        }
        return [
            (path: "feed.xml", contents: FeedWriter(site: site).feed(entries: entries)),
            (path: "feed.json", contents: JSONFeedWriter(site: site).feed(entries: entries)),
        ]
    }
}
