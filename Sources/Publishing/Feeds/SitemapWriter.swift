import MarketData

/// Writes `sitemap.xml` with absolute URLs.
struct SitemapWriter {
    let site: SiteSettingsView

    /// A sitemap of the home page, every briefing and `otherPages` (paths relative to the root), sorted.
    func sitemap(briefingDates: [CalendarDate], otherPages: [String]) -> String {
        var entries: [(path: String, lastModified: String?)] = [("", briefingDates.last?.iso)]
        entries += briefingDates.map { ("briefings/\($0.iso)/index.html", $0.iso) }
        entries += Set(otherPages).subtracting(["index.html"]).sorted().map { ($0, nil) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            xml += "<url><loc>\(HTMLEscaping.escape(site.baseURL + entry.path))</loc>"
            if let lastModified = entry.lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
