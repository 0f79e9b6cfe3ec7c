import MarketData
import Strategy
import Testing

@testable import Archive

@Suite struct DayOutcomeRowTests {
    let date = day("2024-03-15")

    @Test func flattensAnOpenPositionWithRoundedNumbers() {
        let position = makePosition(opened: day("2024-03-01"), on: date, spot: 5_117.09)
        let record = makeDay(
            date, .promoter, equity: 101_234.5678, spot: 5_117.0949, vix: 14.4149, layer: 1, position: position,
            firings: [firing(.entry), firing(.capitalAllocation, "Sized at 30 %.")])
        let row = DayOutcomeRow(record)
        #expect(row.date == date)
        #expect(row.profile == .promoter)
        #expect(row.spot == 5_117.09)
        #expect(row.vix == 14.41)
        #expect(row.layer == 1)
        #expect(row.rules == "entry capital-allocation")
        #expect(row.ruleIDs == [.entry, .capitalAllocation])
        #expect(row.openDate == day("2024-03-01"))
        #expect(row.expiration == day("2024-04-05"))
        #expect(row.dte == 21)
        #expect(row.contracts == 1.2346)
        #expect(row.longPut == 4_817)
        #expect(row.shortPut == 4_917)
        #expect(row.shortCall == 5_317)
        #expect(row.longCall == 5_417)
        #expect(row.credit == 3.8889)
        #expect(row.maxLoss == 11_913.46)
        #expect(row.breakevenLow == 4_913.1111)
        #expect(row.breakevenHigh == 5_320.8889)
        #expect(row.netDelta == -1.2346)
        #expect(row.netGamma == -0.001235)
        #expect(row.netVega == -45.6789)
        #expect(row.netTheta == 12.3457)
        #expect(row.invariant == 0.012346)
        #expect(row.unrealisedPnl == 171.23)
        #expect(row.distancePercent == 4.4444)
        #expect(row.distanceSigmas == 1.2346)
        #expect(row.positionCosts == 5.3)
        #expect(row.shortPutIV == 0.1911)
        #expect(row.shortPutPrice == 3.4568)
        #expect(row.shortPutDelta == -0.16)
        #expect(row.longCallDelta == 0.0505)
        #expect(row.equity == 101_234.57)
        #expect(row.totalCosts == 12.35)
        #expect(row.explanations == #"["Entry fired.","Sized at 30 %."]"#)
    }

    @Test func leavesPositionColumnsEmptyWhenFlat() {
        let row = DayOutcomeRow(makeDay(date, .staticBaseline, warmup: true))
        #expect(row.openDate == nil)
        #expect(row.contracts == nil)
        #expect(row.shortCall == nil)
        #expect(row.longPutIV == nil)
        #expect(row.invariant == nil)
        #expect(row.macd == nil)
        #expect(row.breadthDivergent == nil)
        #expect(row.rules == "")
        #expect(row.explanations == "[]")
        #expect(row.upcomingEvents == "[]")
        #expect(row.warmup)
    }

    @Test func negativeZeroIsStoredAsZero() {
        var record = makeDay(date, .steward)
        record.signals.macdSignal = -0.00004
        let row = DayOutcomeRow(record)
        #expect(row.macdSignal == 0)
        #expect(row.macdSignal?.sign == .plus)
    }

    @Test func countsOnlyHeldHedgesAndWritesEventsAsJSON() {
        let event = MarketEvent(date: day("2024-03-20"), name: "FOMC <rate> \"decision\"", kind: .fomc)
        let record = makeDay(
            date, .steward,
            hedges: [makeHedge(opened: date, status: .opened), makeHedge(opened: date, status: .closed)],
            events: [event])
        let row = DayOutcomeRow(record)
        #expect(row.hedgeCount == 1)
        #expect(
            row.upcomingEvents
                == #"[{"date":"2024-03-20","kind":"FOMC","name":"FOMC \u003crate\u003e \"decision\""}]"#)
    }

    /// The JSON and text columns are written as bytes; they must equal the composition of the
    /// generic writers (``JSONText``, `NumberText`) for any number of events, firings and inputs.
    @Test func jsonColumnsEqualTheGenericWritersForAnyNumberOfItems() {
        let names = ["FOMC, \"day\" 2", hostileText, "", "CPI \u{2028} – ✓", "PPI"]
        for count in 0...names.count {
            let events = (0..<count).map { index in
                MarketEvent(
                    date: date.adding(days: index * 400 - 800), name: names[index],
                    kind: EventKind.allCases[index % EventKind.allCases.count])
            }
            let firings = (0..<count).map { index in
                firing(
                    RuleID.allCases[index * 3 % RuleID.allCases.count], names[index],
                    inputs: (0..<index).map { RuleInput(names[$0], [1e-9, -2.5, 1e17, .nan, 3.1415926535][$0]) })
            }
            let row = DayOutcomeRow(makeDay(date, .promoter, firings: firings, events: events))
            let expectedEvents = JSONText.array(
                events.map { event in
                    JSONText.object([
                        ("date", JSONText.string(event.date.iso)), ("kind", JSONText.string(event.kind.rawValue)),
                        ("name", JSONText.string(event.name)),
                    ])
                })
            #expect(row.upcomingEvents == expectedEvents)
            #expect(row.explanations == JSONText.array(firings.map { JSONText.string($0.explanation) }))
            #expect(row.rules == firings.map(\.id.rawValue).joined(separator: " "))
            #expect(row.explanationList == firings.map(\.explanation))
            for (sequence, fired) in firings.enumerated() {
                let inputs = JSONText.array(
                    fired.inputs.map { input in
                        JSONText.object([
                            ("name", JSONText.string(input.name)),
                            ("value", NumberText.trimmed(input.value, maxPlaces: ArchivePrecision.input)),
                        ])
                    })
                #expect(RuleFiringRow(fired, of: makeDay(date, .promoter), sequence: sequence).inputs == inputs)
            }
        }
    }

    @Test func firingRowsKeepInputsInOrderWithoutExponents() {
        let fired = firing(.stopLoss, inputs: [RuleInput("costToClose", 11.6666667), RuleInput("tiny", -1e-9)])
        let row = RuleFiringRow(fired, of: makeDay(date, .steward, firings: [fired]), sequence: 0)
        #expect(row.inputs == #"[{"name":"costToClose","value":11.666667},{"name":"tiny","value":0}]"#)
        #expect(row.ruleID == .stopLoss)
    }
}

@Suite struct RowDecodingTests {
    @Test func decodesExplanationsAndInputsBack() {
        let fired = [
            firing(.stopLoss, hostileText, inputs: [RuleInput("costToClose", 7.5), RuleInput("stop", 7.25)]),
            firing(.entry),
        ]
        let record = makeDay(day("2024-03-15"), .steward, firings: fired)
        #expect(DayOutcomeRow(record).explanationList == [hostileText, "Entry fired."])
        let row = RuleFiringRow(fired[0], of: record, sequence: 0)
        #expect(row.inputList == [RuleInput("costToClose", 7.5), RuleInput("stop", 7.25)])
    }
}
