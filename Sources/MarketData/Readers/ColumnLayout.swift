/// What a column holds, independent of how a particular source spells its header.
enum ColumnRole: Hashable, Sendable {
    case date, open, high, low, close, adjustedClose, volume
    case advances, declines, rate, event, kind, vx1, vx2
    case quoteDate, expiration, optionType, strike, bid, ask, impliedVolatility, underlyingLast, delta
}

/// One column a layout knows: its role, the header spellings it accepts and whether it must be there.
struct ColumnSpec: Sendable {
    /// What the column holds.
    var role: ColumnRole
    /// The spelling used in messages when the column is missing, e.g. `Close`.
    var name: String
    /// Accepted header spellings, lowercased.
    var aliases: Set<String>
    /// True when a header without this column is refused.
    var isRequired: Bool

    /// A required column.
    static func required(_ role: ColumnRole, _ name: String, _ aliases: String...) -> ColumnSpec {
        ColumnSpec(role: role, name: name, aliases: Set([name.lowercased()] + aliases), isRequired: true)
    }

    /// An optional column.
    static func optional(_ role: ColumnRole, _ name: String, _ aliases: String...) -> ColumnSpec {
        ColumnSpec(role: role, name: name, aliases: Set([name.lowercased()] + aliases), isRequired: false)
    }

    /// The date column every layout starts with (`Date`, `DATE` or FRED's `observation_date`).
    static let date = ColumnSpec.required(.date, "Date", "observation_date")
}

/// One accepted header layout of an input file, such as Yahoo/Stooq OHLC or FRED `SP500`.
struct ColumnLayout: Sendable {
    /// The source's name, shown in summaries, e.g. `FRED SP500`.
    var name: String
    /// The header as documented, shown when a header is refused, e.g. `DATE,SP500`.
    var synopsis: String
    /// The columns, date first.
    var columns: [ColumnSpec]

    /// The required columns other than the date: a row with a missing value (see ``MissingValue``)
    /// in any of them has no value for its date.
    var valueColumns: [ColumnSpec] { columns.filter { $0.role != .date && $0.isRequired } }

    /// The column spec whose aliases include `normalizedName`, if any.
    func spec(named normalizedName: String) -> ColumnSpec? {
        columns.first { $0.aliases.contains(normalizedName) }
    }
}

extension ColumnLayout {
    /// Yahoo Finance and Stooq daily prices; Cboe's VIX_History has the same columns in capitals.
    static func ohlc(name: String, synopsis: String) -> ColumnLayout {
        ColumnLayout(
            name: name, synopsis: synopsis,
            columns: [
                .date, .optional(.open, "Open"), .optional(.high, "High"), .optional(.low, "Low"),
                .required(.close, "Close"), .optional(.adjustedClose, "Adj Close", "adj_close", "adjclose"),
                .optional(.volume, "Volume"),
            ])
    }

    /// A FRED series download: a date and one value column, `.` or empty on holidays.
    static func fred(series: String) -> ColumnLayout {
        ColumnLayout(
            name: "FRED \(series)", synopsis: "DATE,\(series) or observation_date,\(series)",
            columns: [.date, .required(.close, series)])
    }

    /// The layouts accepted for `spx.csv`.
    static let spx: [ColumnLayout] = [
        .ohlc(name: "Yahoo/Stooq OHLC", synopsis: "Date,Open,High,Low,Close[,Adj Close][,Volume]"),
        .fred(series: "SP500"),
    ]

    /// The layouts accepted for `vix.csv`.
    static let vix: [ColumnLayout] = [
        .ohlc(name: "Cboe/Yahoo OHLC", synopsis: "DATE,OPEN,HIGH,LOW,CLOSE"),
        .fred(series: "VIXCLS"),
        ColumnLayout(name: "Date,vix", synopsis: "Date,vix", columns: [.date, .required(.close, "vix")]),
    ]

    /// The layout of `breadth.csv`.
    static let breadth: [ColumnLayout] = [
        ColumnLayout(
            name: "NYSE advances/declines", synopsis: "Date,Advances,Declines",
            columns: [.date, .required(.advances, "Advances"), .required(.declines, "Declines")])
    ]

    /// The layouts accepted for `rates.csv`.
    static let rates: [ColumnLayout] = [
        ColumnLayout(name: "Date,Rate", synopsis: "Date,Rate", columns: [.date, .required(.rate, "Rate")]),
        ColumnLayout(
            name: "FRED DTB3", synopsis: "DATE,DTB3", columns: [.date, .required(.rate, "DTB3")]),
    ]

    /// The layout of `events.csv`.
    static let events: [ColumnLayout] = [
        ColumnLayout(
            name: "Date,Event,Kind", synopsis: "Date,Event[,Kind]",
            columns: [.date, .required(.event, "Event"), .optional(.kind, "Kind")])
    ]

    /// The layout of `chain.csv`: one row per option, as optionsDX / historicaloptiondata and
    /// optopsy export them (their other columns are ignored). Header fields are matched with
    /// everything but letters and digits removed (see ``OptionChainReader/normalize(_:)``).
    static let chain: [ColumnLayout] = [
        ColumnLayout(
            name: "option chain", synopsis: "quotedate,expiration,type,strike,bid,ask[,impliedvol][,underlying_last][,delta]",
            columns: [
                .required(.quoteDate, "quotedate", "datadate"),
                .required(.expiration, "expiration", "expiredate", "expiry", "expirationdate"),
                .required(.optionType, "type", "optiontype", "putcall", "callput", "cp"),
                .required(.strike, "strike", "strikeprice"),
                .required(.bid, "bid"),
                .required(.ask, "ask"),
                .optional(.impliedVolatility, "impliedvol", "iv", "impliedvolatility", "impliedvolatilitymid"),
                .optional(.underlyingLast, "underlyinglast", "underlyingprice", "underlying"),
                .optional(.delta, "delta"),
            ])
    ]

    /// The layout of `vix_futures.csv`.
    static let vixFutures: [ColumnLayout] = [
        ColumnLayout(
            name: "VIX futures", synopsis: "Date,VX1[,VX2]",
            columns: [.date, .required(.vx1, "VX1"), .optional(.vx2, "VX2")])
    ]
}
