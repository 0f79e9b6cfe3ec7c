import Publishing
import Strategy

// The engine records reasons, not sentences; these scenario tests read the sentences Publishing
// makes of them, so that a scenario pins the engine's facts and their wording together.

extension RuleFiring {
    /// The sentence Publishing words this firing with.
    var explanation: String { RuleExplanation.sentence(for: self) }
}

extension DayRecord {
    /// One sentence per rule that fired, in order.
    var explanations: [String] { firings.map(RuleExplanation.sentence(for:)) }
}
