import Foundation
import OutputStore

/// One named step of the build, run in order by `PublishingPipeline`.
public struct PublishingStep<Context>: Sendable {
    /// The step's name as shown in progress lines and errors.
    public let name: String
    /// The work; it may change the shared context.
    public let body: @Sendable (inout Context) throws -> Void

    /// Creates a step.
    public init(_ name: String, body: @escaping @Sendable (inout Context) throws -> Void) {
        self.name = name
        self.body = body
    }
}

/// Runs named steps in order, reporting `[i/n] name` and attributing failures to their step.
public struct PublishingPipeline<Context>: Sendable {
    /// The steps, in order.
    public let steps: [PublishingStep<Context>]
    /// Where progress lines go (nil: silent).
    public let progress: (@Sendable (String) -> Void)?

    /// Creates a pipeline.
    public init(steps: [PublishingStep<Context>], progress: (@Sendable (String) -> Void)? = nil) {
        self.steps = steps
        self.progress = progress
    }

    /// Runs every step on `context`.
    /// - Parameter timings: when set, receives each step's name and how long it took.
    /// - Throws: the first failure as `PublishingError` (or `PublishingErrors`) carrying the step's name.
    public func run(_ context: inout Context, timings: ((String, Duration) -> Void)? = nil) throws {
        let clock = ContinuousClock()
        for (index, step) in steps.enumerated() {
            progress?("[\(index + 1)/\(steps.count)] \(step.name)")
            do {
                let start = clock.now
                try step.body(&context)
                timings?(step.name, clock.now - start)
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
}

/// Progress lines on standard error, only when it is a terminal.
public enum TerminalProgress {
    /// A reporter that writes to stderr when stderr is a terminal, else nil.
    public static func reporter() -> (@Sendable (String) -> Void)? {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        return { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}
