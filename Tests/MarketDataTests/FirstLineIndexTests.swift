import Testing

@testable import MarketData

@Suite("FirstLineIndex")
struct FirstLineIndexTests {
    @Test("answers as a dictionary of the recorded dates does, sorted or not")
    func agreesWithADictionary() {
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for round in 0..<300 {
            var index = FirstLineIndex(capacity: 8)
            var reference: [CalendarDate: Int] = [:]
            var day = 10_000
            for line in 1...(5 + next(60)) {
                // Mostly increasing dates, with repeats and jumps back in later rounds.
                day += round % 3 == 0 ? 1 + next(3) : next(4) - (next(10) == 0 ? next(30) : 0)
                let date = CalendarDate(daysSinceEpoch: day)
                let probe = CalendarDate(daysSinceEpoch: day + next(7) - 3)
                #expect(index.firstLine(of: probe) == reference[probe])
                #expect(index.firstLine(of: date) == reference[date])
                if reference[date] == nil {
                    index.record(date, line: line)
                    reference[date] = line
                }
            }
        }
    }
}
