import Strategy

/// The address the feeds, the sitemap, canonical links and the 404 page are written under: `--base-url` when given, else the
/// configuration's `site.baseURL` (checked when the file was read, see `SiteAddress`).
public enum PublishedAddress {
    /// The `--base-url` value checked and ending in `/`, or nil when the option was not given.
    /// - Throws: `PublishingError` naming `--base-url` and what was expected.
    static func override(_ text: String?) throws(PublishingError) -> String? {
        guard let text else { return nil }
        do {
            return try SiteAddress.normalised(text)
        } catch {
            throw PublishingError(message: "--base-url: " + error.message)
        }
    }

    /// The one warning a build on a placeholder address gets, or nil for a real address.
    ///
    /// - Parameters:
    ///   - address: The address the build uses.
    ///   - overridden: Whether it came from `--base-url` rather than the configuration file.
    ///   - configFile: The configuration file's path, named in the remedy.
    /// - Returns: The warning without its `warning: ` prefix, or nil.
    public static func placeholderWarning(address: String, overridden: Bool, configFile: String) -> String? {
        guard SiteAddress.isPlaceholder(address) else { return nil }
        let remedy =
            overridden
            ? "pass the site's public address with --base-url"
            : "set site.baseURL in \(configFile) to the site's public address, or pass --base-url URL"
        return "the feeds, sitemap.xml and every page's canonical link carry the placeholder address \(address); \(remedy)"
    }
}
