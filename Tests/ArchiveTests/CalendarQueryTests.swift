import MarketData
import Strategy
import Testing

@testable import Archive

@Suite struct CalendarQueryTests {
    let archive: OutcomeArchive

    init() throws {
        archive = try writtenArchive(ruleScenario().runs)
    }

    @Test func listsYearsAndMonthsWithSessionAndFiringCounts() throws {
        #expect(try archive.years() == [2023, 2024])
        #expect(
            try archive.months() == [
                ArchiveMonth(year: 2023, month: 12, sessions: 7, firings: 5),
                ArchiveMonth(year: 2024, month: 1, sessions: 21, firings: 4),
                ArchiveMonth(year: 2024, month: 2, sessions: 2, firings: 0),
            ])
    }

    @Test func listsTheDaysOfAMonthWithEachProfilesRules() throws {
        let january = try archive.days(year: 2024, month: 1)
        #expect(january.count == 21)
        #expect(january.first?.date == day("2024-01-02"))
        #expect(january.last?.date == day("2024-01-31"))
        let fifth = try #require(january.first { $0.date == day("2024-01-05") })
        #expect(fifth.outcomes.map(\.profile) == [.steward, .promoter, .staticBaseline])
        #expect(fifth.outcome(.steward)?.rules == [.stopLoss, .entry, .stopLoss])
        #expect(fifth.outcome(.steward)?.equity == 110_000)
        #expect(fifth.outcome(.promoter)?.rules == [])
        #expect(fifth.outcome(.steward)?.hasPosition == false)
        #expect(fifth.spot == 4_700)
        #expect(fifth.vix == 15.5)
    }

    @Test func listsTheDaysOfAYearAndNothingForEmptyOrInvalidMonths() throws {
        let year = try archive.days(year: 2023)
        #expect(year.map(\.date.day) == [20, 21, 22, 26, 27, 28, 29])
        #expect(year.first?.outcomes.map(\.rules) == [[.entry], [.entry], [.entry]])
        #expect(try archive.days(year: 2023, month: 12).count == 7)
        #expect(try archive.days(year: 2024, month: 12) == [])
        #expect(try archive.days(year: 2024, month: 13) == [])
    }
}
