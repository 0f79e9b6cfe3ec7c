import Foundation

/// Ways for tests to stop a build at an exact point of publishing.
///
/// When the environment variable `CONDORPRESS_KILL_AFTER_CHANGES` holds a number n, the process
/// sends itself SIGKILL right after applying the n-th change of an in-place update, as a power
/// cut or an impatient operator would. When `CONDORPRESS_PAUSE_IN_COMMIT` holds a path, the build
/// creates that file inside its commit (after the first change of an in-place update, before the
/// swap of a full build) and waits until the file is removed, so a test can run `recover` or a
/// second build against a commit in progress. Unset (always, outside tests), checkpoints cost one
/// comparison.
enum FaultInjection {
    private static let killAfter: Int? = ProcessInfo.processInfo.environment["CONDORPRESS_KILL_AFTER_CHANGES"].flatMap {
        Int($0)
    }
    private static let pauseFile: String? = ProcessInfo.processInfo.environment["CONDORPRESS_PAUSE_IN_COMMIT"]

    /// Kills the process when `applied` changes reach the configured number.
    static func checkpoint(_ applied: Int) {
        if let killAfter, applied == killAfter { kill(getpid(), SIGKILL) }
        if applied == 1 { pauseInCommit() }
    }

    /// Creates the pause file and waits until a test removes it.
    static func pauseInCommit() {
        guard let pauseFile, !pauseFile.isEmpty else { return }
        guard FileManager.default.createFile(atPath: pauseFile, contents: Data("paused\n".utf8)) else { return }
        while access(pauseFile, F_OK) == 0 { usleep(5_000) }
    }
}
