import Dispatch

/// Deterministic parallel work: tasks or a fixed partition of `0 ..< count`.
///
/// The partition depends only on the problem size, never on the number of threads, and results are kept in
/// task order, so the output is the same on any machine. (The same pattern as Psychometrics' helper of
/// this name; TalentDomain keeps its own so that it depends on nothing.)
enum ParallelChunks {
    /// The number of chunks for `count` units: at most `maximumChunks`, at least one, with at least
    /// `minimumChunkSize` units per chunk.
    static func chunkCount(for count: Int, maximumChunks: Int = 32, minimumChunkSize: Int = 2_048) -> Int {
        max(1, min(maximumChunks, (count + minimumChunkSize - 1) / minimumChunkSize))
    }

    /// The half-open range of chunk `chunk` out of `chunks` over `0 ..< count`.
    static func range(of chunk: Int, chunks: Int, count: Int) -> Range<Int> {
        count * chunk / chunks ..< count * (chunk + 1) / chunks
    }

    /// Runs `body` once per task, concurrently when there is more than one.
    /// - Parameter body: the work of one task index; it must only write memory that task owns.
    static func run(_ tasks: Int, _ body: (Int) -> Void) {
        if tasks == 1 {
            body(0)
        } else if tasks > 1 {
            withoutActuallyEscaping(body) { body in
                let shared = UncheckedSendable(body)
                DispatchQueue.concurrentPerform(iterations: tasks) { shared.value($0) }
            }
        }
    }

    /// `body` of each task index, computed concurrently, the results in task order.
    static func map<T>(tasks: Int, _ body: (Int) -> T) -> [T] {
        Array(unsafeUninitializedCapacity: tasks) { buffer, initialized in
            let base = UncheckedSendable(buffer.baseAddress)
            run(tasks) { task in (base.value! + task).initialize(to: body(task)) }
            initialized = tasks
        }
    }

    /// `transform` of each of `0 ..< count`, computed in parallel chunks, in order.
    static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        let chunks = chunkCount(for: count)
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UncheckedSendable(buffer.baseAddress)
            run(chunks) { chunk in
                for index in range(of: chunk, chunks: chunks, count: count) {
                    (base.value! + index).initialize(to: transform(index))
                }
            }
            initialized = count
        }
    }
}

/// Carries a value across a concurrency boundary the compiler cannot check. Used only by
/// `ParallelChunks`, whose chunks each write only their own memory, and which returns after all finish.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
