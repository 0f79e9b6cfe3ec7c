import Foundation
import Strategy

/// Checks the configuration, content and templates of a site without building it.
public enum SiteCheck {
    /// The templates every build renders with.
    static let requiredTemplates = [
        "layout", "briefing", "briefing.md", "home", "page", "404", "glossary-index", "glossary-term", "rules-index",
        "rule", "archive-index", "archive-year", "archive-columns", "stats", "model-vs-market",
    ]

    /// Every problem in the configuration, the content (front matter, duplicate names, unknown
    /// `[[Term]]`, unknown placeholders, rules without a page) and the templates.
    public static func problems(options: BuildOptions) -> [PublishingError] {
        var problems: [PublishingError] = []
        func attempt<T>(_ work: () throws -> T) -> T? {
            do {
                return try work()
            } catch let error as PublishingErrors {
                problems += error.errors
            } catch let error as PublishingError {
                problems.append(error)
            } catch {
                problems.append(PublishingError(message: String(describing: error)))
            }
            return nil
        }
        // A configuration that cannot be read is reported; the content is then checked against the defaults.
        let configuration = attempt { try SiteSteps.loadConfiguration(options) }?.configuration ?? .defaults
        let content = attempt { try SiteSteps.checkedContent(options: options, configuration: configuration) }
        var templates: TemplateLibrary?
        if let content {
            templates = attempt { try TemplateLibrary(directory: options.templates) }
            if templates != nil {
                _ = attempt {
                    (
                        try InputFingerprint.global(options: options),
                        try InputFingerprint.briefings(options: options, linkTargets: content.linkTargets)
                    )
                }
            }
        }
        if let templates {
            for name in requiredTemplates where !templates.names.contains(name) {
                problems.append(
                    PublishingError(file: options.templates + "/\(name).mustache", message: "the template is missing"))
            }
        }
        if !FileManager.default.fileExists(atPath: options.templates + "/style.css") {
            problems.append(PublishingError(file: options.templates + "/style.css", message: "the stylesheet is missing"))
        }
        problems += contentLinkProblems(
            content ?? SiteContent(glossary: [], rules: [], pages: []), configuration: configuration)
        return problems
    }

    /// Renders every content body with the glossary linker to find unknown `[[Term]]` and placeholders.
    static func contentLinkProblems(_ content: SiteContent, configuration: Configuration) -> [PublishingError] {
        let renderer = ContentRenderer(linker: GlossaryLinker(targets: content.linkTargets))
        var problems: [PublishingError] = []
        func attempt(_ work: () throws -> Void) {
            do { try work() } catch let error as PublishingError { problems.append(error) } catch {
                problems.append(PublishingError(message: String(describing: error)))
            }
        }
        for term in content.glossary {
            attempt { _ = try renderer.render(term.body, file: term.file, bodyLine: term.bodyLine, root: "", skipping: term.slug) }
        }
        for rule in content.rules {
            attempt {
                let text = try RulePages.fillParameters(
                    rule.body, values: configuration.parameterValues, file: rule.file, bodyLine: rule.bodyLine)
                _ = try renderer.render(text, file: rule.file, bodyLine: rule.bodyLine, root: "")
            }
        }
        for page in content.pages {
            attempt { _ = try renderer.render(page.body, file: page.file, bodyLine: page.bodyLine, root: "") }
        }
        return problems
    }
}
