import NumberStyle
import MarketData
import Mustache
import Strategy

/// Renders the rule index and one page per rule, with live parameters and firing history.
struct RulePages {
    let content: SiteContent
    let renderer: PageRenderer
    let markdown: ContentRenderer
    let configuration: Configuration
    let runs: [Profile: ProfileRun]
    let days: [TradingDay]
    /// The optional files supplied (``MarketSeries/coverage``): a rule whose input is missing says so.
    let coverage: [MarketDataFile: InputCoverage]
    let published: Range<Int>
    /// Every rule's statistics per profile (`SiteSteps.evaluate`).
    let ruleStatistics: [Profile: [RuleID: RuleStatistics]]
    /// How many firing dates a rule page lists (the latest).
    static let dateLimit = 120

    /// `rules/index.html` and `rules/<id>/index.html` for every rule page.
    func files() throws -> [(path: String, contents: String)] {
        let statistics = content.rules.map { rule in
            (
                rule,
                Dictionary(
                    uniqueKeysWithValues: Profile.allCases.map { profile in
                        (profile, RuleID(rawValue: rule.id).flatMap { ruleStatistics[profile]?[$0] })
                    })
            )
        }
        var files = [(path: "rules/index.html", contents: try index(statistics))]
        for (rule, stats) in statistics {
            files.append((path: "rules/\(rule.id)/index.html", contents: try page(rule, stats)))
        }
        return files
    }

    private func index(_ statistics: [(RulePage, [Profile: RuleStatistics?])]) throws -> String {
        let rows: [[String: String]] = statistics.map { rule, stats in
            [
                "id": rule.id, "title": rule.title, "summary": rule.summary,
                "steward": String(stats[.steward]??.dates.count ?? 0),
                "promoter": String(stats[.promoter]??.dates.count ?? 0),
                "static": String(stats[.staticBaseline]??.dates.count ?? 0),
            ]
        }
        return try renderer.page(
            template: "rules-index", path: "rules/index.html", title: "Rules", description: "Every rule of the strategy and how often it fired.",
            root: "../", body: "",
            extra: [
                "rules": rows, "sessions": String(published.count),
                "firstDate": published.first.map { days[$0].date.iso } ?? "",
                "lastDate": published.last.map { days[$0].date.iso } ?? "",
            ])
    }

    private func page(_ rule: RulePage, _ stats: [Profile: RuleStatistics?]) throws -> String {
        let values = configuration.parameterValues
        let text = try RulePages.fillParameters(rule.body, values: values, file: rule.file, bodyLine: rule.bodyLine)
        let body = try markdown.render(text, file: rule.file, bodyLine: rule.bodyLine, root: "../../")
        let byName = Dictionary(configuration.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let parameters: [[String: String]] = rule.parameters.compactMap { name in
            byName[name].map { ["keyPath": $0.keyPath, "value": $0.value] }
        }
        let profiles: [[String: String]] = Profile.allCases.map { profile in
            let stat = stats[profile] ?? nil
            var row = ["title": profile.title, "count": String(stat?.dates.count ?? 0)]
            row["first"] = stat?.dates.first?.iso
            row["last"] = stat?.dates.last?.iso
            row["after5"] = stat?.after5.map { DisplayNumber.percent($0, 2, signed: true) } ?? "n/a"
            row["after20"] = stat?.after20.map { DisplayNumber.percent($0, 2, signed: true) } ?? "n/a"
            return row
        }
        let stewardDates = (stats[.steward] ?? nil)?.dates ?? []
        let unknown = RuleID(rawValue: rule.id).flatMap(missingInputNote)
        let shown = stewardDates.suffix(RulePages.dateLimit).reversed().map { ["date": $0.iso] }
        var extra: [String: any Sendable] = [
            "id": rule.id, "title": rule.title, "summary": rule.summary, "parameters": parameters,
            "hasParameters": !parameters.isEmpty, "profiles": profiles, "dates": Array(shown),
            "hasDates": !stewardDates.isEmpty, "truncated": stewardDates.count > RulePages.dateLimit,
            "shown": String(shown.count), "total": String(stewardDates.count),
        ]
        extra["inputNote"] = unknown
        return try renderer.page(
            template: "rule", path: "rules/\(rule.id)/index.html", title: rule.title, description: rule.summary, root: "../../", body: body.html,
            extra: extra)
    }

    /// What a rule could not see in this edition because its optional input was not supplied.
    func missingInputNote(_ id: RuleID) -> String? {
        switch id {
        case .eventWindow where coverage[.events] == nil:
            return "This edition was built without events.csv, so release dates were unknown and this rule "
                + "could not fire: a day it did not fire is not a day without an FOMC, CPI or PPI release."
        case .breadthDivergence where coverage[.breadth] == nil:
            return "This edition was built without breadth.csv, so the A/D line was unknown and this rule "
                + "could not fire: a day it did not fire is not a day without a divergence."
        default:
            return nil
        }
    }

    /// Replaces `{{key}}` placeholders in a rule's Markdown with live configuration values.
    /// - Throws: `PublishingError` naming the file and line of a malformed or unknown placeholder.
    static func fillParameters(_ body: String, values: [String: String], file: String, bodyLine: Int) throws -> String {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + body)
        } catch let error as MustacheTemplate.ParserError {
            throw PublishingError(
                file: file, line: bodyLine + error.context.lineNumber - 1,
                message: "placeholder syntax error: \(error.error)")
        }
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                let key = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if values[key] == nil {
                    throw PublishingError(
                        file: file, line: bodyLine + offset,
                        message: "unknown placeholder {{\(key)}}: expected a configuration key such as {{shortDelta}}")
                }
                rest = rest[close.upperBound...]
            }
        }
        return template.render(values)
    }
}
