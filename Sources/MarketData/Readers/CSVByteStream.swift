import Foundation

/// The bytes of one input, from a file read in chunks or from memory, fed to yaslab's `CSVReader`.
///
/// `CSVReader` reads an `InputStream` incrementally, so a file is never held whole. This stream
/// adds one guard a streaming parser needs: a line longer than ``maximumLineLength`` bytes ends the
/// input there (``overlongLine`` says where), so a file without line breaks cannot grow one field
/// without bound. It counts LF bytes to know the line, as ``CSVRowStream`` does.
final class CSVByteStream: InputStream {
    /// The longest line accepted, in bytes: far above any CSV row of daily data.
    static let maximumLineLength = 65_536

    /// Where the bytes come from.
    private enum Source {
        case memory([UInt8])
        case file(FileHandle)
    }

    private let source: Source
    private let chunkSize = 65_536
    private var chunk: [UInt8] = []
    private var chunkPosition = 0
    private var memoryPosition = 0
    private var atEnd = false
    private var status: Stream.Status = .notOpen
    private var lineLength = 0
    private var line = 1

    /// The 1-based line that exceeded ``maximumLineLength`` bytes, where the input was cut; nil when
    /// no line did.
    private(set) var overlongLine: Int?

    /// A stream over bytes held in memory.
    init(bytes: [UInt8]) {
        source = .memory(bytes)
        super.init(data: Data())
    }

    /// A stream over a file, or nil when it cannot be opened for reading.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        source = .file(handle)
        super.init(data: Data())
    }

    deinit {
        if case .file(let handle) = source { try? handle.close() }
    }

    override func open() { status = .open }

    override func close() { status = .closed }

    override var streamStatus: Stream.Status { status }

    override var streamError: Error? { nil }

    /// True while bytes remain; reads ahead one chunk so that the answer is exact at the end, as
    /// `CSVReader` expects.
    override var hasBytesAvailable: Bool {
        if chunkPosition < chunk.count { return true }
        refill()
        return chunkPosition < chunk.count
    }

    /// Copies up to `len` bytes, stopping (and ending the input) inside a line that is too long.
    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        if chunkPosition >= chunk.count { refill() }
        var count = 0
        while count < len, chunkPosition < chunk.count {
            let byte = chunk[chunkPosition]
            if byte == UInt8(ascii: "\n") {
                lineLength = 0
                line += 1
            } else {
                lineLength += 1
                if lineLength > Self.maximumLineLength {
                    overlongLine = line
                    atEnd = true
                    chunk = []
                    chunkPosition = 0
                    return count
                }
            }
            buffer[count] = byte
            count += 1
            chunkPosition += 1
        }
        return count
    }

    /// Loads the next chunk, or marks the end of the input.
    private func refill() {
        chunk = []
        chunkPosition = 0
        guard !atEnd else { return }
        switch source {
        case .memory(let bytes):
            let end = min(bytes.count, memoryPosition + chunkSize)
            chunk = Array(bytes[memoryPosition..<end])
            memoryPosition = end
        case .file(let handle):
            chunk = [UInt8]((try? handle.read(upToCount: chunkSize)) ?? Data())
        }
        if chunk.isEmpty { atEnd = true }
    }
}
