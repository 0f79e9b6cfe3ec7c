import Foundation

/// Looks up C library functions that Swift's Glibc module does not export (`renameat2`,
/// `syncfs`, `copy_file_range`), at run time, so the code still builds where they are missing.
enum LinuxFunction {
    /// The function called `name` in the running process, as `type`, or nil where there is none.
    static func lookup<Function>(_ name: String, as type: Function.Type) -> Function? {
        #if os(Linux)
            guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else { return nil }
            return unsafeBitCast(symbol, to: type)
        #else
            return nil
        #endif
    }
}
