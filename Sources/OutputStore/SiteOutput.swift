import Foundation

/// Where a build puts its files: a whole new site swapped in at the end (``StagedOutput``), or
/// the changed files of the published site, updated in place under a journal (``InPlaceOutput``).
///
/// A build writes every file it produces; an in-place update may also keep, extend or remove
/// single published files. A whole new site has no published files to keep or extend: there
/// those operations do nothing and say so (``append(_:to:replacingTail:)`` returns false,
/// ``copyOfPublished(_:)`` nil), so the build writes the whole file instead.
package protocol SiteOutput: Sendable {
    /// The published output folder.
    var output: URL { get }
    /// Whether this output replaces the published site as a whole (a full build), so files added
    /// to it by hand must be carried over (see ``carryOver(_:)``); false for an in-place update,
    /// which leaves them alone.
    var replacesWholeSite: Bool { get }
    /// Every file this build produced so far (relative paths), changed or not.
    var producedPaths: Set<String> { get }
    /// How many files of the published site this build creates, replaces, extends or removes.
    var changedFiles: Int { get }
    /// Writes `bytes` to `relativePath` (the one write both outputs implement).
    func write(bytes: UnsafeRawBufferPointer, to relativePath: String) throws
    /// A path where another library (SQLite) creates the file `relativePath` from scratch.
    func url(for relativePath: String) throws -> URL
    /// A copy of the published file `relativePath` for a library to change (SQLite), or nil when
    /// there is none to change.
    func copyOfPublished(_ relativePath: String) throws -> URL?
    /// Where the file `relativePath` is as this build will publish it (the copy this build wrote,
    /// else the published file it leaves in place), for a tool that reads the finished site before
    /// it is published (Pagefind); nil when the build neither wrote nor keeps such a file. Not for
    /// a file extended by ``append(_:to:replacingTail:)``.
    func location(of relativePath: String) -> URL?
    /// Arranges for `bytes` to replace the end `tail` of the published file `relativePath`;
    /// false, arranging nothing, when that cannot be done (the caller writes the whole file).
    func append(_ bytes: Data, to relativePath: String, replacingTail tail: Data) -> Bool
    /// Records that the published file `relativePath` stays as it is (an in-place update only).
    func keep(_ relativePath: String)
    /// Arranges for the published file `relativePath` to be gone after the commit.
    func remove(_ relativePath: String)
    /// Carries files the build did not produce (added to the output by hand) into the new site.
    func carryOver(_ relativePaths: [String]) throws
    /// Publishes everything written.
    func commit() throws
    /// Throws away everything written; the published site is untouched.
    func discard()
}

extension SiteOutput {
    /// A folder beside the output for a step's work files, never published: the step removes it
    /// when done, and recovery (``StagedOutput/recover(output:)``) removes one a killed build left.
    package var scratch: URL { StagedOutput.sibling(output, suffix: ".scratch") }

    /// Writes `contents` to `relativePath`.
    package func write(_ contents: String, to relativePath: String) throws {
        var text = contents
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: relativePath) }
    }

    /// Writes the bytes `contents` to `relativePath`.
    package func write(_ contents: [UInt8], to relativePath: String) throws {
        try contents.withUnsafeBytes { try write(bytes: $0, to: relativePath) }
    }

    /// Writes `data` to `relativePath`.
    package func write(_ data: Data, to relativePath: String) throws {
        try data.withUnsafeBytes { try write(bytes: $0, to: relativePath) }
    }
}
