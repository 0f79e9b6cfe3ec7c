/// Writes `feed.json`: a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the same briefings
/// as the Atom feed, with absolute URLs.
///
/// The JSON is written by hand, keys in the order of the specification and one per line, so the
/// bytes depend only on the entries and the site settings (a full and an incremental build agree).
struct JSONFeedWriter {
    let site: SiteSettingsView

    /// The feed's own address.
    var feedURL: String { site.baseURL + "feed.json" }

    /// The feed for `entries` (newest first). Publication times are the trading dates at 00:00
    /// UTC, as in the Atom feed. Each item carries the briefing's summary sentence as its
    /// `content_text` (the specification requires a content) and as its `summary`.
    func feed(entries: [FeedEntry]) -> String {
        var json = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": \(Self.quoted(site.title)),
              "home_page_url": \(Self.quoted(site.baseURL)),
              "feed_url": \(Self.quoted(feedURL)),
              "description": \(Self.quoted(site.description)),
              "language": \(Self.quoted(site.language)),
              "authors": [{"name": \(Self.quoted(site.author))}],
              "items": [
            """
        json += entries.isEmpty ? "]\n}\n" : "\n"
        for (number, entry) in entries.enumerated() {
            let url = Self.quoted(site.baseURL + "briefings/\(entry.date.iso)/index.html")
            let summary = Self.quoted(entry.summary)
            json += """
                    {
                      "id": \(url),
                      "url": \(url),
                      "title": "Briefing for \(entry.date.iso)",
                      "content_text": \(summary),
                      "summary": \(summary),
                      "date_published": "\(entry.date.iso)T00:00:00Z"
                    }\(number == entries.count - 1 ? "" : ",")

                """
        }
        if !entries.isEmpty { json += "  ]\n}\n" }
        return json
    }

    /// `text` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t` or `\u00XX`;
    /// everything else, `/` and non-ASCII letters included, as it is (the file is UTF-8).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
