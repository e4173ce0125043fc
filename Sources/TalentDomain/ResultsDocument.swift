import Foundation

/// The results document, `{"results": [...]}`, sized exactly and then written in parallel straight into its
/// final memory: no part is copied twice and no buffer grows.
///
/// A source splits its results into chunks and writes a chunk through whatever writer it is given. Each
/// chunk is first written into a `ByteCount` (which only counts), then, at its exact offset, into a
/// `ByteRegion` of one allocation that becomes the `Data`. Chunks are joined by `,\n`.
enum ResultsDocument {
    static func make(_ source: some ResultsSource) -> Data {
        let chunks = source.chunkCount
        let sizes = ParallelChunks.map(tasks: chunks) { chunk in
            var writer = EvaluationResultsWriter(ByteCount())
            source.write(chunk: chunk, into: &writer)
            return writer.sink.count
        }
        let opening: StaticString = "{\n  \"results\": [\n", separator: StaticString = ",\n", closing: StaticString = "\n  ]\n}\n"
        guard sizes.contains(where: { $0 > 0 }) else { return Data("{\n  \"results\": []\n}\n".utf8) }
        var offsets: [Int] = []
        var total = opening.utf8CodeUnitCount
        for size in sizes {
            if size > 0 && total > opening.utf8CodeUnitCount { total += separator.utf8CodeUnitCount }
            offsets.append(total)
            total += size
        }
        total += closing.utf8CodeUnitCount
        let output = malloc(total)!.assumingMemoryBound(to: UInt8.self)
        func put(_ text: StaticString, at offset: Int) {
            (output + offset).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        }
        put(opening, at: 0)
        for (chunk, size) in sizes.enumerated() where size > 0 && offsets[chunk] > opening.utf8CodeUnitCount {
            put(separator, at: offsets[chunk] - separator.utf8CodeUnitCount)
        }
        put(closing, at: total - closing.utf8CodeUnitCount)
        ParallelChunks.run(chunks) { chunk in
            guard sizes[chunk] > 0 else { return }
            var writer = EvaluationResultsWriter(ByteRegion(output + offsets[chunk], capacity: sizes[chunk]))
            source.write(chunk: chunk, into: &writer)
            precondition(writer.sink.count == sizes[chunk], "a chunk of results wrote other bytes than it counted")
        }
        return Data(bytesNoCopy: output, count: total, deallocator: .free)
    }
}

/// Results in chunks, each written the same way into any writer.
protocol ResultsSource {
    var chunkCount: Int { get }
    func write<Sink: ByteSink>(chunk: Int, into writer: inout EvaluationResultsWriter<Sink>)
}

/// Where a writer's bytes go.
protocol ByteSink {
    mutating func append(_ bytes: UnsafeRawBufferPointer)
    mutating func append(_ byte: UInt8)
}

extension ByteSink {
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }
}

/// Counts bytes without keeping them.
struct ByteCount: ByteSink {
    private(set) var count = 0

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) { count += bytes.count }

    @inline(__always)
    mutating func append(_ byte: UInt8) { count += 1 }
}

/// Writes into memory owned elsewhere and sized beforehand; writing past its end is a bug and stops.
struct ByteRegion: ByteSink {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        precondition(count + bytes.count <= capacity, "results outgrew the size counted for them")
        (base + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        precondition(count < capacity, "results outgrew the size counted for them")
        base[count] = byte
        count += 1
    }
}

/// Keeps the bytes in an array, for small texts made once.
struct ByteArray: ByteSink {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }
}
