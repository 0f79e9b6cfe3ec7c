import Foundation

/// Renders independent pages on every core, collecting the first error.
enum ParallelRender {
    /// Calls `work(i)` for every `i` in `0..<count` concurrently and sums what the calls return.
    /// - Throws: the error of the lowest-numbered failing call, so failures are reported deterministically.
    static func run(count: Int, _ work: @Sendable (Int) throws -> Int) throws -> Int {
        let box = ResultBox(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            box.set(index, Result { try work(index) })
        }
        return try box.total()
    }

    /// Per-index results written from many threads, each slot by exactly one of them.
    private final class ResultBox: @unchecked Sendable {
        private var results: [Result<Int, Error>?]
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<Int, Error>) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }

        func total() throws -> Int {
            var sum = 0
            for result in results {
                if let result { sum += try result.get() }
            }
            return sum
        }
    }
}
