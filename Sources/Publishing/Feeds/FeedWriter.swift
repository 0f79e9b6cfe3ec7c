import MarketData

/// One briefing in the Atom feed.
struct FeedEntry: Sendable, Equatable {
    let date: CalendarDate
    let summary: String
}

/// Writes `feed.xml`: an Atom feed of the latest briefings with absolute URLs.
struct FeedWriter {
    let site: SiteSettingsView

    /// The feed for `entries` (newest first). Timestamps are the trading dates at 00:00 UTC, so the
    /// feed is deterministic.
    func feed(entries: [FeedEntry]) -> String {
        let updated = entries.first.map { "\($0.date.iso)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>\(HTMLEscaping.escape(site.title))</title>
            <subtitle>\(HTMLEscaping.escape(site.description))</subtitle>
            <link href="\(HTMLEscaping.escape(site.baseURL))feed.xml" rel="self"/>
            <link href="\(HTMLEscaping.escape(site.baseURL))"/>
            <id>\(HTMLEscaping.escape(site.baseURL))</id>
            <updated>\(updated)</updated>
            <author><name>\(HTMLEscaping.escape(site.author))</name></author>
            <rights>Educational material; modelled option prices; not advice.</rights>

            """
        for entry in entries {
            let url = HTMLEscaping.escape(site.baseURL + "briefings/\(entry.date.iso)/index.html")
            xml += """
                <entry>
                <title>Briefing for \(entry.date.iso)</title>
                <link href="\(url)"/>
                <id>\(url)</id>
                <updated>\(entry.date.iso)T00:00:00Z</updated>
                <summary>\(HTMLEscaping.escape(entry.summary))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}
