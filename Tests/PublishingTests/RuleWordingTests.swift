import MarketData
import Strategy
import Testing

@testable import Publishing

@Suite("Rule wording")
struct RuleWordingTests {
    @Test func stopLossNamesCostCreditAndStop() {
        let firing = RuleFiring(.stopLoss(costToClose: 3.45, credit: 1.14, stopMultiple: 2))
        #expect(firing.id == .stopLoss)
        #expect(firing.sentence == "Cost to close 3.45 index points per condor reached the stop at 3 × the 1.14-point credit (3.42 index points).")
        #expect(firing.inputs.map(\.name) == ["costToClose", "credit", "stopMultiple", "stopLevel"])
        #expect(abs((firing.input("stopLevel") ?? 0) - 3.42) < 1e-12)
    }

    @Test func profitTargetAndTimeExit() {
        #expect(
            RuleFiring(.profitTarget(costToClose: 0.55, credit: 1.14, profitTarget: 0.5)).sentence
                == "Cost to close 0.55 index points per condor fell to the target of 0.57, keeping at least 50 % of the "
                + "1.14-point credit.")
        #expect(
            RuleFiring(.timeExit(dte: 5, exitDTE: 5, costToClose: 0.8, credit: 1.14)).sentence
                == "5 days to expiration is within the 5-day exit, so the condor closes at 0.80 index points per condor against the 1.14-point credit."
        )
        #expect(
            RuleFiring(.timeExit(dte: 1, exitDTE: 5, costToClose: 0.8, credit: 1.14)).sentence.hasPrefix(
                "1 day to expiration"))
    }

    @Test func aFlatDaysRefusalReadsAsOneSentence() {
        #expect(
            BriefingText.proposalRefusal(.creditOutsideWing(credit: 50, wingWidth: 40))
                == "At today's close prices the entry rule would open nothing: the credit of 50.00 index points is "
                + "not between 0 and the wing width of 40 points, so the next session tries again.")
    }

    @Test func breachNamesTheSide() {
        let above = RuleFiring(
            .breakevenBreach(spot: 4210, lowBreakeven: 4000, highBreakeven: 4200.5, costToClose: 7.5))
        #expect(
            above.sentence
                == "The SPX at 4,210.00 is above the upper break-even of 4,200.50, so the condor closes at 7.50 index "
                + "points per condor and is recentered.")
    }

    @Test func layerSentences() throws {
        let date = try #require(CalendarDate(iso: "2024-04-19"))
        let clause = HedgeAction.bought(contracts: 2.5, long: 41, short: 51, expiration: date, premium: 1.234)
        #expect(
            RuleFiring(.layerActivated(layer: 2, vix: 37, threshold: 25, hedge: clause)).sentence
                == "The VIX closed at 37.00, at or above 25, so ALVH layer 2 activates and buys 2.50 VIX 41/51 call "
                + "spreads expiring 2024-04-19 at 1.23 VIX points per spread.")
        #expect(RuleFiring(.layerActivated(layer: 1, vix: 18, threshold: 18, hedge: nil)).id == .alvhLayer1)
        #expect(
            RuleFiring(.layerStoodDown(layer: 2, vix: 21.5, level: 23, closes: 3, hedge: nil)).sentence
                == "The VIX closed at 21.50, the 3rd close in a row below 23, so ALVH layer 2 stands down.")
        #expect(
            RuleFiring(
                .widen(
                    layer: 1, vix: 20, threshold: 18, factor: (20.0 / 18).squareRoot(),
                    put: StrikeMove(from: 4800, to: 4790),
                    call: StrikeMove(from: 5200, to: 5210)
                )
            ).sentence
                == "Layer 1 moves the short strikes away from the spot by √(20.00 / 18) = 1.054: put 4,800 to 4,790, "
                + "call 5,200 to 5,210.")
        #expect(
            RuleFiring(.timeShift(targetDTE: 35, shortDTE: 14, expiration: date, days: 15)).sentence
                == "Layer 2 shortens the target from 35 days to 14 days, so the condor expires on 2024-04-19 (15 days)."
        )
    }

    @Test func eventsAndOrdinals() throws {
        let next = try #require(CalendarDate(iso: "2024-03-20"))
        let events = [
            MarketEvent(date: next, name: "FOMC", kind: .fomc), MarketEvent(date: next, name: "CPI", kind: .cpi),
        ]
        #expect(
            RuleFiring(.eventWindow(events: events, nextSession: next, band: 0.05)).sentence
                == "FOMC and CPI are scheduled for the next session, 2024-03-20, so the band tightens to 5 %.")
        #expect(
            [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ExplanationNumbers.ordinal) == [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
            ])
    }

    @Test func ruleIdsAreStable() {
        #expect(
            RuleID.allCases.map(\.rawValue) == [
                "entry", "capital-allocation", "expiry", "stop-loss", "profit-target", "time-exit", "breakeven-breach",
                "invariant-band", "macd-confirmation", "breadth-divergence", "temporal-theta", "event-window",
                "alvh-layer-1", "alvh-layer-2", "alvh-widen", "time-shift", "alvh-stand-down",
            ])
        #expect(Profile.allCases.map(\.rawValue) == ["steward", "promoter", "static"])
        #expect(Profile(rawValue: "static") == .staticBaseline)
        #expect(RuleID.stopLoss < RuleID.alvhStandDown && !(RuleID.entry < RuleID.entry))
    }
}

extension RuleFiring {
    /// The sentence Publishing words this firing with.
    fileprivate var sentence: String { RuleExplanation.sentence(for: self) }
}
