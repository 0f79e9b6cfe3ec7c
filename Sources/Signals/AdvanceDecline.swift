/// The NYSE advance/decline line, a running tally of market breadth.
public enum AdvanceDecline {
    /// The cumulative sum of advances minus declines, starting on the first day with both figures.
    ///
    /// Conventions:
    /// - the line is nil before the first index where both `advances` and `declines` are present;
    /// - on that first day it equals `advances − declines` of that day (it starts from zero the day
    ///   before), and each later day adds its own `advances − declines`;
    /// - a later day missing either figure is nil and adds nothing: the next complete day continues
    ///   from the last total;
    /// - when the two arrays differ in length, the result has the longer length and the missing
    ///   tail counts as missing data.
    ///
    /// Only the changes of the line matter to the rules, so the arbitrary starting level is harmless.
    /// Causal: the value at `i` uses only days `0...i`.
    ///
    /// - Parameters:
    ///   - advances: Advancing issues per trading day (nil when unknown).
    ///   - declines: Declining issues per trading day (nil when unknown).
    /// - Returns: One optional value per trading day.
    public static func line(advances: [Double?], declines: [Double?]) -> [Double?] {
        let count = max(advances.count, declines.count)
        var result = [Double?](repeating: nil, count: count)
        var total = 0.0
        for index in 0..<count {
            guard index < advances.count, index < declines.count,
                let advancing = advances[index], let declining = declines[index]
            else { continue }
            total += advancing - declining
            result[index] = total
        }
        return result
    }
}
