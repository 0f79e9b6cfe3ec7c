import MarketData
import Mustache
import NumberStyle
import Strategy
import Testing

@testable import Publishing

/// A briefing template can show any field of the day-outcome schema by its column name, in the
/// one number style, with no change to the page model.
@Suite("Schema fields on the briefing page")
struct OutcomeFieldsSectionTests {
    /// The steward's first day with an open condor in sixty generated sessions.
    static let day: DayRecord? = {
        StrategyEngine().run(series: ConfigurationExtremesTests.market, profile: .steward).records.first {
            $0.position != nil
        }
    }()

    @Test("every field of the schema is reachable by name, numbers in the reader's style")
    func everyFieldByName() throws {
        let record = try #require(Self.day)
        let position = try #require(record.position)
        let section = OutcomeFieldsSection(record: record)
        let template = try MustacheTemplate(
            string: "{{% CONTENT_TYPE: TEXT}}{{outcome.spot}}|{{outcome.distance_sigmas}}|{{outcome.equity}}|"
                + "{{outcome.date}}|{{outcome.no_such_field}}|{{#outcome.open_date}}open{{/outcome.open_date}}")
        struct Page: MustacheParent {
            let outcome: OutcomeFieldsSection
            func child(named key: String) -> Any? { key == "outcome" ? outcome : nil }
        }
        #expect(
            template.render(Page(outcome: section))
                == DisplayNumber.fixed(record.spot, 2) + "|" + DisplayNumber.fixed(position.distanceSigmas, 4) + "|"
                + DisplayNumber.usd(record.equity) + "|" + record.date.iso + "||open")
        for field in OutcomeSchema.columns.days.fields {
            let value = field.value(record)
            #expect((section.child(named: field.info.name) == nil) == (value == .null), "\(field.info.name)")
        }
    }
}
