import Foundation

/// The undo log of an in-place site update, so an update cut short (killed, power loss) is rolled
/// back to the previous site byte for byte.
///
/// The journal is the folder `<output>.journal` beside the output. It holds `entries` (one change
/// a line, in the order the changes are applied), `old/<n>` (hard links to the files replaced or
/// removed), `tails/<n>` (the bytes an append overwrote) and the marker `active`, which exists
/// exactly while the output may hold a mixture of the old and the new site. ``recover(output:)``
/// undoes the entries in reverse order when the marker is present. Every undo step can be
/// repeated, so a recovery that is itself cut short is simply run again by the next build.
struct RollbackJournal {
    /// One change to the output, with what undoes it.
    enum Entry: Equatable {
        /// A folder made for new files; removed on rollback.
        case createFolder(path: String)
        /// A file that did not exist; removed on rollback.
        case create(path: String)
        /// A file replaced by a new one; the old one waits at `old/<number>`.
        case replace(number: Int, path: String)
        /// Bytes written over a file from offset `keep`; the overwritten bytes wait at
        /// `tails/<number>` and the file's old `length` is restored on rollback.
        case append(number: Int, keep: Int, length: Int, path: String)
        /// A removed file; it waits at `old/<number>`.
        case remove(number: Int, path: String)
    }

    /// The journal folder.
    let folder: URL
    /// The output folder the entries' paths are relative to.
    let output: URL

    /// The journal of `output`: the folder `<output>.journal` beside it.
    init(output: URL) {
        self.output = output
        folder = StagedOutput.sibling(output, suffix: ".journal")
    }

    var marker: URL { folder.appendingPathComponent("active") }
    func old(_ number: Int) -> String { folder.path + "/old/\(number)" }
    func tail(_ number: Int) -> String { folder.path + "/tails/\(number)" }

    /// The text form of an entry: a keyword, its numbers, then the path (the rest of the line).
    static func line(_ entry: Entry) -> String {
        switch entry {
        case .createFolder(let path): return "folder \(path)"
        case .create(let path): return "create \(path)"
        case .replace(let number, let path): return "replace \(number) \(path)"
        case .append(let number, let keep, let length, let path): return "append \(number) \(keep) \(length) \(path)"
        case .remove(let number, let path): return "remove \(number) \(path)"
        }
    }

    /// The entry written as `line`, or nil for a line that is not one.
    static func entry(_ line: Substring) -> Entry? {
        let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
        func number(_ index: Int) -> Int? {
            // Only plain digits: a sign would make no sense for a count or an offset.
            guard index < fields.count, !fields[index].isEmpty, fields[index].allSatisfy(\.isASCII),
                fields[index].allSatisfy(\.isNumber)
            else { return nil }
            return Int(fields[index])
        }
        func path(after count: Int) -> String? {
            let parts = line.split(separator: " ", maxSplits: count, omittingEmptySubsequences: false)
            return parts.count == count + 1 && !parts[count].isEmpty ? String(parts[count]) : nil
        }
        switch fields.first {
        case "folder": return path(after: 1).map { .createFolder(path: $0) }
        case "create": return path(after: 1).map { .create(path: $0) }
        case "replace":
            guard let n = number(1), let p = path(after: 2) else { return nil }
            return .replace(number: n, path: p)
        case "append":
            guard let n = number(1), let keep = number(2), let length = number(3), let p = path(after: 4) else {
                return nil
            }
            return .append(number: n, keep: keep, length: length, path: p)
        case "remove":
            guard let n = number(1), let p = path(after: 2) else { return nil }
            return .remove(number: n, path: p)
        default: return nil
        }
    }

    /// Writes the entries and sets the marker, after everything they refer to is on the disk.
    ///
    /// `prepare` saves what the entries need (hard links in `old/`, tails in `tails/`) into the
    /// fresh journal folder. The marker is set by a rename after a flush of the file system, and
    /// flushed again: once this returns, an interrupted update is rolled back.
    func begin(_ entries: [Entry], prepare: (RollbackJournal) throws -> Void) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) { try PlainFiles.remove(folder) }
        for sub in ["old", "tails"] {
            try PlainFiles.makeFolder(folder.appendingPathComponent(sub))
        }
        try prepare(self)
        let text = entries.map { Self.line($0) + "\n" }.joined()
        try PlainFiles.write(Data(text.utf8), to: folder.appendingPathComponent("entries"))
        FileSystemSync.flush(folder)
        let pending = folder.appendingPathComponent("active.pending")
        try PlainFiles.write(Data("active\n".utf8), to: pending)
        guard rename(pending.path, marker.path) == 0 else {
            throw OutputError(path: marker.path, message: "cannot set the journal marker: \(SystemReason.text(errno))")
        }
        FileSystemSync.flush(folder)
    }

    /// Ends a finished update: removes the marker (the update's commit point), then the journal.
    func finish() throws {
        FileSystemSync.flush(output)
        guard unlink(marker.path) == 0 else {
            throw OutputError(path: marker.path, message: "cannot clear the journal marker: \(SystemReason.text(errno))")
        }
        FileSystemSync.flush(folder)
        try PlainFiles.remove(folder)
    }

    /// Rolls back an update that was cut short, if the output's journal says one was under way,
    /// and removes any leftover journal.
    /// - Returns: How many changes were undone; nil when no update was under way.
    @discardableResult
    static func recover(output: URL) throws -> Int? {
        let journal = RollbackJournal(output: output)
        let manager = FileManager.default
        guard manager.fileExists(atPath: journal.folder.path) else { return nil }
        var undone: Int?
        if manager.fileExists(atPath: journal.marker.path) {
            guard let data = manager.contents(atPath: journal.folder.appendingPathComponent("entries").path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw OutputError(path: journal.folder.path, message: "the journal of an interrupted update cannot be read")
            }
            let lines = text.split(separator: "\n")
            let entries = lines.compactMap(entry)
            guard entries.count == lines.count else {
                throw OutputError(path: journal.folder.path + "/entries", message: "the journal holds a line that is not an entry")
            }
            for entry in entries.reversed() { try journal.undo(entry) }
            FileSystemSync.flush(output)
            unlink(journal.marker.path)
            undone = entries.count
        }
        try PlainFiles.remove(journal.folder)
        return undone
    }

    /// Undoes one entry; undoing it again, or undoing a change that never happened, is harmless.
    private func undo(_ entry: Entry) throws {
        switch entry {
        case .createFolder(let path):
            rmdir(output.path + "/" + path)
        case .create(let path):
            unlink(output.path + "/" + path)
        case .replace(let number, let path), .remove(let number, let path):
            let target = output.path + "/" + path
            guard access(old(number), F_OK) == 0 else { return }
            try FileWriting.makeFolders(for: target)
            guard rename(old(number), target) == 0 else {
                throw OutputError(path: target, message: "cannot restore the previous file: \(SystemReason.text(errno))")
            }
        case .append(let number, let keep, let length, let path):
            let target = output.path + "/" + path
            guard let saved = FileManager.default.contents(atPath: tail(number)) else { return }
            let descriptor = open(target, O_WRONLY)
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            let written = saved.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, saved.count, off_t(keep)) }
            guard written == saved.count, ftruncate(descriptor, off_t(length)) == 0 else {
                throw OutputError(path: target, message: "cannot restore the previous file: \(SystemReason.text(errno))")
            }
        }
    }
}
