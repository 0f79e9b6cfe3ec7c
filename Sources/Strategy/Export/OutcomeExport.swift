import Foundation

/// Writes daily outcomes as JSON or CSV text, byte-identical for identical records.
///
/// JSON: an array with one compact object per line, keys sorted, numbers rounded to the fixed
/// precision of the record types (money 2 decimals, prices 4, ...), a trailing newline.
/// CSV: see ``csvColumns``; one row per record, `,`-separated, RFC 4180 quoting, LF line ends.
public enum OutcomeExport {
    /// The records as a JSON array, one object per line.
    ///
    /// - Parameter records: Day records, in the order to write them.
    /// - Returns: `[\n{...},\n{...}\n]\n`, or `[]\n` for no records.
    public static func json(_ records: [DayRecord]) -> String {
        guard !records.isEmpty else { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [String] = []
        lines.reserveCapacity(records.count)
        for record in records {
            // Encoding plain value types with finite numbers cannot fail; an empty object marks the impossible.
            let data = (try? encoder.encode(record)) ?? Data("{}".utf8)
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    /// The CSV header, in column order.
    ///
    /// `date, profile, spot, vix, layer, equity, cash, unrealised_pnl, hedge_value, total_costs` —
    /// then the position (empty when flat): `expiration, dte, contracts, long_put, short_put,
    /// short_call, long_call, credit, value, max_loss, breakeven_low, breakeven_high, delta, gamma,
    /// vega, theta, invariant, erosion, band, distance_percent, distance_sigmas` — then
    /// `hedges` (held hedges), the signals `macd, macd_signal, rsi, ad_line, realised_vol`, and
    /// `rules` (ids joined by `;`) and `explanations` (sentences joined by a space).
    public static let csvColumns = [
        "date", "profile", "spot", "vix", "layer", "equity", "cash", "unrealised_pnl", "hedge_value", "total_costs",
        "expiration", "dte", "contracts", "long_put", "short_put", "short_call", "long_call", "credit", "value",
        "max_loss", "breakeven_low", "breakeven_high", "delta", "gamma", "vega", "theta", "invariant", "erosion",
        "band", "distance_percent", "distance_sigmas", "hedges", "macd", "macd_signal", "rsi", "ad_line",
        "realised_vol", "rules", "explanations",
    ]

    /// The records as CSV with a header row.
    ///
    /// - Parameter records: Day records, in the order to write them.
    /// - Returns: The header and one row per record, each line ending in `\n`.
    public static func csv(_ records: [DayRecord]) -> String {
        var text = csvColumns.joined(separator: ",") + "\n"
        for record in records {
            text += csvRow(record).map(quoted).joined(separator: ",") + "\n"
        }
        return text
    }

    /// The fields of one CSV row, unquoted.
    static func csvRow(_ r: DayRecord) -> [String] {
        let p = r.position
        func fixed(_ value: Double?, _ places: Int) -> String {
            value.map { NumberText.fixed($0, places: places) } ?? ""
        }
        let positionFields: [String] = [
            p?.expiration.iso ?? "", p.map { String($0.dte) } ?? "", fixed(p?.contracts, ExportPrecision.contracts),
            fixed(p?.leg(.put, .long)?.strike, ExportPrecision.level),
            fixed(p?.leg(.put, .short)?.strike, ExportPrecision.level),
            fixed(p?.leg(.call, .short)?.strike, ExportPrecision.level),
            fixed(p?.leg(.call, .long)?.strike, ExportPrecision.level),
            fixed(p?.credit, ExportPrecision.price), fixed(p?.value, ExportPrecision.price),
            fixed(p?.maxLoss, ExportPrecision.money), fixed(p?.breakevens.first, ExportPrecision.price),
            fixed(p?.breakevens.last, ExportPrecision.price), fixed(p?.greeks.delta, ExportPrecision.greeks),
            fixed(p?.greeks.gamma, ExportPrecision.greeks + 2), fixed(p?.greeks.vega, ExportPrecision.greeks),
            fixed(p?.greeks.theta, ExportPrecision.greeks), fixed(p?.invariant, ExportPrecision.invariant),
            fixed(p?.erosion, ExportPrecision.ratio), fixed(p?.band, ExportPrecision.ratio),
            fixed(p?.distancePercent, ExportPrecision.ratio), fixed(p?.distanceSigmas, ExportPrecision.ratio),
        ]
        return [
            r.date.iso, r.profile.rawValue, fixed(r.spot, ExportPrecision.level), fixed(r.vix, ExportPrecision.level),
            String(r.layer), fixed(r.equity, ExportPrecision.money), fixed(r.cash, ExportPrecision.money),
            fixed(p?.unrealisedPnl ?? 0, ExportPrecision.money), fixed(r.hedgeValue, ExportPrecision.money),
            fixed(r.totalCosts, ExportPrecision.money),
        ] + positionFields + [
            String(r.hedges.filter(\.isHeld).count),
            fixed(r.signals.macd, ExportPrecision.ratio), fixed(r.signals.macdSignal, ExportPrecision.ratio),
            fixed(r.signals.rsi, ExportPrecision.ratio), fixed(r.signals.adLine, ExportPrecision.level),
            fixed(r.signals.realisedVol, ExportPrecision.ratio),
            r.rules.map(\.rawValue).joined(separator: ";"), r.explanations.joined(separator: " "),
        ]
    }

    /// RFC 4180 quoting: fields with a comma, quote or line break are wrapped in quotes, quotes doubled.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
