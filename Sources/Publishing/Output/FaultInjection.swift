import Foundation

/// A way for tests to kill a build at an exact point of an in-place update.
///
/// When the environment variable `CONDORPRESS_KILL_AFTER_CHANGES` holds a number n, the process
/// sends itself SIGKILL right after applying the n-th change of the update, as a power cut or an
/// impatient operator would. Unset (always, outside tests), checkpoints cost one comparison.
enum FaultInjection {
    private static let killAfter: Int? = ProcessInfo.processInfo.environment["CONDORPRESS_KILL_AFTER_CHANGES"].flatMap {
        Int($0)
    }

    /// Kills the process when `applied` changes reach the configured number.
    static func checkpoint(_ applied: Int) {
        if let killAfter, applied == killAfter { kill(getpid(), SIGKILL) }
    }
}
