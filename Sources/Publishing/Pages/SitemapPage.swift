import MarketData

/// Renders `sitemap.xml`: the home page, every briefing, and every other page of the site.
struct SitemapPage {
    let site: SiteSettingsView
    /// The published sessions' dates, oldest first.
    let briefingDates: [CalendarDate]
    /// The paths of the glossary, rule and free pages, written now or kept from the previous build
    /// (other files among them, such as the feed and the 404 page, are left out).
    let pagePaths: [String]

    /// The sitemap's file: `pagePaths`' HTML pages, the archive pages and the statistics page.
    func file() -> (path: String, contents: String) {
        let pages = pagePaths.filter { $0.hasSuffix(".html") && $0 != NotFoundPage.path }
        return (
            path: "sitemap.xml",
            contents: SitemapWriter(site: site).sitemap(
                briefingDates: briefingDates,
                otherPages: pages + ArchivePages.paths(dates: briefingDates) + ["stats/index.html"])
        )
    }
}
