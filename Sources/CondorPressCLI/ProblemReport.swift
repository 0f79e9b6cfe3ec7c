import ArgumentParser
import Foundation
import Publishing

/// Prints problems one line each on standard error and turns them into a failing exit status.
enum ProblemReport {
    /// Runs `work`; publishing errors are printed one per line and the command exits with status 1.
    static func run<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let errors as PublishingErrors {
            for warning in errors.warnings { warn(warning) }
            for error in errors.errors { printError(error.description) }
            throw ExitCode.failure
        } catch let error as PublishingError {
            printError(error.description)
            throw ExitCode.failure
        } catch let error as ExitCode {
            throw error
        } catch {
            printError(PublishingError.sentence(for: error))
            throw ExitCode.failure
        }
    }

    /// Writes `line` to standard error prefixed with `error: `.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data(("error: " + line + "\n").utf8))
    }

    /// Writes `line` to standard error prefixed with `warning: `.
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data(("warning: " + line + "\n").utf8))
    }

    /// Writes `line` to standard error prefixed with `note: `.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data(("note: " + line + "\n").utf8))
    }
}
