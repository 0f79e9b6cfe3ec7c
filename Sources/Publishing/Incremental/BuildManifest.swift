import Foundation
import MarketData

/// What the previous build published, kept inside the output as `.condorpress/manifest` so the
/// next build can tell what changed.
///
/// The manifest is published with the site (swapped in or journaled with it), so it always
/// describes exactly the files beside it. Its text form is one record a line, read in a few
/// milliseconds for 36 years of briefings:
///
/// ```
/// condorpress-manifest 2
/// tool 0.1.0
/// global <hash of templates, content, configuration and options>
/// briefings <hash of what every briefing shares: templates, glossary links, configuration, options>
/// data <hash of the configuration, events and every evaluated session>
/// last <ISO date of the last published session>
/// term <glossary slug>                    (one line each; numbered from 0 in order)
/// file <relative path>                    (every published file but the briefings)
/// briefing <ISO date> <hash of its inputs> <term number>…
/// ```
struct BuildManifest: Sendable, Equatable {
    /// One published briefing: the hash of everything its two files were made from, and the
    /// glossary terms it links to.
    struct Briefing: Sendable, Equatable {
        var key: String
        var terms: [String]
    }

    /// The manifest's own format; a different value means "rebuild everything".
    static let format = 2
    /// Where the manifest lives inside the output folder.
    static let path = ".condorpress/manifest"

    /// The tool version that wrote it.
    var tool = CondorPressVersion.current
    /// The hash of everything every page depends on apart from the market data.
    var globalKey = ""
    /// The hash of what every briefing shares (see `InputFingerprint.briefings`).
    var briefingKey = ""
    /// The hash of the configuration, the events and every session evaluated.
    var dataKey = ""
    /// The last published session.
    var lastDate: CalendarDate?
    /// Every published file other than the briefings, sorted.
    var files: [String] = []
    /// Briefings by date.
    var briefings: [CalendarDate: Briefing] = [:]

    /// The two files of the briefing of `date`.
    static func briefingPaths(_ date: CalendarDate) -> [String] {
        ["briefings/\(date.iso)/index.html", "briefings/\(date.iso)/briefing.md"]
    }

    /// Reads the manifest of the site in `output`, or nil when there is none, it is unreadable,
    /// or another format or tool version wrote it (the next build is then a full one).
    static func load(from output: URL) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else {
            return nil
        }
        return data.withUnsafeBytes { BuildManifest(bytes: $0) }
    }

    /// An empty manifest, filled in by a build.
    init() {}
}

/// The version of CondorPress, recorded in manifests so that a new tool never reuses old pages.
public enum CondorPressVersion {
    /// The version string.
    public static let current = "0.1.0"
}
