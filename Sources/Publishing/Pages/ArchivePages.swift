import NumberStyle
import MarketData
import Strategy

/// Renders the archive index (years and months) and one page per year.
struct ArchivePages {
    let renderer: PageRenderer
    let runs: [Profile: ProfileRun]
    let days: [TradingDay]
    let published: Range<Int>
    let configuration: Configuration

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The path of a year's page.
    static func yearPath(_ year: Int) -> String { "archive/\(year)/index.html" }

    /// The archive page paths for `dates` (for the sitemap).
    static func paths(dates: [CalendarDate]) -> [String] {
        ["archive/index.html", "archive/columns/index.html"]
            + Set(dates.map(\.year)).sorted().map(yearPath)
    }

    /// `archive/index.html` and `archive/<year>/index.html`, leaving out the year pages before
    /// `firstYear` (an incremental build that only appended sessions keeps those as they are:
    /// a year page shows its own sessions and links to the years beside it).
    func files(from firstYear: Int? = nil) throws -> [(path: String, contents: String)] {
        let steward = runs[.steward]?.records ?? []
        var byYear: [(year: Int, months: [(month: Int, indices: [Int])])] = []
        for index in published {
            let (year, month, _) = days[index].date.components
            if byYear.last?.year != year { byYear.append((year, [])) }
            if byYear[byYear.count - 1].months.last?.month != month {
                byYear[byYear.count - 1].months.append((month, []))
            }
            let last = byYear[byYear.count - 1].months.count - 1
            byYear[byYear.count - 1].months[last].indices.append(index)
        }
        var files: [(path: String, contents: String)] = []
        for (position, entry) in byYear.enumerated() where entry.year >= firstYear ?? entry.year {
            files.append(
                (
                    path: Self.yearPath(entry.year),
                    contents: try yearPage(
                        entry.year, months: entry.months, steward: steward,
                        previous: position > 0 ? byYear[position - 1].year : nil,
                        next: position + 1 < byYear.count ? byYear[position + 1].year : nil)
                ))
        }
        let years: [[String: any Sendable]] = byYear.reversed().map { entry in
            [
                "year": String(entry.year),
                "months": entry.months.map { month in monthRow(entry.year, month.month, month.indices, steward) },
            ]
        }
        let index = try renderer.page(
            template: "archive-index", path: "archive/index.html", title: "Archive",
            description: "Every published trading day and the rules that fired.",
            root: "../", body: "",
            extra: [
                "years": years, "sessions": String(published.count),
                "firstDate": published.first.map { days[$0].date.iso } ?? "",
                "lastDate": published.last.map { days[$0].date.iso } ?? "",
            ])
        files.append((path: "archive/index.html", contents: index))
        return files
    }

    private func monthRow(_ year: Int, _ month: Int, _ indices: [Int], _ steward: [DayRecord]) -> [String: String] {
        let records = indices.compactMap { $0 < steward.count ? steward[$0] : nil }
        var counts: [RuleID: Int] = [:]
        for record in records { for firing in record.firings { counts[firing.id, default: 0] += 1 } }
        let rules = counts.keys.sorted().map { "\($0.rawValue) ×\(counts[$0] ?? 0)" }.joined(separator: ", ")
        var change = "n/a"
        if let first = indices.first, first > 0, first - 1 < steward.count, let last = records.last,
            steward[first - 1].equity > 0
        {
            change = DisplayNumber.percent(last.equity / steward[first - 1].equity - 1, 2, signed: true)
        }
        return [
            "year": String(year), "name": ArchivePages.monthNames[month - 1],
            "anchor": ArchivePages.monthNames[month - 1].lowercased(), "sessions": String(indices.count),
            "active": String(records.filter { !$0.firings.isEmpty }.count), "rules": rules.isEmpty ? "none" : rules,
            "change": change,
        ]
    }

    private func yearPage(
        _ year: Int, months: [(month: Int, indices: [Int])], steward: [DayRecord], previous: Int?, next: Int?
    ) throws -> String {
        let monthContexts: [[String: any Sendable]] = months.map { month in
            [
                "name": ArchivePages.monthNames[month.month - 1],
                "anchor": ArchivePages.monthNames[month.month - 1].lowercased(),
                "days": month.indices.map { index -> [String: any Sendable] in
                    let record = index < steward.count ? steward[index] : nil
                    return [
                        "date": days[index].date.iso, "spx": DisplayNumber.fixed(days[index].spx, 2),
                        "vix": DisplayNumber.fixed(days[index].vix, 2), "layer": String(record?.layer ?? 0),
                        "rules": (record?.firings ?? []).map { ["id": $0.id.rawValue] },
                        "equity": record.map { DisplayNumber.fixed($0.equity, 2) } ?? "n/a",
                    ]
                },
            ]
        }
        var extra: [String: any Sendable] = ["year": String(year), "months": monthContexts]
        if let previous { extra["previousYear"] = String(previous) }
        if let next { extra["nextYear"] = String(next) }
        return try renderer.page(
            template: "archive-year", path: Self.yearPath(year), title: "Archive \(year)",
            description: "Every trading day of \(year) and the rules that fired.",
            root: "../../", body: "", extra: extra)
    }
}
