import Foundation

/// Where a build puts its files: a whole new site swapped in at the end (``StagedOutput``), or
/// the changed files of the published site, updated in place under a journal (``InPlaceOutput``).
protocol SiteOutput: Sendable {
    /// The published output folder.
    var output: URL { get }
    /// Every file this build produced so far (relative paths), changed or not.
    var producedPaths: Set<String> { get }
    /// How many files of the published site this build creates, replaces, extends or removes.
    var changedFiles: Int { get }
    /// Writes `contents` to `relativePath`.
    func write(_ contents: String, to relativePath: String) throws
    /// Writes `data` to `relativePath`.
    func write(_ data: Data, to relativePath: String) throws
    /// A path where another library (SQLite) creates the file `relativePath` from scratch.
    func url(for relativePath: String) throws -> URL
    /// Publishes everything written.
    func commit() throws
    /// Throws away everything written; the published site is untouched.
    func discard()
}
