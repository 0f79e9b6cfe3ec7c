import Foundation

/// Atomically exchanges two paths with Linux's `renameat2(RENAME_EXCHANGE)`, or renames one
/// without replacing anything (`RENAME_NOREPLACE`).
///
/// Swift's Glibc module does not export `renameat2`, so it is looked up at run time; on systems
/// without it (or file systems that refuse the flag) `exchange` returns false and callers fall back.
enum AtomicExchange {
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let renameExchange: UInt32 = 2
    /// `AT_FDCWD`: paths are relative to the working directory.
    private static let currentDirectory: Int32 = -100

    private static let function: RenameAt2? = LinuxFunction.lookup("renameat2", as: RenameAt2.self)

    /// `RENAME_NOREPLACE` from `<linux/fs.h>`.
    private static let renameNoReplace: UInt32 = 1

    /// Exchanges the files or folders at `first` and `second`; true when it happened.
    static func exchange(_ first: String, _ second: String) -> Bool {
        rename(first, second, flags: renameExchange)
    }

    /// Renames `source` to `target` only if nothing is at `target`; true when it happened.
    static func renameWithoutReplacing(_ source: String, _ target: String) -> Bool {
        rename(source, target, flags: renameNoReplace)
    }

    private static func rename(_ first: String, _ second: String, flags: UInt32) -> Bool {
        guard let function else { return false }
        return first.withCString { a in
            second.withCString { b in function(currentDirectory, a, currentDirectory, b, flags) == 0 }
        }
    }
}
