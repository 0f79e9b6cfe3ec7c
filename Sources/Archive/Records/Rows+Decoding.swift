import Foundation
import Strategy

extension DayOutcomeRow {
    /// The sentences of the `explanations` column, in the order of ``ruleIDs`` (empty if unreadable).
    public var explanationList: [String] {
        (try? JSONDecoder().decode([String].self, from: Data(explanations.utf8))) ?? []
    }
}

extension RuleFiringRow {
    /// The named numbers of the `inputs` column, in order (empty if unreadable).
    public var inputList: [RuleInput] {
        (try? JSONDecoder().decode([RuleInput].self, from: Data(inputs.utf8))) ?? []
    }
}
