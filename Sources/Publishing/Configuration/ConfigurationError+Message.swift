extension ConfigurationError {
    /// The problem without its file and line: `key.path: what was expected`.
    var plainMessage: String {
        (keyPath.map { $0 + ": " } ?? "") + message
    }
}
