import ArgumentParser
import Foundation
import MarketData
import Publishing
import Strategy

/// `condorpress bench-engine` (hidden): times loading the data and running the three profiles.
struct BenchEngineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-engine", abstract: "Time data loading and the three profiles (benchmark).",
        shouldDisplay: false)

    @Option(help: "The data folder.")
    var data = "Content/data"

    @Option(help: "The configuration file.")
    var config = "Content/condorpress.yml"

    @Option(help: "Repetitions; the best is reported.")
    var repeats = 5

    @Flag(help: "Also time each stage of rendering the briefings (single thread, nothing written).")
    var stages = false

    func run() throws {
        let clock = ContinuousClock()
        var loadBest = Duration.seconds(1_000)
        var runBest = Duration.seconds(1_000)
        var series = MarketSeries(days: [])
        for _ in 0..<max(1, repeats) {
            let start = clock.now
            series = try MarketDataLoader(directory: data).load().series
            loadBest = min(loadBest, clock.now - start)
        }
        let engine = StrategyEngine(parameters: try EvaluateCommand.loadConfiguration(config).engine)
        var records = 0
        for _ in 0..<max(1, repeats) {
            let start = clock.now
            records = engine.runAll(series: series).reduce(0) { $0 + $1.records.count }
            runBest = min(runBest, clock.now - start)
        }
        print("load \(series.days.count) sessions: \(Self.milliseconds(loadBest)) ms (best of \(repeats))")
        print("run 3 profiles (\(records) day records): \(Self.milliseconds(runBest)) ms (best of \(repeats))")
        if stages {

            let timings = try RenderBenchmark.stages(options: BuildOptions(data: data, config: config))
            let total = timings.reduce(0) { $0 + $1.seconds }
            print("briefing rendering on one thread, \(series.days.count) briefings, \(String(format: "%.2f", total)) s in all:")
            for (stage, seconds) in timings {
                print("  \(stage): \(String(format: "%.3f", seconds)) s (\(String(format: "%.1f", seconds / Double(max(1, series.days.count)) * 1e6)) µs each)")
            }
        }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
