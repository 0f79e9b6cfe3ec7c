import Foundation
import MarketData
import TestSupport

@testable import Strategy

/// Test market builders: generated random-walk series and hand-made scenarios on NYSE sessions.
enum TestMarkets {
    static let start = CalendarDate(year: 2015, month: 1, day: 2) ?? CalendarDate(daysSinceEpoch: 16437)

    /// The first `count` NYSE sessions from `start` on.
    static func sessions(_ count: Int, from start: CalendarDate = start) -> [CalendarDate] {
        var result: [CalendarDate] = []
        result.reserveCapacity(count)
        var day = NYSECalendar.sessionOnOrAfter(start)
        while result.count < count {
            result.append(day)
            day = NYSECalendar.nextSession(after: day)
        }
        return result
    }

    /// A random market: log-VIX mean-reverting with jumps, SPX moving against the VIX, breadth
    /// following the SPX, a rate series, and FOMC/CPI events.
    static func generated(
        seed: UInt64, sessions count: Int, breadth: Bool = true, events: Bool = true, rates: Bool = true
    ) -> MarketSeries {
        var random = SplitMix64(seed: seed)
        let dates = sessions(count)
        var spx = 2000.0
        var logVIX = log(16.0)
        var days: [TradingDay] = []
        days.reserveCapacity(count)
        let dt = 1.0 / 252
        for (index, date) in dates.enumerated() {
            if index > 0 {
                let shock = random.normal()
                var jump = 0.0
                if random.nextUnit() < 0.006 { jump = 0.3 + 0.6 * random.nextUnit() }
                logVIX += 5.0 * (log(17.0) - logVIX) * dt + 1.1 * dt.squareRoot() * shock + jump
                logVIX = min(max(logVIX, log(9.5)), log(85))
                let vol = 0.8 * exp(logVIX) / 100
                let spxShock = -0.7 * shock + (1 - 0.49).squareRoot() * random.normal()
                spx *= exp((0.07 - 0.5 * vol * vol) * dt + vol * dt.squareRoot() * spxShock - jump * 0.06)
            }
            let vix = (exp(logVIX) * 100).rounded() / 100
            let close = (spx * 100).rounded() / 100
            var day = TradingDay(date: date, spx: close, vix: vix)
            if breadth {
                let tilt = days.last.map { close > $0.spx ? 300.0 : -300.0 } ?? 0
                day.advances = (1500 + tilt + 200 * random.normal()).rounded()
                day.declines = (1500 - tilt + 200 * random.normal()).rounded()
            }
            if rates { day.ratePercent = 1.5 + Double(index / 250) * 0.25 }
            days.append(day)
        }
        var eventList: [MarketEvent] = []
        if events {
            var index = 20
            while index < dates.count {
                eventList.append(MarketEvent(date: dates[index], name: "FOMC statement", kind: .fomc))
                if index + 9 < dates.count {
                    eventList.append(MarketEvent(date: dates[index + 9], name: "CPI release", kind: .cpi))
                }
                index += 30
            }
        }
        return MarketSeries(days: days, events: eventList)
    }

    /// A hand-made series from closes on consecutive sessions.
    static func scenario(spx: [Double], vix: [Double], from start: CalendarDate = start) -> MarketSeries {
        let dates = sessions(spx.count, from: start)
        let days = zip(dates, zip(spx, vix)).map { TradingDay(date: $0.0, spx: $0.1.0, vix: $0.1.1) }
        return MarketSeries(days: days)
    }
}

/// Shared helpers for engine tests.
enum EngineTestSupport {
    /// The engine with default configuration.
    static let engine = StrategyEngine()

    /// Every finite Double in a record (position, hedges, signals, money).
    static func numbers(in record: DayRecord) -> [Double] {
        var values = [record.spot, record.vix, record.cash, record.equity, record.hedgeValue, record.totalCosts]
        if let p = record.position {
            values += [p.contracts, p.credit, p.wingWidth, p.maxLoss, p.invariant, p.initialInvariant, p.erosion]
            values += [p.band, p.value, p.unrealisedPnl, p.distancePercent, p.distanceSigmas, p.costs]
            values += p.breakevens
            values += [p.greeks.delta, p.greeks.gamma, p.greeks.vega, p.greeks.theta]
            for leg in p.legs { values += [leg.strike, leg.iv, leg.price, leg.delta] }
        }
        for hedge in record.hedges {
            values += [hedge.contracts, hedge.premium, hedge.forward, hedge.price, hedge.value, hedge.costs]
        }
        values += [record.signals.macd, record.signals.macdSignal, record.signals.rsi, record.signals.adLine]
            .compactMap { $0 }
        for firing in record.firings { values += firing.inputs.map(\.value) }
        return values
    }
}
