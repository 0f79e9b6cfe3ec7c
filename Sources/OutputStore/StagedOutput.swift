import Foundation

/// A site written into a staging folder beside the output and swapped in only when complete.
///
/// `output` is the resolved folder (a link to it stays a link and gets the new site, as the
/// staging folder is made beside the folder itself). The staging folder is `<output>.staging`;
/// the swap renames the current output to `<output>.previous`, renames the staging folder to the
/// output and removes the previous one (a large one in the background, see ``BackgroundRemoval``).
/// `recover(output:)` finishes or undoes a swap that a killed build left half done, so a build
/// interrupted at any point leaves either the old site or the new one, never a mixture.
package struct StagedOutput: SiteOutput {
    /// The final output folder.
    package let output: URL
    /// The folder pages are written into during the build.
    package let staging: URL
    /// Where the previous site waits during the swap.
    package let previous: URL
    private let log = PathLog()
    private let flush: EarlyFlush

    /// A full build replaces the site as a whole.
    package var replacesWholeSite: Bool { true }
    /// Every file written so far (relative paths).
    package var producedPaths: Set<String> { log.all }
    /// Every file of the new site is new.
    package var changedFiles: Int { log.all.count }

    /// Prepares a fresh, empty staging folder beside `output`, after recovering from any
    /// interrupted earlier build.
    package init(output: String) throws {
        let outputURL = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
        self.output = outputURL
        self.staging = StagedOutput.sibling(outputURL, suffix: ".staging")
        self.previous = StagedOutput.sibling(outputURL, suffix: ".previous")
        self.flush = EarlyFlush(folder: staging)
        try StagedOutput.recover(output: outputURL)
        let manager = FileManager.default
        if manager.fileExists(atPath: staging.path) { try PlainFiles.remove(staging) }
        try PlainFiles.makeFolder(staging)
    }

    /// Writes raw bytes with plain POSIX calls: the staging folder is swapped in as a whole, so
    /// per-file atomic writes and `fsync` (which Foundation's `Data.write` may do) are not needed.
    package func write(bytes: UnsafeRawBufferPointer, to relativePath: String) throws {
        log.add(relativePath)
        try FileWriting.write(bytes, to: staging.path + "/" + relativePath)
        flush.wrote(bytes.count)
    }

    /// The staging URL of `relativePath`, for writers that need a path (SQLite).
    package func url(for relativePath: String) throws -> URL {
        log.add(relativePath)
        let url = staging.appendingPathComponent(relativePath)
        try PlainFiles.makeFolder(url.deletingLastPathComponent())
        return url
    }

    /// The staged copy of `relativePath`, when this build wrote it.
    package func location(of relativePath: String) -> URL? {
        log.contains(relativePath) ? staging.appendingPathComponent(relativePath) : nil
    }

    /// A new site has no published file to change: nil.
    package func copyOfPublished(_ relativePath: String) -> URL? { nil }

    /// A new site has no published file to extend: false, so the caller writes the whole file.
    package func append(_ bytes: Data, to relativePath: String, replacingTail tail: Data) -> Bool { false }

    /// Nothing: a new site holds only the files written into it, and a full build writes them all.
    package func keep(_ relativePath: String) {}

    /// Nothing: a new site holds only the files written into it.
    package func remove(_ relativePath: String) {}

    /// Carries files CondorPress did not publish (added to the output by hand) from the output
    /// into the staging folder, so the swap keeps them; they are not logged as produced, so the
    /// manifest never claims them.
    ///
    /// Each file is hard-linked when the file system allows it, copied otherwise.
    /// - Parameter relativePaths: Paths relative to the output, none of which this build produces.
    package func carryOver(_ relativePaths: [String]) throws {
        for path in relativePaths {
            let source = output.appendingPathComponent(path)
            let target = staging.appendingPathComponent(path)
            try PlainFiles.makeFolder(target.deletingLastPathComponent())
            if link(source.path, target.path) == 0 { continue }
            try SystemReason.plain(source.path, "copy this file into the new site") {
                try FileManager.default.copyItem(at: source, to: target)
            }
        }
    }

    /// Swaps the staging folder in as the output.
    ///
    /// A `.gitkeep` in the old output is carried over, and the staging folder is flushed to the
    /// disk first.
    ///
    /// On Linux the two folders are exchanged in one atomic `renameat2(RENAME_EXCHANGE)`, so there is
    /// no moment without a complete site; the old site, then at the staging path, is deleted after.
    /// Where the exchange is unavailable, two renames are used and `recover(output:)` covers the gap.
    package func commit() throws {
        let manager = FileManager.default
        let keep = output.appendingPathComponent(".gitkeep")
        if manager.fileExists(atPath: keep.path) {
            try PlainFiles.write(Data(), to: staging.appendingPathComponent(".gitkeep"))
        }
        FileSystemSync.flush(staging)
        FaultInjection.pauseInCommit()
        if manager.fileExists(atPath: output.path), AtomicExchange.exchange(staging.path, output.path) {
            try removeOldSite(staging)
            return
        }
        if manager.fileExists(atPath: previous.path) { try PlainFiles.remove(previous) }
        let hadOutput = manager.fileExists(atPath: output.path)
        if hadOutput { try PlainFiles.move(output, to: previous) }
        try PlainFiles.move(staging, to: output)
        if hadOutput { try removeOldSite(previous) }
    }

    /// From how many files of the new site on the old one (the previous build's, of about the
    /// same size) is removed in the background rather than before the build returns.
    static let backgroundRemovalFiles = 2_000

    /// Removes the old site at `url` once the new one is in place: a large one is moved aside and
    /// removed by a detached low-priority child (``BackgroundRemoval``), a small one at once.
    private func removeOldSite(_ url: URL) throws {
        if log.all.count >= StagedOutput.backgroundRemovalFiles, try BackgroundRemoval.start(url, beside: output) {
            return
        }
        try PlainFiles.remove(url)
    }

    /// Removes the staging folder after a failed build; the output is untouched.
    package func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Puts the output folder back in a consistent state after a build killed midway.
    ///
    /// If the output is missing but a previous site is waiting, the swap was cut between its two
    /// renames: the previous site is restored (the staging folder may be incomplete). A leftover
    /// previous folder beside a present output is removed, as is any staging or scratch folder and any
    /// `<output>.removing-<pid>` folder a background removal left unfinished. An in-place
    /// update cut short is rolled back first (see ``RollbackJournal``).
    /// - Returns: What was done, one sentence each; empty when the output was in order.
    @discardableResult
    package static func recover(output: URL) throws -> [String] {
        var notes: [String] = []
        if let undone = try RollbackJournal.recover(output: output) {
            notes.append("rolled back an interrupted update (\(undone) changes undone)")
        }
        let manager = FileManager.default
        let previous = sibling(output, suffix: ".previous")
        let staging = sibling(output, suffix: ".staging")
        if manager.fileExists(atPath: previous.path) {
            if manager.fileExists(atPath: output.path) {
                try PlainFiles.remove(previous)
                notes.append("removed the previous site left beside the output")
            } else {
                try PlainFiles.move(previous, to: output)
                notes.append("restored the previous site, which an interrupted swap had moved aside")
            }
        }
        if manager.fileExists(atPath: staging.path) {
            try PlainFiles.remove(staging)
            notes.append("removed the staging folder of an unfinished build")
        }
        let scratch = sibling(output, suffix: ".scratch")
        if manager.fileExists(atPath: scratch.path) {
            try PlainFiles.remove(scratch)
            notes.append("removed the work files of an unfinished build")
        }
        for leftover in BackgroundRemoval.leftovers(beside: output) {
            try PlainFiles.remove(leftover)
            notes.append("removed \(leftover.lastPathComponent), an old site whose removal was cut short")
        }
        return notes
    }

    static func sibling(_ url: URL, suffix: String) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + suffix, isDirectory: true)
    }
}
