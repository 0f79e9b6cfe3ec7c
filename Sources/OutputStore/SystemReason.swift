import Foundation

/// Plain sentences for file-system failures, so no `errno` number or `NSCocoaErrorDomain` text
/// reaches a user.
package enum SystemReason {
    /// The C library's text for `code`, starting in lower case ("permission denied").
    package static func text(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The reason behind a Foundation file error: the POSIX error underneath when there is one.
    static func text(of error: any Error) -> String {
        if let error = error as? OutputError { return error.message }
        if let posix = error as? POSIXError { return text(posix.code.rawValue) }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            let underlying = underlying as NSError
            if underlying.domain == NSPOSIXErrorDomain { return text(Int32(underlying.code)) }
        }
        if nsError.domain == NSPOSIXErrorDomain { return text(Int32(nsError.code)) }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return text(ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return text(EACCES)
        case .fileWriteOutOfSpace: return text(ENOSPC)
        case .fileWriteFileExists: return text(EEXIST)
        case .fileWriteVolumeReadOnly: return text(EROFS)
        default: return "the file system refused the operation"
        }
    }

    /// Runs `work`, turning any failure into an `OutputError` that names `path` and says
    /// `cannot <action>: <reason>`.
    package static func plain<T>(_ path: String, _ action: String, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: path, message: "cannot \(action): \(text(of: error))")
        }
    }

    /// A one-line plain sentence for any error: the path a Foundation file error names, then the
    /// reason in words (`/x/y: permission denied`); other errors as they describe themselves.
    ///
    /// No `NSCocoaErrorDomain` text or error code reaches a user this way.
    package static func sentence(for error: any Error) -> String {
        if let error = error as? OutputError { return error.description }
        let isFileError = error is CocoaError || error is POSIXError || type(of: error) is NSError.Type
        if !isFileError { return String(describing: error) }
        let nsError = error as NSError
        guard nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain else {
            return nsError.localizedDescription
        }
        let path =
            (nsError.userInfo[NSFilePathErrorKey] as? String)
            ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
        return (path.map { $0 + ": " } ?? "") + text(of: error)
    }
}
