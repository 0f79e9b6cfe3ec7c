import Foundation
import OutputStore

/// One named step of the build: a function from what the steps before it produced to what it
/// produces, so a step cannot run without its inputs.
public struct PublishingStep<Input, Output>: Sendable {
    /// The step's name as shown in progress lines and errors.
    public let name: String
    /// The work: the step's result, made from the previous step's.
    public let body: @Sendable (Input) throws -> Output

    /// Creates a step.
    public init(_ name: String, body: @escaping @Sendable (Input) throws -> Output) {
        self.name = name
        self.body = body
    }
}

/// Named steps chained in order, each taking the result of the one before; runs them reporting
/// `[i/n] name` and attributing failures to their step.
///
/// A pipeline is built from its first step and extended with ``then(_:)``, so the types check
/// that every step gets what it needs and the number of steps is known before the first runs.
public struct PublishingPipeline<Input, Output>: Sendable {
    /// The steps' names, in order.
    public let stepNames: [String]
    /// Runs every step with the given reporter.
    private let body: @Sendable (Input, StepReporter) throws -> Output

    /// A pipeline of one step.
    public init(_ step: PublishingStep<Input, Output>) {
        stepNames = [step.name]
        body = { input, reporter in try reporter.run(step, number: 1, on: input) }
    }

    private init(stepNames: [String], body: @escaping @Sendable (Input, StepReporter) throws -> Output) {
        self.stepNames = stepNames
        self.body = body
    }

    /// This pipeline followed by `step`, which takes this pipeline's result.
    public func then<Next>(_ step: PublishingStep<Output, Next>) -> PublishingPipeline<Input, Next> {
        let number = stepNames.count + 1
        return PublishingPipeline<Input, Next>(stepNames: stepNames + [step.name]) { [body] input, reporter in
            try reporter.run(step, number: number, on: try body(input, reporter))
        }
    }

    /// Runs every step on `input` and returns the last step's result.
    /// - Parameters:
    ///   - progress: where the `[i/n] name` lines go (nil: silent).
    ///   - timings: when set, receives each step's name and how long it took.
    /// - Throws: the first failure as `PublishingError` (or `PublishingErrors`) carrying the step's name.
    public func run(
        _ input: Input, progress: (@Sendable (String) -> Void)? = nil, timings: ((String, Duration) -> Void)? = nil
    ) throws -> Output {
        try body(input, StepReporter(count: stepNames.count, progress: progress, timings: timings))
    }
}

/// Announces, times and attributes the steps of one run of a pipeline.
private struct StepReporter {
    /// How many steps the pipeline has.
    let count: Int
    let progress: (@Sendable (String) -> Void)?
    let timings: ((String, Duration) -> Void)?

    /// Runs `step` (the `number`th of `count`) on `input`, mapping every failure to the step.
    func run<Input, Output>(_ step: PublishingStep<Input, Output>, number: Int, on input: Input) throws -> Output {
        progress?("[\(number)/\(count)] \(step.name)")
        let clock = ContinuousClock()
        do {
            let start = clock.now
            let output = try step.body(input)
            timings?(step.name, clock.now - start)
            return output
        } catch let error as PublishingError {
            throw error.inStep(step.name)
        } catch let error as OutputError {
            throw PublishingError(error).inStep(step.name)
        } catch let errors as PublishingErrors {
            throw PublishingErrors(errors.errors.map { $0.inStep(step.name) }, warnings: errors.warnings)
        } catch {
            throw PublishingError(step: step.name, message: PublishingError.sentence(for: error))
        }
    }
}

/// Progress lines on standard error, only when it is a terminal.
public enum TerminalProgress {
    /// A reporter that writes to stderr when stderr is a terminal, else nil.
    public static func reporter() -> (@Sendable (String) -> Void)? {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        return { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}
