import MarketData

/// The data of one day's briefing, as the briefing templates see it.
struct BriefingPage {
    let date: CalendarDate
    let context: [String: any Sendable]

    /// The page title.
    var title: String { "Briefing for \(date.iso)" }
    /// The meta description.
    var description: String { context["summary"] as? String ?? title }

    /// Builds the page for `days[index]`, with changes against the previous trading day.
    init(days: [TradingDay], index: Int) {
        let day = days[index]
        date = day.date
        let previous = index > 0 ? days[index - 1] : nil
        var context: [String: any Sendable] = [
            "date": day.date.iso,
            "spx": NumberFormat.fixed(day.spx, 2),
            "vix": NumberFormat.fixed(day.vix, 2),
        ]
        if let previous {
            context["spxChange"] = NumberFormat.signed(day.spx - previous.spx, 2)
            context["spxChangePercent"] = NumberFormat.percent(day.spx / previous.spx - 1, 2, signed: true)
            context["vixChange"] = NumberFormat.signed(day.vix - previous.vix, 2)
            context["previous"] = ["date": previous.date.iso, "href": "../\(previous.date.iso)/index.html"]
        }
        if index + 1 < days.count {
            let next = days[index + 1]
            context["next"] = ["date": next.date.iso, "href": "../\(next.date.iso)/index.html"]
        }
        context["summary"] =
            "SPX closed at \(NumberFormat.fixed(day.spx, 2)) and the VIX at \(NumberFormat.fixed(day.vix, 2)) on \(day.date.iso)."
        self.context = context
    }
}
