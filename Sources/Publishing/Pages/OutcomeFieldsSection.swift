import Mustache
import NumberStyle
import Strategy

/// Every field of the day-outcome schema for the steward's day, by its column name, in the one
/// number style: a briefing template reads `{{outcome.distance_sigmas}}` with no change to the
/// page model, so a field added to the schema can be shown by editing the template alone.
struct OutcomeFieldsSection: Encodable, Equatable, TemplateNode {
    /// The day's record the fields are read from.
    let record: DayRecord

    /// The field's value as text for readers, or nil when the schema has no such field or the
    /// value is absent (so `{{#outcome.name}}` sections only show known values).
    func value(named key: String) -> TemplateValue? {
        guard let field = OutcomeSchema.columns.days.field(named: key) else { return nil }
        return Self.text(field.value(record), unit: field.info.unit).map(TemplateValue.text)
    }

    /// A field's value in the one number style, with its unit's decimals.
    static func text(_ value: FieldValue, unit: FieldUnit) -> String? {
        switch value {
        case .null: return nil
        case .date(let date): return date.iso
        case .text(let text), .json(let text): return text
        case .integer(let number): return DisplayNumber.fixed(Double(number), 0)
        case .boolean(let flag): return flag ? "yes" : "no"
        case .number(let number): return numberText(number, unit: unit)
        case .events(let events): return events.map { $0.map(\.name).joined(separator: ", ") }
        case .sentences(let sentences): return sentences.joined(separator: " ")
        case .inputs(let inputs): return inputs.map(\.name).joined(separator: ", ")
        }
    }

    /// A number with its unit's decimals: USD with ` USD`, fractions as percentages.
    private static func numberText(_ number: Double, unit: FieldUnit) -> String {
        switch unit {
        case .usd: return DisplayNumber.usd(number)
        case .fraction: return DisplayNumber.percent(number, 2)
        case .percent: return DisplayNumber.fixed(number, 2) + DisplayNumber.percentSuffix
        default: return DisplayNumber.fixed(number, unit.decimals ?? 2)
        }
    }
}
