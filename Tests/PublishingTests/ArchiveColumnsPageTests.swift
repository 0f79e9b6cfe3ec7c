import Strategy
import Testing

@testable import Publishing

@Suite struct ArchiveColumnsPageTests {
    @Test func columnReferenceDocumentsEveryFieldOfTheSchema() {
        let markdown = ArchiveColumnsPage.markdown()
        let columns = OutcomeSchema.columns.days.columns
        for column in columns {
            let line = "| `\(column.name)` | \(ArchiveColumnsPage.typeName(column.type)) |"
            #expect(markdown.components(separatedBy: line).count == 2, "\(column.name)")
        }
        #expect(markdown.contains("| `net_gamma` | decimal (6 places) | yes | Net gamma"))
        #expect(markdown.contains("| `cash` | decimal (2 places) | no |"))
        #expect(markdown.hasSuffix("|\n"))
        #expect(columns.allSatisfy { !$0.summary.contains("|") })
    }
}
