import Foundation
import Testing

@testable import Publishing

@Suite("Configuration")
struct ConfigurationTests {
    private func load(_ yaml: String) throws -> Configuration {
        try Configuration(yaml: yaml, fileName: "condorpress.yml")
    }

    private func firstError(_ yaml: String) -> String? {
        Configuration.problems(inYAML: yaml, fileName: "condorpress.yml").first?.description
    }

    @Test func emptyFileGivesDefaults() throws {
        #expect(try load("") == Configuration.defaults)
        #expect(try load("# only a comment\n") == Configuration.defaults)
    }

    @Test func defaultsMatchTheSpecification() {
        let s = Configuration.defaults.strategy
        #expect(s.startingCapital == 100_000)
        #expect(s.warmupSessions == 35)
        #expect(s.targetDTE == 35 && s.shortDTE == 14)
        #expect(s.shortDelta == 0.16 && s.wingWidthPercent == 0.02 && s.strikeStep == 5)
        #expect(s.baseAllocation == 0.30 && s.wholeContracts == false)
        #expect(s.commissionPerContract == 0.65 && s.slippagePerLeg == 0.10)
        #expect(s.stopMultiple == 2 && s.profitTarget == 0.5 && s.exitDTE == 5)
        #expect(s.bandWide == 0.08 && s.bandTight == 0.05 && s.thetaWindowDTE == 15)
        #expect(s.layer1Threshold == 18 && s.layer2Threshold == 25)
        #expect(s.standDownDays == 3 && s.standDownGap == 2)
        #expect(s.hedgeBudgetPercent == 0.005 && s.hedgeStrikeMultiplier == 1.10)
        #expect(s.hedgeSpreadWidth == 10 && s.hedgeDays == 30)
        #expect(abs(s.costPerLegPerContract - 10.65) < 1e-12)
        let p = Configuration.defaults.promoter
        #expect(p.lowVIXThreshold == 15 && p.bandMultiplier == 1.5 && p.profitTarget == 0.75)
    }

    @Test func partialFileOverridesOnlyItsKeys() throws {
        let configuration = try load(
            """
            strategy:
              shortDelta: 0.2
              wholeContracts: true
            profiles:
              promoter:
                profitTarget: 0.6
            site:
              title: "My condor"
            """)
        var expected = Configuration.defaults
        expected.strategy.shortDelta = 0.2
        expected.strategy.wholeContracts = true
        expected.promoter.profitTarget = 0.6
        expected.site.title = "My condor"
        #expect(configuration == expected)
    }

    @Test func shippedFileWritesOutEveryDefault() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Content/condorpress.yml")
        let text = try String(contentsOf: url, encoding: .utf8)
        // The one deliberate difference: the bundled site publishes its search page (it needs
        // Pagefind, so the default is off).
        var shipped = Configuration.defaults
        shipped.site.search = true
        #expect(try load(text) == shipped)
        for key in ConfigurationSchema.keys {
            #expect(text.contains("  \(key.name): "), "shipped file lacks \(key.path)")
        }
    }

    @Test func outOfRangeValueNamesFileLineAndKey() {
        let yaml = "site:\n  title: X\nstrategy:\n  targetDTE: 35\n  shortDelta: 0.9\n"
        #expect(
            firstError(yaml)
                == "condorpress.yml:5: strategy.shortDelta: expected a number greater than 0 and less than 0.5, "
                + "found 0.9")
    }

    @Test func unknownKeyIsAnError() {
        #expect(
            firstError("strategy:\n  shortDeltta: 0.2\n")
                == "condorpress.yml:2: strategy.shortDeltta: unknown key (did you mean shortDelta?)")
        #expect(firstError("strategy:\n  zzz: 1\n") == "condorpress.yml:2: strategy.zzz: unknown key")
        #expect(firstError("\n\nextras:\n  a: 1\n") == "condorpress.yml:3: extras: unknown key")
        #expect(
            firstError("profiles:\n  steward:\n    bandMultiplier: 2\n")
                == "condorpress.yml:2: profiles.steward: unknown key")
    }

    @Test func wrongTypesAreErrors() {
        #expect(
            firstError("strategy:\n  targetDTE: 35.5\n")
                == "condorpress.yml:2: strategy.targetDTE: expected a whole number between 1 and 365, found 35.5")
        #expect(
            firstError("strategy:\n  wholeContracts: maybe\n")
                == "condorpress.yml:2: strategy.wholeContracts: expected true or false, found maybe")
        #expect(
            firstError("model:\n  volOfVol: \"0.9\"\n")
                == "condorpress.yml:2: model.volOfVol: expected a number greater than 0 and at most 10, found \"0.9\"")
        #expect(
            firstError("strategy:\n  startingCapital:\n")
                == "condorpress.yml:2: strategy.startingCapital: expected a number greater than 0 and less than 1000000000000, found nothing"
        )
        #expect(
            firstError("strategy:\n  stopMultiple: [1, 2]\n")
                == "condorpress.yml:2: strategy.stopMultiple: expected a number greater than 0 and at most 100, "
                + "found a list")
        #expect(
            firstError("strategy:\n  commissionPerContract: .nan\n")
                == "condorpress.yml:2: strategy.commissionPerContract: expected a number between 0 and 1000, found .nan"
        )
        #expect(
            firstError("strategy: 3\n")
                == "condorpress.yml:1: strategy: expected a mapping of keys, found 3")
    }

    @Test func duplicateKeysAndBadYAMLAreErrors() {
        #expect(
            firstError("strategy:\n  exitDTE: 5\n  exitDTE: 6\n")
                == "condorpress.yml:2: duplicate key exitDTE")
        let problem = Configuration.problems(inYAML: "strategy:\n  exitDTE: [5\n", fileName: "c.yml").first
        #expect(problem?.keyPath == nil)
        #expect(problem?.message.hasPrefix("invalid YAML: ") == true)
    }

    @Test func inconsistentPairsAreErrors() {
        #expect(
            firstError("strategy:\n  layer1Threshold: 18\n  layer2Threshold: 15\n")
                == "condorpress.yml:3: strategy.layer2Threshold: expected a number above layer1Threshold (18), found 15"
        )
        #expect(
            firstError("signals:\n  macdSlow: 10\n")
                == "condorpress.yml:2: signals.macdSlow: expected a whole number above macdFast (12), found 10")
    }

    @Test func everyProblemIsListedInFileOrder() {
        let problems = Configuration.problems(
            inYAML: "strategy:\n  shortDelta: 2\n  bogus: 1\nmodel:\n  atmRatio: -1\n", fileName: "c.yml")
        #expect(problems.map(\.line) == [2, 3, 5])
    }

    @Test func throwsTheFirstProblem() {
        #expect(
            throws: ConfigurationError(
                fileName: "x.yml", line: 2, keyPath: "strategy.exitDTE",
                message: "expected a whole number between 0 and 365, found -1")
        ) {
            try Configuration(yaml: "strategy:\n  exitDTE: -1\n", fileName: "x.yml")
        }
    }

    @Test func flatParametersUseConfigKeyNames() {
        var configuration = Configuration.defaults
        configuration.strategy.shortDelta = 0.2
        let values = configuration.parameterValues
        #expect(values["shortDelta"] == "0.2")
        #expect(values["layer1Threshold"] == "18")
        #expect(values["startingCapital"] == "100000")
        #expect(values["wholeContracts"] == "false")
        #expect(values["promoterProfitTarget"] == "0.75")
        #expect(values["promoterBandMultiplier"] == "1.5")
        #expect(values["promoterLowVIXThreshold"] == "15")
        #expect(values["profitTarget"] == "0.5")
        #expect(values["hedgeStrikeMultiplier"] == "1.1")
        #expect(values["title"] == "CondorPress")
        #expect(configuration.parameters.count == ConfigurationSchema.keys.count)
        #expect(Set(configuration.parameters.map(\.name)).count == configuration.parameters.count)
        #expect(configuration.parameters.first?.keyPath == "site.title")
    }
}
