import Foundation
import MarketData
import Strategy
import Testing

@testable import Archive

@Suite struct ArchiveRowTests {
    let date = day("2024-03-15")

    @Test func flattensAnOpenPositionWithRoundedNumbers() {
        let position = makePosition(opened: day("2024-03-01"), on: date, spot: 5_117.09)
        let record = makeDay(
            date, .promoter, equity: 101_234.5678, spot: 5_117.0949, vix: 14.4149, layer: 1, position: position,
            firings: [firing(.entry), firing(.capitalAllocation, "Sized at 30 %.")])
        let row = ArchiveRow(day: record, schema: testSchema)
        #expect(row.date("date") == date)
        #expect(row.profile == .promoter)
        #expect(row.number("spot") == 5_117.09)
        #expect(row.number("vix") == 14.41)
        #expect(row.integer("layer") == 1)
        #expect(row.text("rules") == "entry capital-allocation")
        #expect(row.date("open_date") == day("2024-03-01"))
        #expect(row.date("expiration") == day("2024-04-05"))
        #expect(row.integer("dte") == 21)
        let numbers: [(String, Double)] = [
            ("contracts", 1.2346), ("long_put", 4_817), ("short_put", 4_917), ("short_call", 5_317),
            ("long_call", 5_417), ("credit", 3.8889), ("max_loss", 11_913.46), ("breakeven_low", 4_913.1111),
            ("breakeven_high", 5_320.8889), ("net_delta", -1.2346), ("net_gamma", -0.001235), ("net_vega", -45.6789),
            ("net_theta", 12.3457), ("invariant", 0.012346), ("unrealised_pnl", 171.23),
            ("distance_percent", 4.4444), ("distance_sigmas", 1.2346), ("position_costs", 5.3),
            ("short_put_iv", 0.1911), ("short_put_price", 3.4568), ("short_put_delta", -0.16),
            ("long_call_delta", 0.0505), ("equity", 101_234.57), ("total_costs", 12.35),
        ]
        for (column, number) in numbers {
            #expect(row.number(column) == number, "\(column)")
        }
        #expect(row.text("explanations") == #"["Entry fired.","Sized at 30 %."]"#)
    }

    @Test func leavesPositionColumnsEmptyWhenFlat() {
        let row = ArchiveRow(day: makeDay(date, .staticBaseline, warmup: true), schema: testSchema)
        for column in ["open_date", "contracts", "short_call", "long_put_iv", "invariant", "macd", "breadth_divergent"] {
            #expect(row[column] == .null, "\(column)")
        }
        #expect(row.text("rules") == "")
        #expect(row.text("explanations") == "[]")
        #expect(row.text("upcoming_events") == "[]")
        #expect(row["warmup"] == .boolean(true))
    }

    @Test func negativeZeroIsStoredAsZero() {
        var record = makeDay(date, .steward)
        record.signals.macdSignal = -0.00004
        let row = ArchiveRow(day: record, schema: testSchema)
        #expect(row.number("macd_signal") == 0)
        #expect(row.number("macd_signal")?.sign == .plus)
    }

    @Test func countsOnlyHeldHedgesAndWritesEventsAsJSON() {
        let event = MarketEvent(date: day("2024-03-20"), name: "FOMC <rate> \"decision\"", kind: .fomc)
        let record = makeDay(
            date, .steward,
            hedges: [makeHedge(opened: date, status: .opened), makeHedge(opened: date, status: .closed)],
            events: [event])
        let row = ArchiveRow(day: record, schema: testSchema)
        #expect(row.integer("hedge_count") == 1)
        #expect(
            row.text("upcoming_events")
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
            let record = makeDay(date, .promoter, firings: firings, events: events)
            let row = ArchiveRow(day: record, schema: testSchema)
            let expectedEvents = JSONText.array(
                events.map { event in
                    JSONText.object([
                        ("date", JSONText.string(event.date.iso)), ("kind", JSONText.string(event.kind.rawValue)),
                        ("name", JSONText.string(event.name)),
                    ])
                })
            #expect(row.text("upcoming_events") == expectedEvents)
            #expect(row.text("explanations") == JSONText.array(firings.map { JSONText.string(testWording.sentence($0)) }))
            #expect(row.text("rules") == firings.map(\.id.rawValue).joined(separator: " "))
            for (fired, stored) in zip(firings, ArchiveRow.firings(of: record, schema: testSchema)) {
                let inputs = JSONText.array(
                    fired.inputs.map { input in
                        JSONText.object([
                            ("name", JSONText.string(input.name)),
                            ("value", NumberText.trimmed(input.value, maxPlaces: FieldUnit.ruleInput.decimals ?? 6)),
                        ])
                    })
                #expect(stored.text("inputs") == inputs)
            }
        }
    }

    @Test func firingRowsKeepInputsInOrderWithoutExponents() {
        let fired = firing(.stopLoss, inputs: [RuleInput("costToClose", 11.6666667), RuleInput("tiny", -1e-9)])
        let row = ArchiveRow.firings(of: makeDay(date, .steward, firings: [fired]), schema: testSchema)[0]
        #expect(row.text("inputs") == #"[{"name":"costToClose","value":11.666667},{"name":"tiny","value":0}]"#)
        #expect(row.text("rule_id") == RuleID.stopLoss.rawValue)
        #expect(row.integer("sequence") == 0)
    }

    /// The explanation stored for a firing comes from the schema's one injection point.
    @Test func explanationsComeFromTheSchemasExplainFunction() {
        let fired = [firing(.stopLoss, "Engine words."), firing(.entry)]
        let record = makeDay(date, .steward, firings: fired)
        let schema = OutcomeSchema(wording: RuleWording { "Worded: \($0.id.rawValue)" })
        #expect(ArchiveRow.firings(of: record, schema: schema).map { $0.text("explanation") } == [
            "Worded: stop-loss", "Worded: entry",
        ])
        #expect(ArchiveRow(day: record, schema: schema).text("explanations") == #"["Worded: stop-loss","Worded: entry"]"#)
        #expect(ArchiveRow.firings(of: record, schema: testSchema)[0].text("explanation") == "Engine words.")
    }
}
