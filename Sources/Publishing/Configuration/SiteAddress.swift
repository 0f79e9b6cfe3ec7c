import Foundation

/// The absolute address a site is published under: checked, and ending in `/`.
///
/// The feeds, the sitemap, every page's canonical and OpenGraph address and the 404 page's links
/// carry it, so it must be an address a feed reader, a search engine or a link preview can follow
/// from anywhere. What is accepted:
/// - printable ASCII only, no spaces (percent-encode anything else; an international host name is
///   written in its `xn--` form);
/// - the scheme `http` or `https` (in any case), then `//` and a host name of letters, digits,
///   hyphens and dots, or an IPv6 literal in brackets, with an optional port;
/// - an optional path. A `/` is added at its end when missing, because page paths
///   (`briefings/2025-12-31/index.html`) are appended to the address as they are.
///
/// What is refused, each with its own message: no scheme (`example.com`, with a suggestion), any
/// other scheme (`javascript:`, `data:`, `ftp:`), no host (`https:///site/`), a user name or
/// password (they would be published), a query or a fragment (page paths could not be appended).
public enum SiteAddress {
    /// The host of the shipped placeholder address, a domain reserved for examples (RFC 2606).
    public static let placeholderHost = "example.org"

    /// The address `condorpress.yml` ships with; a site built with it gets a warning.
    public static let placeholder = "https://\(placeholderHost)/condorpress/"

    /// Hosts treated as placeholders: the shipped one and its RFC 2606 siblings, with their subdomains.
    static let placeholderHosts = [placeholderHost, "example.com", "example.net"]

    /// The longest part of a refused value a message repeats.
    static let quotedLimit = 80

    /// The address, checked and ending in `/`.
    ///
    /// - Parameter text: The address as written in the configuration or on the command line.
    /// - Returns: `text` unchanged, with a `/` appended when its path does not end in one.
    /// - Throws: ``SiteAddressError`` saying what was expected and what was found.
    public static func normalised(_ text: String) throws(SiteAddressError) -> String {
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw SiteAddressError(
                "expected an address of printable ASCII characters without spaces, found \(quoted(text))")
        }
        guard let components = URLComponents(string: text) else {
            throw SiteAddressError("expected an absolute http:// or https:// address, found \(quoted(text))")
        }
        guard let scheme = components.scheme?.lowercased() else {
            throw SiteAddressError(
                "expected an absolute address starting with http:// or https://, found \(quoted(text))"
                    + (suggestion(for: text).map { " (did you mean \"\($0)\"?)" } ?? ""))
        }
        guard scheme == "http" || scheme == "https" else {
            throw SiteAddressError(
                "expected an absolute http:// or https:// address, found \(quoted(text)) (scheme \(scheme):)")
        }
        // URLComponents decodes punycode (xn--) host names, so the host is checked as written.
        let host = writtenHost(text)
        guard text.dropFirst(scheme.count + 1).hasPrefix("//"), !host.isEmpty else {
            throw SiteAddressError("expected a host name after \(scheme)://, found \(quoted(text))")
        }
        guard components.percentEncodedUser == nil, components.percentEncodedPassword == nil else {
            throw SiteAddressError(
                "expected an address without a user name or password (the feed and sitemap are public)")
        }
        guard components.percentEncodedQuery == nil, components.percentEncodedFragment == nil else {
            throw SiteAddressError(
                "expected an address without a query (?) or fragment (#), since page paths are appended to it, "
                    + "found \(quoted(text))")
        }
        guard isHostName(host) else {
            throw SiteAddressError(
                "expected a host name of letters, digits, hyphens and dots, found \(quoted(host)) in \(quoted(text))")
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// True when `address` is on a placeholder host (`example.org`, `example.com`, `example.net`
    /// or a subdomain of one), so the feeds, the sitemap and the canonical links would point nowhere real.
    public static func isPlaceholder(_ address: String) -> Bool {
        let host = writtenHost(address).lowercased()
        return placeholderHosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// The host as written in `address` (`scheme://user@host:port/path`): without user, port or
    /// path, an IPv6 literal with its brackets; empty when there is none.
    static func writtenHost(_ address: String) -> String {
        guard let start = address.range(of: "://") else { return "" }
        let authority = address[start.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let afterUser = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority
        if afterUser.hasPrefix("[") {
            return String(afterUser.prefix { $0 != "]" }) + (afterUser.contains("]") ? "]" : "")
        }
        return String(afterUser.prefix { $0 != ":" })
    }

    /// `https://` + `text` when that is a valid address with a dotted host (for `example.com/site`), else nil.
    static func suggestion(for text: String) -> String? {
        let candidate = text.hasPrefix("//") ? "https:" + text : "https://" + text
        guard URLComponents(string: text)?.percentEncodedPath.first != "/" || text.hasPrefix("//"),
            writtenHost(candidate).contains(".")
        else { return nil }
        return try? normalised(candidate)
    }

    /// A host name (letters, digits, hyphens, dots, not starting or ending with a dot) or a
    /// bracketed IPv6 literal.
    static func isHostName(_ host: String) -> Bool {
        if host.contains(":") {
            let literal = host.hasPrefix("[") && host.hasSuffix("]") ? host.dropFirst().dropLast() : Substring(host)
            return literal.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let allowed = host.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "." }
        return allowed && !host.hasPrefix(".") && !host.hasSuffix(".") && !host.contains("..")
    }

    /// `text` in double quotes, control characters escaped, cut to ``quotedLimit`` characters.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        var count = 0
        for scalar in text.unicodeScalars {
            guard count < quotedLimit else {
                escaped += "…"
                break
            }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else if scalar == "\"" {
                escaped += "\\\""
            } else {
                escaped.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return "\"" + escaped + "\""
    }
}

/// Why an address was refused: what was expected and what was found, as one sentence.
public struct SiteAddressError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The sentence, without a file, line or option name (the caller adds those).
    public var message: String

    /// Creates an error with its sentence.
    public init(_ message: String) {
        self.message = message
    }

    /// The sentence.
    public var description: String { message }
}
