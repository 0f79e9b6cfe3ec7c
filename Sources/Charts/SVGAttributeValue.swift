/// The value of an SVG attribute: text (escaped when rendered) or a number (formatted as a
/// coordinate, see ``ChartNumberFormat/coordinate(_:)``).
public enum SVGAttributeValue: Sendable, Equatable, ExpressibleByStringLiteral,
    ExpressibleByStringInterpolation
{
    /// Text, escaped for a double-quoted attribute when rendered.
    case text(String)
    /// A number, written with at most two decimals and never as `NaN`, `inf` or `-0`.
    case number(Double)

    /// Creates a text value from a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// The attribute text, before XML escaping.
    public var rendered: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return ChartNumberFormat.coordinate(number)
        }
    }
}
