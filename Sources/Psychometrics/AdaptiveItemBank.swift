import Foundation

/// An item bank prepared for adaptive testing: every per-item quantity the engine needs is
/// computed once, so each selection step is cheap.
///
/// Precomputed:
/// ```
/// logP[j][x][k] = log P_{j,x}(θ_k)            at the EAP quadrature nodes θ_k
/// info[g][j]    = I_j(t_g),  t_g = lo + g·h   on an information grid
/// top[g]        = the M most informative items at t_g, best first, with their information
/// ```
/// Information at θ is read by linear interpolation between grid points (θ is clamped to the
/// grid), which with the default step h = 0.05 is within about 0.1% of the exact value. The
/// preparation is a pure function of its inputs, so a restarted server rebuilds the identical
/// value.
public struct AdaptiveItemBank: Sendable {
    /// The source bank.
    public let bank: ItemBank
    /// Sympson–Hetter exposure parameters K_j ∈ [0, 1], one per item (1 = no control).
    public let exposure: [Double]
    /// The content areas (sorted names) and each item's index into them (−1 for none).
    public let areas: [String]
    let itemArea: [Int]
    let idIndex: [String: Int]
    /// EAP quadrature.
    let nodes: [Double]
    let logPrior: [Double]
    let logProbabilityOffset: [Int]
    let logProbability: [Double]
    /// Information grid.
    let gridLower: Double
    let gridStep: Double
    let gridCount: Int
    let information: [Double]
    let topCount: Int
    let top: [Int32]
    let topValue: [Double]

    /// Prepares a bank.
    /// - Parameters:
    ///   - bank: the items.
    ///   - exposureParameters: Sympson–Hetter K per item id (missing ids get 1).
    ///   - quadraturePoints: EAP nodes (default 41, equally spaced over ±5 prior SDs).
    ///   - priorMean: EAP prior mean.
    ///   - priorStandardDeviation: EAP prior SD.
    ///   - informationRange: the θ range of the information grid.
    ///   - informationStep: the grid step h.
    /// - Throws: `emptyData` for an empty bank, `invalidParameter` for K outside [0, 1] or bad grid
    ///   settings, `unknownAnchor` for an exposure id not in the bank.
    /// - Complexity: O(items × (grid points + quadrature points × categories)), parallel over grid points.
    public init(bank: ItemBank, exposureParameters: [String: Double] = [:], quadraturePoints: Int = 41,
                priorMean: Double = 0, priorStandardDeviation: Double = 1,
                informationRange: ClosedRange<Double> = -4 ... 4, informationStep: Double = 0.05) throws {
        guard !bank.items.isEmpty else { throw PsychometricsError.emptyData(context: "the item bank is empty") }
        guard informationStep > 0, informationRange.upperBound > informationRange.lowerBound else {
            throw PsychometricsError.invalidParameter(name: "informationStep", value: informationStep, reason: "must be positive over a non-empty range")
        }
        self.bank = bank
        let n = bank.items.count
        var index: [String: Int] = [:]
        for (j, item) in bank.items.enumerated() {
            guard index[item.id] == nil else { throw PsychometricsError.malformedBank(reason: "duplicate item id \(item.id)") }
            index[item.id] = j
        }
        idIndex = index
        var exposure = [Double](repeating: 1, count: n)
        for (id, k) in exposureParameters {
            guard let j = index[id] else { throw PsychometricsError.unknownAnchor(id: id) }
            guard k >= 0, k <= 1 else { throw PsychometricsError.invalidParameter(name: "exposure of \(id)", value: k, reason: "must be in [0, 1]") }
            exposure[j] = k
        }
        self.exposure = exposure
        areas = Array(Set(bank.items.compactMap(\.area))).sorted()
        let areaIndex = Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($1, $0) })
        itemArea = bank.items.map { $0.area.flatMap { areaIndex[$0] } ?? -1 }

        let grid = try QuadratureGrid(count: quadraturePoints, mean: priorMean, standardDeviation: priorStandardDeviation,
                                      rule: .equallySpaced(halfWidth: 5))
        nodes = grid.nodes
        logPrior = grid.weights.map { log($0) }
        var offsets = [0]
        var table: [Double] = []
        for item in bank.items {
            table.append(contentsOf: item.parameters.logProbabilityTable(at: grid.nodes))
            offsets.append(table.count)
        }
        logProbabilityOffset = offsets
        logProbability = table

        gridLower = informationRange.lowerBound
        gridStep = informationStep
        let g = Int(((informationRange.upperBound - informationRange.lowerBound) / informationStep).rounded(.up)) + 1
        gridCount = g
        let m = min(n, 128)
        topCount = m
        var information = [Double](repeating: 0, count: g * n)
        var top = [Int32](repeating: 0, count: g * m)
        var values = [Double](repeating: 0, count: g * m)
        let items = bank.items.map(\.parameters)
        let lower = gridLower, step = gridStep
        information.withUnsafeMutableBufferPointer { info in
        top.withUnsafeMutableBufferPointer { top in
        values.withUnsafeMutableBufferPointer { values in
            let chunks = ParallelChunks.chunkCount(for: g, maximumChunks: 16, minimumChunkSize: 4)
            ParallelChunks.run(chunks) { chunk in
                var heap = TopHeap(capacity: m)
                for row in ParallelChunks.range(of: chunk, chunks: chunks, count: g) {
                    let theta = lower + Double(row) * step
                    heap.removeAll()
                    for j in 0 ..< n {
                        let value = items[j].information(at: theta)
                        info[row * n + j] = value
                        heap.offer(value, j)
                    }
                    let best = heap.sortedDescending()
                    for (rank, entry) in best.enumerated() {
                        top[row * m + rank] = Int32(entry.index)
                        values[row * m + rank] = entry.value
                    }
                }
            }
        }}}
        self.information = information
        self.top = top
        topValue = values
    }

    /// The number of items.
    public var count: Int { bank.items.count }

    /// The index of an item id, or `nil`.
    public func index(of id: String) -> Int? { idIndex[id] }

    /// The interpolated information of item `j` at grid position (`row`, weight `w`).
    @inline(__always)
    func interpolatedInformation(_ j: Int, row: Int, weight w: Double) -> Double {
        let n = count
        let i0 = information[row * n + j]
        return w == 0 ? i0 : i0 + w * (information[(row + 1) * n + j] - i0)
    }

    /// The grid row and interpolation weight for θ (clamped to the grid).
    func gridPosition(_ theta: Double) -> (row: Int, weight: Double) {
        let t = (theta - gridLower) / gridStep
        if !(t > 0) { return (0, 0) }
        if t >= Double(gridCount - 1) { return (gridCount - 1, 0) }
        let row = Int(t)
        return (row, t - Double(row))
    }
}

/// A fixed-capacity min-heap keeping the largest values (ties broken towards lower indices).
struct TopHeap {
    struct Entry { var value: Double; var index: Int }
    let capacity: Int
    private var entries: [Entry] = []

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// Whether `a` ranks below `b` (smaller value, or equal value and larger index).
    private func below(_ a: Entry, _ b: Entry) -> Bool {
        a.value < b.value || (a.value == b.value && a.index > b.index)
    }

    mutating func offer(_ value: Double, _ index: Int) {
        let entry = Entry(value: value, index: index)
        if entries.count < capacity {
            entries.append(entry)
            var i = entries.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard below(entries[i], entries[parent]) else { break }
                entries.swapAt(i, parent)
                i = parent
            }
        } else if capacity > 0, below(entries[0], entry) {
            entries[0] = entry
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var smallest = i
                if l < entries.count, below(entries[l], entries[smallest]) { smallest = l }
                if r < entries.count, below(entries[r], entries[smallest]) { smallest = r }
                if smallest == i { break }
                entries.swapAt(i, smallest)
                i = smallest
            }
        }
    }

    var count: Int { entries.count }

    func containsIndex(_ index: Int) -> Bool { entries.contains { $0.index == index } }

    /// The smallest kept entry.
    var minimum: Entry? { entries.first }

    func sortedDescending() -> [Entry] {
        entries.sorted { below($1, $0) }
    }
}
