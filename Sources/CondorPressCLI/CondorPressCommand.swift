import ArgumentParser

/// The `condorpress` command: a thin dispatcher over the subcommands, one file each.
public struct CondorPressCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "condorpress",
        abstract: "Evaluate a rules-based SPX iron condor with an adaptive VIX hedge and publish educational briefings.",
        subcommands: [
            BuildCommand.self, EvaluateCommand.self, PriceCommand.self, MarkdownCommand.self, CalendarCommand.self,
            CheckCommand.self, RecoverCommand.self, SampleDataCommand.self, BenchOptionMathCommand.self, BenchEngineCommand.self,
            BenchGlossaryCommand.self,
        ]
    )

    public init() {}
}
