import Dispatch
import Foundation

/// Deterministic parallel work over a fixed partition of a range.
///
/// The partition depends only on the problem size, never on the number of threads, and callers
/// merge per-chunk results in chunk order, so results are bit-for-bit reproducible.
enum ParallelChunks {
    /// The number of chunks used for `count` work units: at most `maximumChunks`, at least one,
    /// with at least `minimumChunkSize` units per chunk.
    static func chunkCount(for count: Int, maximumChunks: Int = 16, minimumChunkSize: Int = 256) -> Int {
        max(1, min(maximumChunks, (count + minimumChunkSize - 1) / minimumChunkSize))
    }

    /// The half-open range of chunk `chunk` out of `chunks` over `0 ..< count`.
    static func range(of chunk: Int, chunks: Int, count: Int) -> Range<Int> {
        let lower = count * chunk / chunks
        let upper = count * (chunk + 1) / chunks
        return lower ..< upper
    }

    /// Runs `body` once per chunk, concurrently when there is more than one.
    /// - Parameters:
    ///   - chunks: the number of chunks.
    ///   - body: work for one chunk index; must only write to memory owned by that chunk.
    static func run(_ chunks: Int, _ body: (Int) -> Void) {
        if chunks == 1 || ProcessInfo.processInfo.activeProcessorCount == 1 {
            for c in 0 ..< chunks { body(c) }
        } else {
            withoutActuallyEscaping(body) { body in
                let box = UncheckedSendable(body)
                DispatchQueue.concurrentPerform(iterations: chunks) { box.value($0) }
            }
        }
    }
}

/// Carries a value across a concurrency boundary that the compiler cannot check. Used only by
/// `ParallelChunks.run`, whose callers guarantee that each chunk writes only to its own memory
/// and that `run` returns after all chunks finish.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
