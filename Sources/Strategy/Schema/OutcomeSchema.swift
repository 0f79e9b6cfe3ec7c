/// The day-outcome schema, declared once: every field of a day's outcome, of a rule firing, of a
/// hedge and of a closed trade, with its name, unit, nullability, meaning and accessor.
///
/// The archive's SQLite tables and inserts, its CSV and JSON exports and the column reference
/// page are all derived from these tables. Adding a field to the outcome means adding it to the
/// engine's record and declaring it here.
public struct OutcomeSchema: Sendable {
    /// One row per session and profile (`day_outcome`).
    public let days: OutcomeTable<DayRecord>
    /// One row per rule fired (`rule_firing`).
    public let firings: OutcomeTable<SessionItem<RuleFiring>>
    /// One row per VIX hedge held, closed or settled on a day (`hedge`).
    public let hedges: OutcomeTable<SessionItem<HedgeRecord>>
    /// One row per closed condor (`trade`), keyed by its closing session.
    public let trades: OutcomeTable<SessionItem<TradeRecord>>

    /// The schema, with rule firings worded by `wording`.
    ///
    /// - Parameter wording: The sentence stored for a firing (in `rule_firing.explanation` and the
    ///   day's `explanations`): the one place the archive takes a firing's wording from.
    public init(wording: RuleWording) {
        days = OutcomeTable("day_outcome", Self.dayFields(explain: wording.sentence))
        firings = OutcomeTable("rule_firing", Self.firingFields(explain: wording.sentence))
        hedges = OutcomeTable("hedge", Self.hedgeFields)
        trades = OutcomeTable("trade", Self.tradeFields)
    }

    /// The tables' columns (names, units, nullability, meaning), which do not depend on the wording:
    /// for table definitions and the column reference, never for rows.
    public static let columns = OutcomeSchema(wording: RuleWording { _ in "" })
}
