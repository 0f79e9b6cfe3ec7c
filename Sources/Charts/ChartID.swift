/// A prefix for every `id` a chart writes, so that several charts can share one page.
///
/// The prefix is made safe for HTML, CSS selectors and `url(#…)` references: characters other
/// than ASCII letters, digits, `-` and `_` become `-`, and a prefix that does not start with a
/// letter gets `cp-` in front.
public struct ChartID: Sendable, Equatable, CustomStringConvertible {
    /// The sanitised prefix.
    public let prefix: String

    /// Sanitises `prefix` (see the type's summary).
    public init(_ prefix: String) {
        var safe = ""
        for scalar in prefix.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": safe.unicodeScalars.append(scalar)
            default: safe += "-"
            }
        }
        let startsWithLetter = safe.unicodeScalars.first.map {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0)
        } ?? false
        self.prefix = startsWithLetter ? safe : "cp-" + safe
    }

    /// The id of a part of the chart: `<prefix>-<part>`.
    public func part(_ name: String) -> String {
        prefix + "-" + name
    }

    /// The prefix itself.
    public var description: String { prefix }
}
