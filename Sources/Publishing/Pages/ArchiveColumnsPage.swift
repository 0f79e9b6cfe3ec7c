import Strategy

/// The column reference of `outcomes.csv`, `outcomes.json` and the `day_outcome` table, read from
/// the day-outcome schema, as Markdown the site publishes beside the downloads.
enum ArchiveColumnsPage {
    /// The page's Markdown: what the files hold, then one table line per schema field.
    static func markdown(columns: [FieldInfo] = OutcomeSchema.columns.days.columns) -> String {
        var lines = [
            "The archive holds one row per trading session and profile, ordered by date and then profile "
                + "(steward, promoter, static). `outcomes.csv`, `outcomes.json` and the `day_outcome` table of "
                + "`outcomes.sqlite` have the same rows and the same columns.",
            "",
            "Numbers are written with a fixed number of decimals and a `.` as decimal point. An empty CSV field "
                + "(`null` in JSON, NULL in SQLite) means no value: position and leg columns are empty when the "
                + "profile holds no condor, signal columns until their indicator has warmed up. CSV fields holding "
                + "a comma, a quote or a line break are quoted, with inner quotes doubled (RFC 4180).",
            "",
            "The SQLite file also has the tables `rule_firing` (every rule fired, with its explanation and the "
                + "numbers it looked at as JSON in `inputs`), `hedge` (VIX call spreads per day), `trade` (closed "
                + "condors), `profile`, `rule` and `build_info`.",
            "",
            "| column | type | may be empty | meaning |",
            "|---|---|---|---|",
        ]
        for column in columns {
            lines.append(
                "| `\(column.name)` | \(typeName(column.type)) | \(column.nullable ? "yes" : "no") | \(column.summary) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The type as the reference names it (`decimal (2 places)`).
    static func typeName(_ type: FieldType) -> String {
        switch type {
        case .date: return "date"
        case .text: return "text"
        case .json: return "JSON array"
        case .integer: return "integer"
        case .decimal(let places): return "decimal (\(places) places)"
        case .boolean: return "boolean"
        }
    }
}
