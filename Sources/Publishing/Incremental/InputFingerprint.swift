import Foundation
import MarketData
import Strategy

/// Fingerprints of a build's inputs, so unchanged pages can be reused from the previous site.
enum InputFingerprint {
    /// The hash of everything every page depends on apart from its own data: the tool version,
    /// every template, every content file outside the data and static folders (static files are
    /// copied, not rendered: pages do not depend on them), the configuration and the options.
    static func global(options: BuildOptions) throws -> String {
        var hash = StableHash()
        hash.combine(options: options)
        let dataFolder = URL(fileURLWithPath: options.data).standardizedFileURL.path
        let staticFolder = URL(fileURLWithPath: options.content).appendingPathComponent(StaticFiles.folderName)
            .standardizedFileURL.path
        for folder in [options.templates, options.content] {
            for file in try files(below: folder)
            where !file.hasPrefix(dataFolder + "/") && !file.hasPrefix(staticFolder + "/") {
                hash.combine(file: file, below: folder)
            }
        }
        hash.combine(file: options.config)
        return hash.hex
    }

    /// The hash of everything every briefing shares: the tool version, the options, every
    /// template (not the stylesheet, which pages only link to), the glossary's link targets (the
    /// names, slugs and summaries a briefing's links are made from) and the configuration.
    ///
    /// Editing a glossary definition, a rule page, a free page or the stylesheet leaves it
    /// unchanged, so such an edit rebuilds the pages it touches and keeps every briefing.
    static func briefings(options: BuildOptions, linkTargets: [GlossaryLinkTarget]) throws -> String {
        var hash = StableHash()
        hash.combine(options: options)
        for file in try files(below: options.templates) where file.hasSuffix(".mustache") {
            hash.combine(file: file, below: options.templates)
        }
        for target in linkTargets {
            hash.combine(target.slug)
            for name in target.names { hash.combine(name) }
            hash.combine(target.summary)
        }
        hash.combine(file: options.config)
        return hash.hex
    }

    /// The hash of the configuration file, the events, the optional files' coverage, the SPX
    /// warm-up closes and the sessions of `series` up to and including index `last` (all of them
    /// when nil): what the archive and the briefings of those sessions are computed from.
    ///
    /// A build whose series extends the previous one compares the previous build's key with the
    /// key of its own sessions up to the previous last one: equal keys mean only days were appended.
    /// A change to the warm-up closes (realised volatility of the first sessions), or to which
    /// optional files were supplied and where they start (what the briefings say is unknown),
    /// therefore makes every briefing's own key be compared.
    static func series(_ series: MarketSeries, configuration path: String, through last: Int? = nil) -> String {
        var hash = StableHash()
        hash.combine(file: path)
        // Which optional files were supplied and where each starts; not where each ends, which
        // moves when rows are appended (an events file's end is in its events, hashed below).
        for file in MarketDataFile.allCases {
            guard let coverage = series.coverage[file] else { continue }
            hash.combine(file.fileName + "|" + (coverage.first?.iso ?? ""))
        }
        // The archive's columns: rows kept from an earlier build must have every column of this one.
        let schema = OutcomeSchema.columns
        for table in [schema.days.columns, schema.firings.columns, schema.hedges.columns, schema.trades.columns] {
            hash.combine(table.map(\.name).joined(separator: ","))
        }
        let end = min(last.map { $0 + 1 } ?? series.days.count, series.days.count)
        do {
            // The values themselves, every field, so that no field of a day can be left out by hand.
            try hash.combine(encoding: series.events)
            try hash.combine(encoding: series.spxWarmUp)
            try hash.combine(encoding: Array(series.days[..<end]))
            if let chain = series.chain, end > 0 {
                hash.combine(quotesOf: chain, through: series.days[end - 1].date)
            }
        } catch {
            preconditionFailure("market data always has a stable encoding (non-finite numbers are text): \(error)")
        }
        return hash.hex
    }

    /// Every regular file below `folder`, as standardised absolute paths, sorted.
    static func files(below folder: String) throws -> [String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var result: [String] = []
        for case let relative as String in enumerator {
            let path = root.path + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }
}

extension StableHash {
    /// Mixes in the tool version and the options every page depends on.
    fileprivate mutating func combine(options: BuildOptions) {
        combine(CondorPressVersion.current)
        combine(options.baseURL ?? "")
        combine(options.from?.iso ?? "")
        // Only an explicit override counts, so the keys of builds without one stay as they were.
        if let search = options.search { combine(search ? "search" : "no search") }
        if !options.glossaryLinks { combine("without glossary links") }
    }

    /// Mixes in a file's path relative to `folder` (when given) and its bytes.
    fileprivate mutating func combine(file: String, below folder: String? = nil) {
        if let folder {
            let root = URL(fileURLWithPath: folder).standardizedFileURL.path
            combine(file.hasPrefix(root) ? String(file.dropFirst(root.count)) : file)
        }
        if let data = FileManager.default.contents(atPath: file) { combine(bytes: data) }
    }
}

extension StableHash {
    /// Adds every quote of `chain` dated `last` or earlier: each field of each quote, in file order.
    fileprivate mutating func combine(quotesOf chain: OptionChain, through last: CalendarDate) {
        var words: [UInt64] = []
        for day in chain.days where day.date <= last {
            words.removeAll(keepingCapacity: true)
            words.append(UInt64(bitPattern: Int64(day.date.daysSinceEpoch)))
            words.append((day.underlying ?? .nan).bitPattern)
            words.append(UInt64(day.quotes.count))
            for quote in day.quotes {
                words.append(UInt64(bitPattern: Int64(quote.expiration.daysSinceEpoch)))
                words.append(UInt64(quote.right.rawValue))
                words.append(quote.strike.bitPattern)
                words.append(quote.bid.bitPattern)
                words.append(quote.ask.bitPattern)
                words.append((quote.impliedVolatility ?? .nan).bitPattern)
                words.append((quote.delta ?? .nan).bitPattern)
            }
            words.withUnsafeBytes { combine(buffer: $0) }
        }
    }
}
