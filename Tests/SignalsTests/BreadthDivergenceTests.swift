import Testing

@testable import Signals

@Suite struct BreadthDivergenceTests {
    /// Eleven sessions: SPX from `spxStart` to `spxEnd`, A/D from `adStart` to `adEnd`, VIX ending
    /// `vixRise` above where it was five sessions earlier. Index 10 is the test day.
    private func series(spxStart: Double, spxEnd: Double, adStart: Double, adEnd: Double, vixRise: Double)
        -> (spx: [Double], ad: [Double?], vix: [Double])
    {
        var spx = [Double](repeating: 4000, count: 11)
        spx[0] = spxStart
        spx[10] = spxEnd
        var ad: [Double?] = [Double?](repeating: 0, count: 11)
        ad[0] = adStart
        ad[10] = adEnd
        var vix = [Double](repeating: 20, count: 11)
        vix[10] = 20 + vixRise
        return (spx, ad, vix)
    }

    @Test func spxUpBreadthDownVixUpIsDivergent() {
        let s = series(spxStart: 4000, spxEnd: 4100, adStart: 500, adEnd: 200, vixRise: 1)
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: s.ad, vix: s.vix, at: 10) == true)
    }

    @Test func spxDownBreadthUpVixUpIsDivergent() {
        let s = series(spxStart: 4100, spxEnd: 4000, adStart: 200, adEnd: 500, vixRise: 0.5)
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: s.ad, vix: s.vix, at: 10) == true)
    }

    @Test func sameDirectionOrFlatVixOrZeroChangeIsNot() {
        let together = series(spxStart: 4000, spxEnd: 4100, adStart: 200, adEnd: 500, vixRise: 1)
        #expect(
            BreadthDivergence.isDivergent(spx: together.spx, adLine: together.ad, vix: together.vix, at: 10) == false)
        let calm = series(spxStart: 4000, spxEnd: 4100, adStart: 500, adEnd: 200, vixRise: 0)
        #expect(BreadthDivergence.isDivergent(spx: calm.spx, adLine: calm.ad, vix: calm.vix, at: 10) == false)
        let flatSPX = series(spxStart: 4000, spxEnd: 4000, adStart: 500, adEnd: 200, vixRise: 1)
        #expect(BreadthDivergence.isDivergent(spx: flatSPX.spx, adLine: flatSPX.ad, vix: flatSPX.vix, at: 10) == false)
    }

    @Test func vixLookbackIsFiveSessions() {
        var s = series(spxStart: 4000, spxEnd: 4100, adStart: 500, adEnd: 200, vixRise: 0)
        s.vix[4] = 30  // six sessions back: outside the VIX lookback
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: s.ad, vix: s.vix, at: 10) == false)
        s.vix[5] = 19  // exactly five back: the VIX rose by 1
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: s.ad, vix: s.vix, at: 10) == true)
    }

    @Test func missingDataIsNil() {
        let s = series(spxStart: 4000, spxEnd: 4100, adStart: 500, adEnd: 200, vixRise: 1)
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: s.ad, vix: s.vix, at: 9) == nil)
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: s.ad, vix: s.vix, at: 11) == nil)
        var gap = s.ad
        gap[0] = nil
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: gap, vix: s.vix, at: 10) == nil)
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: [], vix: s.vix, at: 10) == nil)
        #expect(BreadthDivergence.isDivergent(spx: s.spx, adLine: s.ad, vix: s.vix, at: 10, breadthLookback: 0) == nil)
    }
}
