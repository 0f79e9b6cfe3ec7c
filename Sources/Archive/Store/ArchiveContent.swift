import MarketData
import Strategy

/// Every row written in one transaction, in the archive's canonical insert order.
///
/// Rows are sorted by date, then profile (``Profile/allCases`` order), then their sequence, so a
/// full write, an initial write followed by appends, and a canonical copy insert rows with the
/// same row ids, and a fresh file receives exactly the same operations.
struct ArchiveContent: Sendable {
    var profiles: [ProfileRow]
    var rules: [RuleRow]
    var days: [ArchiveRow]
    var firings: [ArchiveRow]
    var hedges: [ArchiveRow]
    var trades: [ArchiveRow]

    /// Rows from the engine's runs, checked and put in canonical order.
    ///
    /// - Parameters:
    ///   - runs: At most one run per profile.
    ///   - lastDates: The last archived date per profile: every day must come after it (for `append`).
    /// - Throws: ``ArchiveError`` when a run mixes profiles, has days out of order, repeats a
    ///   profile, starts too early for an append, or has a trade on a day it doesn't contain.
    ///   - schema: The schema the rows are built with.
    init(runs: [ArchiveRun], after lastDates: [Profile: CalendarDate] = [:], schema: OutcomeSchema) throws {
        var seen = Set<Profile>()
        // Where each day record goes: sorting these small entries moves no record.
        var order: [(date: CalendarDate, rank: Int, run: Int, day: Int)] = []
        var tradeOrder: [(date: CalendarDate, rank: Int, sequence: Int, run: Int, trade: Int)] = []
        for (runIndex, run) in runs.enumerated() {
            guard seen.insert(run.profile).inserted else { throw ArchiveError.duplicateRun(profile: run.profile) }
            try Self.check(run, after: lastDates[run.profile])
            let rank = Self.profileRank[run.profile] ?? 0
            order += run.days.indices.map { (run.days[$0].date, rank, runIndex, $0) }
            tradeOrder += try Self.tradeSequences(run).map { ($0.date, rank, $0.sequence, runIndex, $0.trade) }
        }
        // Dates increase within a run and a profile has one run, so no two entries tie.
        order.sort { ($0.date, $0.rank) < ($1.date, $1.rank) }
        tradeOrder.sort { ($0.date, $0.rank, $0.sequence) < ($1.date, $1.rank, $1.sequence) }
        profiles = ProfileRow.all
        rules = RuleRow.all
        days = []
        days.reserveCapacity(order.count)
        firings = []
        hedges = []
        for entry in order {
            let day = runs[entry.run].days[entry.day]
            days.append(ArchiveRow(day: day, schema: schema))
            firings += ArchiveRow.firings(of: day, schema: schema)
            hedges += ArchiveRow.hedges(of: day, schema: schema)
        }
        trades = tradeOrder.map { entry in
            ArchiveRow(
                trade: runs[entry.run].trades[entry.trade], profile: runs[entry.run].profile, sequence: entry.sequence,
                schema: schema)
        }
    }

    /// Rows as read back from an archive, already in canonical order.
    init(
        profiles: [ProfileRow], rules: [RuleRow], days: [ArchiveRow], firings: [ArchiveRow],
        hedges: [ArchiveRow], trades: [ArchiveRow]
    ) {
        self.profiles = profiles
        self.rules = rules
        self.days = days
        self.firings = firings
        self.hedges = hedges
        self.trades = trades
    }

    /// The position of each profile in the canonical order.
    static let profileRank: [Profile: Int] = Dictionary(
        uniqueKeysWithValues: Profile.allCases.enumerated().map { ($1, $0) })

    private static func check(_ run: ArchiveRun, after lastDate: CalendarDate?) throws {
        if let lastDate, let first = run.days.first, first.date <= lastDate {
            throw ArchiveError.appendNotAfterLastDay(profile: run.profile, date: first.date, lastDate: lastDate)
        }
        var previous: CalendarDate?
        for day in run.days {
            guard day.profile == run.profile else {
                throw ArchiveError.profileMismatch(run: run.profile, date: day.date, found: day.profile)
            }
            if let previous, day.date <= previous {
                throw ArchiveError.daysOutOfOrder(profile: run.profile, date: day.date, previous: previous)
            }
            previous = day.date
        }
    }

    /// Each trade's closing date, its sequence among the run's trades closed that day, and its index.
    private static func tradeSequences(_ run: ArchiveRun) throws -> [(date: CalendarDate, sequence: Int, trade: Int)] {
        let dates = Set(run.days.map(\.date))
        var perDay: [CalendarDate: Int] = [:]
        return try run.trades.enumerated().map { index, trade in
            guard dates.contains(trade.closeDate) else {
                throw ArchiveError.tradeOutsideRun(profile: run.profile, closeDate: trade.closeDate)
            }
            let sequence = perDay[trade.closeDate, default: 0]
            perDay[trade.closeDate] = sequence + 1
            return (trade.closeDate, sequence, index)
        }
    }
}
