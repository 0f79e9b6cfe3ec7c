extension ArchiveExport {
    /// The column reference of `outcomes.csv`, `outcomes.json` and the `day_outcome` table, as
    /// Markdown the site can publish beside the downloads.
    public static let columnsMarkdown: String = {
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
        for column in OutcomeColumn.all {
            lines.append(
                "| `\(column.name)` | \(column.format.name) | \(column.nullable ? "yes" : "no") | \(column.summary) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }()
}
