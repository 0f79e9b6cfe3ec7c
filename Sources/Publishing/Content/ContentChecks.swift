/// Cross-file checks of the content: unique names, resolvable references.
enum ContentChecks {
    /// Every problem found across the loaded content.
    static func problems(in content: SiteContent) -> [PublishingError] {
        var problems: [PublishingError] = []
        var owner: [String: GlossaryTerm] = [:]
        for term in content.glossary {
            for name in [term.term] + term.aliases {
                let key = name.lowercased()
                if let other = owner[key], other.slug != term.slug {
                    problems.append(
                        PublishingError(
                            file: term.file, line: 2,
                            message: "glossary name \"\(name)\" is already used by \(other.file); terms and aliases must be unique"))
                } else {
                    owner[key] = term
                }
            }
        }
        for term in content.glossary {
            for related in term.related where owner[related.lowercased()] == nil {
                problems.append(
                    PublishingError(
                        file: term.file, line: 2, message: "related term \"\(related)\" is not a glossary term or alias"))
            }
        }
        var ids = Set<String>()
        for rule in content.rules where !ids.insert(rule.id).inserted {
            problems.append(PublishingError(file: rule.file, line: 2, message: "duplicate rule id \"\(rule.id)\""))
        }
        return problems
    }
}
