import Foundation

/// Renders independent pages on every core.
enum ParallelRender {
    /// Calls `work(i)` for every `i` in `0..<count` concurrently and returns the results in index order.
    /// - Throws: the error of the lowest-numbered failing call, so failures are reported deterministically.
    static func map<T: Sendable>(count: Int, _ work: @Sendable (Int) throws -> T) throws -> [T] {
        let box = ResultBox<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            box.set(index, Result { try work(index) })
        }
        return try box.values()
    }

    /// Per-index results written from many threads, each slot by exactly one of them.
    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        private var results: [Result<T, Error>?]
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<T, Error>) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }

        func values() throws -> [T] {
            try results.compactMap { try $0?.get() }
        }
    }
}
