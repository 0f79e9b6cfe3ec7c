import Foundation
import OutputStore

/// `condorpress recover`: puts an output back in order after a killed build, under the same
/// lock as builds, so it never runs inside a build's commit.
public enum SiteRecovery {
    /// Resolves `output` (a link is followed to its folder), waits for any build of it to finish,
    /// then recovers it (see ``StagedOutput/recover(output:)``).
    /// - Parameters:
    ///   - output: The output folder as the user named it.
    ///   - waiting: Called once, before waiting, when a build holds the output's lock.
    /// - Returns: What was done, one sentence each; empty when the output was in order.
    /// - Throws: `PublishingError` with the path and a plain reason.
    public static func recover(output: String, waiting: (() -> Void)? = nil) throws -> [String] {
        try PublishingError.mappingOutput {
            let resolved = try RealPath.resolve(output, from: FileManager.default.currentDirectoryPath)
            let lock = try OutputLock(output: resolved, waiting: waiting)
            defer { withExtendedLifetime(lock) {} }
            return try StagedOutput.recover(output: URL(fileURLWithPath: resolved, isDirectory: true))
        }
    }
}
