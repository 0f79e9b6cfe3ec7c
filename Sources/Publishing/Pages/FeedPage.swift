import MarketData
import Strategy

/// Renders `feed.xml`: an Atom feed of the latest published briefings, newest first.
struct FeedPage {
    let site: SiteSettingsView
    let days: [TradingDay]
    /// The steward profile's records, one per day (the feed summarises its briefings).
    let records: [DayRecord]?
    let published: Range<Int>

    /// The feed's file, with the latest `site.feedEntries` briefings.
    func file() -> (path: String, contents: String) {
        let entries = published.suffix(site.feedEntries).reversed().compactMap { index -> FeedEntry? in
            guard let record = records?[index] else { return nil }
            return FeedEntry(date: record.date, summary: BriefingText.summary(day: days[index], record: record))
        }
        return (path: "feed.xml", contents: FeedWriter(site: site).feed(entries: entries))
    }
}
