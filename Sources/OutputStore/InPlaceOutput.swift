import Foundation

/// An update of the published site in place: only files whose bytes change are written (into
/// `<output>.staging`), then moved into the output under a ``RollbackJournal``.
///
/// Used by incremental builds, where a new trading day changes a few dozen of the site's 18,000
/// files: copying or linking the whole site into a new folder would cost seconds. A build killed
/// before ``commit()`` leaves the output untouched; one killed inside it leaves a journal that
/// ``recover(output:)`` (run at the start of every build) rolls back, byte for byte.
package final class InPlaceOutput: SiteOutput, @unchecked Sendable {
    package let output: URL
    /// Where new and changed files wait until the commit.
    let staging: URL
    private let log = PathLog()
    private let lock = NSLock()
    /// Files with new contents in the staging folder.
    private var staged: Set<String> = []
    /// Bytes to write over the end of published files.
    ///
    /// Each keeps the published file's tail (checked when the append was arranged) and length.
    private var appends: [String: (keep: Int, length: Int, tail: Data, bytes: Data)] = [:]
    /// Published files this build no longer produces.
    private var removals: Set<String> = []

    /// Prepares an update of the site in `output`, after recovering from an interrupted build.
    package init(output: String) throws {
        self.output = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
        staging = StagedOutput.sibling(self.output, suffix: ".staging")
        try StagedOutput.recover(output: self.output)
        try PlainFiles.makeFolder(staging)
    }

    /// An in-place update leaves files added by hand alone.
    package var replacesWholeSite: Bool { false }

    package var producedPaths: Set<String> { log.all }

    package var changedFiles: Int {
        lock.lock()
        defer { lock.unlock() }
        return staged.count + appends.count + removals.count
    }

    /// Stages the file unless the published one already holds these bytes.
    package func write(bytes: UnsafeRawBufferPointer, to relativePath: String) throws {
        log.add(relativePath)
        if FileWriting.holds(bytes, at: output.path + "/" + relativePath) {
            // The published file stays; an earlier write of this build no longer applies.
            lock.lock()
            let wasStaged = staged.remove(relativePath) != nil
            appends[relativePath] = nil
            lock.unlock()
            if wasStaged { unlink(staging.path + "/" + relativePath) }
            return
        }
        try FileWriting.write(bytes, to: staging.path + "/" + relativePath)
        lock.lock()
        staged.insert(relativePath)
        appends[relativePath] = nil  // A whole new file supersedes an append arranged before.
        lock.unlock()
    }

    package func url(for relativePath: String) throws -> URL {
        log.add(relativePath)
        let url = staging.appendingPathComponent(relativePath)
        try PlainFiles.makeFolder(url.deletingLastPathComponent())
        lock.lock()
        staged.insert(relativePath)
        appends[relativePath] = nil
        lock.unlock()
        return url
    }

    /// A staged copy of the published file `relativePath`, for a library to change (SQLite), or
    /// nil when there is no such file.
    package func copyOfPublished(_ relativePath: String) throws -> URL? {
        let source = output.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: source.path) else { return nil }
        let url = try self.url(for: relativePath)
        try FileWriting.copy(source.path, to: url.path)
        return url
    }

    /// Arranges for `bytes` to replace the end of the published file `relativePath`.
    ///
    /// The file must end with `tail`, which `bytes` replaces. Returns false, arranging nothing,
    /// when the file is missing or ends otherwise (the caller writes the whole file instead).
    package func append(_ bytes: Data, to relativePath: String, replacingTail tail: Data) -> Bool {
        let path = output.path + "/" + relativePath
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) >= tail.count else { return false }
        let length = Int(status.st_size)
        var end = [UInt8](repeating: 0, count: tail.count)
        let read = end.withUnsafeMutableBytes {
            pread(descriptor, $0.baseAddress, tail.count, off_t(length - tail.count))
        }
        guard read == tail.count, Data(end) == tail else { return false }
        log.add(relativePath)
        if bytes == tail { return true }
        lock.lock()
        appends[relativePath] = (length - tail.count, length, tail, bytes)
        lock.unlock()
        return true
    }

    /// The staged copy of `relativePath`, else the published file unless it is to be removed.
    package func location(of relativePath: String) -> URL? {
        lock.lock()
        let isStaged = staged.contains(relativePath)
        let isRemoved = removals.contains(relativePath)
        lock.unlock()
        if isStaged { return staging.appendingPathComponent(relativePath) }
        let published = output.appendingPathComponent(relativePath)
        return !isRemoved && FileManager.default.fileExists(atPath: published.path) ? published : nil
    }

    /// Records that the published file `relativePath` stays as it is.
    package func keep(_ relativePath: String) {
        log.add(relativePath)
    }

    /// Arranges for the published file `relativePath` to be removed (nothing when there is none).
    package func remove(_ relativePath: String) {
        guard FileManager.default.fileExists(atPath: output.path + "/" + relativePath) else { return }
        lock.lock()
        removals.insert(relativePath)
        lock.unlock()
    }

    /// Moves the staged files in, applies the appends and removals, under the journal.
    ///
    /// New files come first, then replaced ones, appends and removals, so a reader following
    /// links during the few milliseconds of the update finds the pages they point to.
    /// Files added to the output by hand stay where they are: nothing to carry.
    package func carryOver(_ relativePaths: [String]) {}

    package func commit() throws {
        let journal = RollbackJournal(output: output)
        let manager = FileManager.default
        var entries: [RollbackJournal.Entry] = []
        var links: [(from: String, number: Int)] = []
        var tails: [(number: Int, bytes: Data)] = []
        var folders = Set<String>()
        var number = 0
        let changed = staged.sorted()
        let created = changed.filter { !manager.fileExists(atPath: output.path + "/" + $0) }
        let createdSet = Set(created)
        for path in created {
            for folder in Self.missingFolders(above: path, in: output) where folders.insert(folder).inserted {
                entries.append(.createFolder(path: folder))
            }
            entries.append(.create(path: path))
        }
        for path in changed where !createdSet.contains(path) {
            number += 1
            links.append((path, number))
            entries.append(.replace(number: number, path: path))
        }
        for (path, append) in appends.sorted(by: { $0.key < $1.key }) {
            number += 1
            tails.append((number, append.tail))
            entries.append(.append(number: number, keep: append.keep, length: append.length, path: path))
        }
        for path in removals.sorted() where manager.fileExists(atPath: output.path + "/" + path) {
            number += 1
            links.append((path, number))
            entries.append(.remove(number: number, path: path))
        }
        guard !entries.isEmpty else {
            discard()
            return
        }
        try journal.begin(entries) { journal in
            for link in links {
                guard Foundation.link(output.path + "/" + link.from, journal.old(link.number)) == 0 else {
                    throw OutputError(path: output.path + "/" + link.from,
                        message: "cannot keep the previous file: \(SystemReason.text(errno))")
                }
            }
            for tail in tails { try PlainFiles.write(tail.bytes, to: URL(fileURLWithPath: journal.tail(tail.number))) }
        }
        var applied = 0
        for entry in entries {
            try apply(entry)
            applied += 1
            FaultInjection.checkpoint(applied)
        }
        try journal.finish()
        discard()
    }

    /// Applies one change to the output.
    private func apply(_ entry: RollbackJournal.Entry) throws {
        switch entry {
        case .createFolder(let path):
            let folder = output.path + "/" + path
            guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
                throw OutputError(path: folder, message: "cannot create the folder: \(SystemReason.text(errno))")
            }
        case .create(let path), .replace(_, let path):
            let target = output.path + "/" + path
            guard rename(staging.path + "/" + path, target) == 0 else {
                throw OutputError(path: target, message: "cannot move the new file in: \(SystemReason.text(errno))")
            }
        case .append(_, let keep, _, let path):
            let target = output.path + "/" + path
            guard let bytes = appends[path]?.bytes else { return }
            let descriptor = open(target, O_WRONLY)
            guard descriptor >= 0 else {
                throw OutputError(path: target, message: "cannot open the file: \(SystemReason.text(errno))")
            }
            defer { close(descriptor) }
            let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, bytes.count, off_t(keep)) }
            guard written == bytes.count, ftruncate(descriptor, off_t(keep + bytes.count)) == 0 else {
                throw OutputError(path: target, message: "cannot append to the file: \(SystemReason.text(errno))")
            }
        case .remove(_, let path):
            let target = output.path + "/" + path
            guard unlink(target) == 0 else {
                throw OutputError(path: target, message: "cannot remove the file: \(SystemReason.text(errno))")
            }
            // A folder left empty (a briefing whose day is gone) goes too; rollback re-creates it.
            var folder = (target as NSString).deletingLastPathComponent
            while folder.count > output.path.count, rmdir(folder) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
    }

    package func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// The folders above `path` missing in `root`, outermost first.
    private static func missingFolders(above path: String, in root: URL) -> [String] {
        var result: [String] = []
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, !FileManager.default.fileExists(atPath: root.path + "/" + folder) {
            result.insert(folder, at: 0)
            folder = (folder as NSString).deletingLastPathComponent
        }
        return result
    }
}
