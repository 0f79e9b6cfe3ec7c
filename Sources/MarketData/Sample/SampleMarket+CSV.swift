extension SampleMarket {
    /// The file names and texts a `sample-data` run writes, in a fixed order.
    public var csvFiles: [(name: String, text: String)] {
        [
            ("spx.csv", spxCSV), ("vix.csv", vixCSV), ("breadth.csv", breadthCSV),
            ("events.csv", eventsCSV), ("rates.csv", ratesCSV),
        ]
    }

    /// `spx.csv` in the Yahoo/Stooq layout: `Date,Open,High,Low,Close,Volume`, ISO dates.
    public var spxCSV: String {
        csv(header: "Date,Open,High,Low,Close,Volume") { day in
            [
                day.date.iso, price(day.spxOpen), price(day.spxHigh), price(day.spxLow),
                price(day.spxClose), String(day.spxVolume),
            ]
        }
    }

    /// `vix.csv` in Cboe's VIX_History layout: `DATE,OPEN,HIGH,LOW,CLOSE`, `MM/DD/YYYY` dates and
    /// six decimals, as Cboe writes them.
    public var vixCSV: String {
        csv(header: "DATE,OPEN,HIGH,LOW,CLOSE") { day in
            [
                FixedPointText.usDate(day.date), FixedPointText.format(day.vixOpen, decimals: 6),
                FixedPointText.format(day.vixHigh, decimals: 6), FixedPointText.format(day.vixLow, decimals: 6),
                FixedPointText.format(day.vixClose, decimals: 6),
            ]
        }
    }

    /// `breadth.csv`: `Date,Advances,Declines`.
    public var breadthCSV: String {
        csv(header: "Date,Advances,Declines") { day in
            [day.date.iso, String(day.advances), String(day.declines)]
        }
    }

    /// `rates.csv`: `Date,Rate`, the rate in annual percent.
    public var ratesCSV: String {
        csv(header: "Date,Rate") { day in [day.date.iso, price(day.ratePercent)] }
    }

    /// `events.csv`: `Date,Event,Kind` (names contain no commas or quotes, so no quoting is needed).
    public var eventsCSV: String {
        var text = "Date,Event,Kind\n"
        for event in events {
            text += event.date.iso + "," + event.name + "," + event.kind.rawValue + "\n"
        }
        return text
    }

    private func csv(header: String, row: (Day) -> [String]) -> String {
        var text = header + "\n"
        text.reserveCapacity(days.count * 64)
        for day in days {
            text += row(day).joined(separator: ",")
            text += "\n"
        }
        return text
    }

    private func price(_ value: Double) -> String {
        FixedPointText.format(value, decimals: 2)
    }
}
