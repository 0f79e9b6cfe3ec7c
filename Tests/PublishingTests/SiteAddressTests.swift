import Testing

@testable import Publishing

@Suite("Site address (site.baseURL)")
struct SiteAddressTests {
    /// The first problem of a configuration whose `site.baseURL` line (line 2) is `value`.
    private func problem(baseURL value: String) -> String? {
        Configuration.problems(inYAML: "site:\n  baseURL: \(value)\n", fileName: "Content/condorpress.yml")
            .first?.description
    }

    @Test("each refused address names the file, the line, the key and what was expected")
    func refusedInTheConfiguration() {
        let prefix = "Content/condorpress.yml:2: site.baseURL: "
        let cases: [(String, String)] = [
            (
                #""javascript:alert(1)//""#,
                #"expected an absolute http:// or https:// address, found "javascript:alert(1)//" (scheme javascript:)"#
            ),
            (
                #""data:text/html,<b>hi</b>""#,
                #"expected an absolute http:// or https:// address, found "data:text/html,<b>hi</b>" (scheme data:)"#
            ),
            (
                "ftp://example.com/",
                #"expected an absolute http:// or https:// address, found "ftp://example.com/" (scheme ftp:)"#
            ),
            ("not a url", #"expected an address of printable ASCII characters without spaces, found "not a url""#),
            (
                "example.com",
                #"expected an absolute address starting with http:// or https://, found "example.com" (did you mean "https://example.com/"?)"#
            ),
            (
                "example.com/site",
                #"expected an absolute address starting with http:// or https://, found "example.com/site" (did you mean "https://example.com/site/"?)"#
            ),
            (
                "/condorpress/",
                #"expected an absolute address starting with http:// or https://, found "/condorpress/""#
            ),
            ("https:///site/", #"expected a host name after https://, found "https:///site/""#),
            ("http:/example.com", #"expected a host name after http://, found "http:/example.com""#),
            (
                "https://user:secret@example.com/",
                "expected an address without a user name or password (the feed and sitemap are public)"
            ),
            (
                "https://example.com/?utm=1",
                #"expected an address without a query (?) or fragment (#), since page paths are appended to it, found "https://example.com/?utm=1""#
            ),
            (
                #""https://example.com/#top""#,
                #"expected an address without a query (?) or fragment (#), since page paths are appended to it, found "https://example.com/#top""#
            ),
            (
                "https://exa_mple.com/",
                #"expected a host name of letters, digits, hyphens and dots, found "exa_mple.com" in "https://exa_mple.com/""#
            ),
            ("42", #"expected an absolute address starting with http:// or https://, found "42""#),
            ("", "expected an absolute http:// or https:// address, found nothing"),
            ("[a, b]", "expected an absolute http:// or https:// address, found a list"),
        ]
        for (value, message) in cases {
            #expect(problem(baseURL: value) == prefix + message, "baseURL: \(value)")
        }
    }

    @Test("a valid address is kept as written, with a / added at the end of its path when missing")
    func trailingSlash() throws {
        let cases = [
            ("https://example.com", "https://example.com/"),
            ("https://example.com/site", "https://example.com/site/"),
            ("https://example.com/site/", "https://example.com/site/"),
            ("HTTPS://Condor.Example.NET:8443/a/b", "HTTPS://Condor.Example.NET:8443/a/b/"),
            ("http://[::1]:8080/preview", "http://[::1]:8080/preview/"),
            ("https://xn--bcher-kva.de/%7Esite", "https://xn--bcher-kva.de/%7Esite/"),
        ]
        for (text, expected) in cases {
            #expect(try SiteAddress.normalised(text) == expected)
        }
        let configuration = try Configuration(yaml: "site:\n  baseURL: https://condor.test/daily\n", fileName: "c.yml")
        #expect(configuration.site.baseURL == "https://condor.test/daily/")
    }

    @Test("control characters are escaped and a long value is cut to 80 characters in the message")
    func quotedValues() {
        #expect(
            throws: SiteAddressError(
                #"expected an address of printable ASCII characters without spaces, found "https://a.test/\u{1B}[31m""#)
        ) {
            try SiteAddress.normalised("https://a.test/\u{1B}[31m")
        }
        let long = "https://" + String(repeating: "a", count: 200) + ".test/ x"
        #expect(
            throws: SiteAddressError(
                "expected an address of printable ASCII characters without spaces, found \"" + String(long.prefix(80))
                    + "…\"")
        ) {
            try SiteAddress.normalised(long)
        }
        #expect(
            throws: SiteAddressError(
                #"expected an address of printable ASCII characters without spaces, found "https://bücher.de/""#)
        ) {
            try SiteAddress.normalised("https://bücher.de/")
        }
    }

    @Test("the shipped address is the placeholder, declared once, and recognised as one")
    func placeholder() {
        #expect(SiteSettings().baseURL == SiteAddress.placeholder)
        #expect(Configuration.defaults.site.baseURL == "https://example.org/condorpress/")
        #expect(SiteAddress.isPlaceholder(SiteAddress.placeholder))
        #expect(SiteAddress.isPlaceholder("https://WWW.Example.COM/site/"))
        #expect(SiteAddress.isPlaceholder("http://example.net/"))
        #expect(!SiteAddress.isPlaceholder("https://notexample.org/"))
        #expect(!SiteAddress.isPlaceholder("https://condor.example.org.uk/"))
        #expect(!SiteAddress.isPlaceholder("https://condorpress.io/"))
    }
}
