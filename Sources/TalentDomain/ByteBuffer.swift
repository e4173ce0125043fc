import Foundation

/// Growable bytes in memory of its own (`malloc`), so that finished text can become `Data` without a copy.
///
/// Used by one thread at a time: a writer fills it, then hands it on.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 256)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    private func grow(to needed: Int) {
        capacity = max(needed, capacity * 2)
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// The parts one after another, with `separator` between non-empty ones, between `opening` and
    /// `closing`, as `Data` that owns its memory. The parts are copied in parallel.
    static func joined(_ parts: [ByteBuffer], opening: StaticString, separator: StaticString,
                       closing: StaticString) -> Data {
        let nonEmpty = parts.filter { $0.count > 0 }
        let separatorCount = separator.utf8CodeUnitCount
        var offsets: [Int] = []
        var total = opening.utf8CodeUnitCount
        for (index, part) in nonEmpty.enumerated() {
            if index > 0 { total += separatorCount }
            offsets.append(total)
            total += part.count
        }
        total += closing.utf8CodeUnitCount
        let output = malloc(max(total, 1))!.assumingMemoryBound(to: UInt8.self)
        func copy(_ text: StaticString, to offset: Int) {
            (output + offset).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        }
        copy(opening, to: 0)
        let destination = UncheckedPointer(output)
        ParallelChunks.run(nonEmpty.count) { index in
            let at = destination.pointer + offsets[index]
            if index > 0 {
                (at - separatorCount).update(from: separator.utf8Start, count: separatorCount)
            }
            at.update(from: nonEmpty[index].base, count: nonEmpty[index].count)
        }
        copy(closing, to: total - closing.utf8CodeUnitCount)
        return Data(bytesNoCopy: output, count: total, deallocator: .free)
    }
}

/// A pointer the parallel copy writes through, each task to its own range.
private struct UncheckedPointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<UInt8>
    init(_ pointer: UnsafeMutablePointer<UInt8>) { self.pointer = pointer }
}
