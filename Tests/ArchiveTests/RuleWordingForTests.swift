import MarketData
import Strategy

/// The wording the archive tests store: the name of a firing's `other` event (how ``firing(_:_:inputs:)``
/// plants its text, hostile text included), else "<rule title> fired.", so every test knows the sentence.
let testWording = RuleWording { firing in
    if case .eventWindow(let events, _, _) = firing.reason, let event = events.first, event.kind == .other {
        return event.name
    }
    return "\(firing.id.title) fired."
}

/// The outcome schema worded by ``testWording``.
let testSchema = OutcomeSchema(wording: testWording)
