import MarketData
import Strategy

/// Why an archive could not be opened, written or read; every case names its context.
public enum ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `open(at:)` found no file at the path.
    case missingFile(path: String)
    /// The file was written by a newer CondorPress: it holds migrations this version doesn't know.
    case newerSchema(path: String)
    /// SQLite reported an error (`message` is SQLite's own text, with the failing SQL when known).
    case database(path: String, message: String)
    /// A run holds a day record of another profile.
    case profileMismatch(run: Profile, date: CalendarDate, found: Profile)
    /// A run's days are not in strictly increasing date order.
    case daysOutOfOrder(profile: Profile, date: CalendarDate, previous: CalendarDate)
    /// `append` was given a day that is not after the profile's last archived day.
    case appendNotAfterLastDay(profile: Profile, date: CalendarDate, lastDate: CalendarDate)
    /// ``OutcomeArchive/canonicalCopy(to:)`` was asked to write over the archive it copies.
    case copyOntoItself(path: String)
    /// Two runs were given for the same profile.
    case duplicateRun(profile: Profile)
    /// A trade closes on a session that is not among the days being written for its profile.
    case tradeOutsideRun(profile: Profile, closeDate: CalendarDate)

    /// One line for the user, naming the file or the day concerned.
    public var description: String {
        switch self {
        case .missingFile(let path):
            return "\(path): no archive at this path"
        case .newerSchema(let path):
            return "\(path): the archive was written by a newer CondorPress (unknown schema migrations)"
        case .database(let path, let message):
            return "\(path): SQLite error: \(message)"
        case .profileMismatch(let run, let date, let found):
            return "run of profile \(run.rawValue) holds a \(found.rawValue) record on \(date.iso)"
        case .daysOutOfOrder(let profile, let date, let previous):
            return "\(profile.rawValue): day \(date.iso) follows \(previous.iso); days must be in increasing order"
        case .appendNotAfterLastDay(let profile, let date, let lastDate):
            return "\(profile.rawValue): cannot append \(date.iso), the archive already ends on \(lastDate.iso)"
        case .copyOntoItself(let path):
            return "\(path): a canonical copy must go to another file than the archive itself"
        case .duplicateRun(let profile):
            return "\(profile.rawValue): more than one run given for this profile"
        case .tradeOutsideRun(let profile, let closeDate):
            return "\(profile.rawValue): a trade closes on \(closeDate.iso), which is not a day being written"
        }
    }
}
