import Foundation

extension OutcomeArchive {
    /// The value the header's change counters hold in every closed archive.
    static let stampedChangeCounter: UInt32 = 1

    /// Where the header keeps the file change counter and the "version-valid-for" number.
    ///
    /// SQLite adds one to both on every committed transaction (see "Database File Format",
    /// §1.3.5 and §1.3.11); they let other connections notice changes, and hold nothing else.
    private static let changeCounterOffsets: [off_t] = [24, 92]

    /// Sets the header's change counters of the closed file at `path` to ``stampedChangeCounter``.
    ///
    /// A file built up by appends went through more transactions than one written at once, and
    /// these counters are the only bytes that record it: stamping them makes the two files
    /// identical. Both fields get the same value, which SQLite requires to trust the header's page
    /// count. A file whose counters already hold the value is not written to, so read-only
    /// archives can be opened and closed.
    /// - Throws: ``ArchiveError/database(path:message:)`` when the header can't be read or written.
    static func stampHeader(path: String) throws {
        let descriptor = Foundation.open(path, O_RDWR)
        guard descriptor >= 0 else {
            if errno == EACCES || errno == EROFS { return }
            throw ArchiveError.database(
                path: path, message: "cannot open the file to stamp its header (errno \(errno))")
        }
        defer { Foundation.close(descriptor) }
        let stamp = withUnsafeBytes(of: stampedChangeCounter.bigEndian) { Array($0) }
        for offset in changeCounterOffsets {
            var current = [UInt8](repeating: 0, count: 4)
            let read = pread(descriptor, &current, 4, offset)
            guard read == 4 else { return }  // Shorter than a header: an empty database, nothing to stamp.
            if current == stamp { continue }
            guard pwrite(descriptor, stamp, 4, offset) == 4 else {
                throw ArchiveError.database(path: path, message: "cannot stamp the header (errno \(errno))")
            }
        }
    }
}
