import Foundation

/// The sentence for each rule firing, handed to the engine's encoders by the layer that words
/// rules (Publishing's `RuleExplanation`): the engine itself holds no sentences.
public struct RuleWording: Sendable {
    /// The sentence for a firing.
    public let sentence: @Sendable (RuleFiring) -> String

    /// Creates a wording.
    public init(_ sentence: @escaping @Sendable (RuleFiring) -> String) {
        self.sentence = sentence
    }

    /// The `userInfo` key under which an encoder carries the wording.
    public static let userInfoKey = CodingUserInfoKey(rawValue: "condorpress.ruleWording")!

    /// The wording `encoder` carries, if any.
    static func of(_ encoder: Encoder) -> RuleWording? {
        encoder.userInfo[userInfoKey] as? RuleWording
    }
}
