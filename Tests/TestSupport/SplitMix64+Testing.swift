import Foundation
import MarketData

// The tests' random inputs all come from MarketData's `SplitMix64`, so a seed names the same
// inputs in every test target. These helpers draw the shapes the tests need from it.

extension SplitMix64 {
    /// A uniform whole number in `0..<bound` (`bound` > 0).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A uniform whole number in `range`.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A uniform number in `range` (53 random bits scaled onto it).
    public mutating func uniform(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + nextUnit() * (range.upperBound - range.lowerBound)
    }

    /// A standard normal number (Box–Muller, one of the pair).
    public mutating func normal() -> Double {
        let u = max(nextUnit(), 1e-12)
        let v = nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// A uniformly chosen element of a non-empty collection.
    public mutating func element<C: RandomAccessCollection>(of collection: C) -> C.Element where C.Index == Int {
        collection[collection.startIndex + below(collection.count)]
    }
}
