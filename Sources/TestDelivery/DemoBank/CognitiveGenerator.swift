import Foundation
import Psychometrics

/// Generates the demo bank's cognitive items: three families of 100 items each, 3PL, with five options
/// (so c = 0.2) and a difficulty set by the generator from the rule that makes each item hard.
///
/// The generator is deterministic: the same items, options and parameters on every machine.
enum CognitiveGenerator {
    static func items() -> [TestItem] {
        var rng = SplitMix64(seed: 2_025_11_23)
        return numberSeries(&rng) + arithmetic(&rng) + analogies(&rng)
    }

    /// Five options: the answer and four distinct distractors, in a shuffled order.
    static func options(answer: String, distractors: [String], using rng: inout SplitMix64) -> ([TestItem.Option], String) {
        var texts = [answer]
        for d in distractors where !texts.contains(d) && texts.count < 5 { texts.append(d) }
        texts.shuffle(using: &rng)
        let keys = ["A", "B", "C", "D", "E"]
        let options = zip(keys, texts).map { TestItem.Option(key: $0, text: $1) }
        return (options, keys[texts.firstIndex(of: answer)!])
    }

    static func parameters(b: Double, using rng: inout SplitMix64) -> IRTParameters {
        let a = 0.9 + Double(rng.next() % 900) / 1000          // 0.9 … 1.8
        let jitter = Double(Int(rng.next() % 41) - 20) / 100   // ±0.2
        return IRTParameters(model: .threePL, a: a, b: [b + jitter], c: 0.2)
    }

    static func item(_ key: String, area: String, stem: String, answer: String, distractors: [String], b: Double,
                     using rng: inout SplitMix64) -> TestItem {
        let (options, correct) = options(answer: answer, distractors: distractors, using: &rng)
        return TestItem(key: key, type: .singleBestAnswer, section: .cognitiveAdaptive, area: area, stem: stem,
                        options: options, correctOption: correct, parameters: parameters(b: b, using: &rng))
    }

    // MARK: - Number series: arithmetic, geometric, second-order and interleaved rules.

    static func numberSeries(_ rng: inout SplitMix64) -> [TestItem] {
        (0..<100).map { index in
            let kind = index % 4
            var terms: [Int] = []
            var difficulty = 0.0
            switch kind {
            case 0:  // arithmetic: s, s+d, s+2d, …
                let start = Int(rng.next() % 20) + 1, step = Int(rng.next() % 9) + 2
                terms = (0..<6).map { start + $0 * step }
                difficulty = -1.6
            case 1:  // geometric: ×2 or ×3
                let start = Int(rng.next() % 5) + 1, ratio = Int(rng.next() % 2) + 2
                terms = (0..<6).map { start * Int(pow(Double(ratio), Double($0))) }
                difficulty = -0.4
            case 2:  // differences grow by k
                let start = Int(rng.next() % 10) + 1, first = Int(rng.next() % 4) + 1, k = Int(rng.next() % 3) + 1
                var value = start, difference = first
                for _ in 0..<6 {
                    terms.append(value)
                    value += difference
                    difference += k
                }
                difficulty = 0.6
            default:  // two interleaved arithmetic series
                let a = Int(rng.next() % 10) + 1, b = Int(rng.next() % 10) + 20
                let da = Int(rng.next() % 4) + 2, db = -(Int(rng.next() % 3) + 1)
                terms = (0..<6).map { $0 % 2 == 0 ? a + ($0 / 2) * da : b + ($0 / 2) * db }
                difficulty = 1.5
            }
            let shown = terms.prefix(5).map(String.init).joined(separator: ", ")
            let answer = terms[5]
            let step = abs(terms[5] - terms[4])
            let distractors = [answer + 1, answer - 1, terms[4] + (step == 0 ? 2 : step) * 2, answer + 2, answer - 2, answer + 3]
                .map(String.init)
            return item(String(format: "KOG-DERET-%03d", index + 1), area: "deret-angka",
                        stem: "Bilangan berapakah yang tepat untuk melanjutkan deret berikut?\n\(shown), …",
                        answer: String(answer), distractors: distractors, b: difficulty, using: &rng)
        }
    }

    // MARK: - Arithmetic reasoning in office settings.

    static func arithmetic(_ rng: inout SplitMix64) -> [TestItem] {
        (0..<100).map { index in
            let kind = index % 5
            let stem: String, answer: Int, distractors: [Int], difficulty: Double
            switch kind {
            case 0:
                let budget = (Int(rng.next() % 40) + 10) * 50, percent = [10, 20, 25, 30, 40, 60][Int(rng.next() % 6)]
                answer = budget * (100 - percent) / 100
                stem = "Anggaran sebuah dinas Rp\(budget) juta. Sebanyak \(percent)% telah terserap pada triwulan pertama. Berapa juta rupiah sisa anggarannya?"
                distractors = [budget * percent / 100, answer + 50, answer - 50, budget - percent]
                difficulty = -1.2
            case 1:
                let staff = Int(rng.next() % 8) + 3, perDay = Int(rng.next() % 15) + 10, days = Int(rng.next() % 4) + 2
                answer = staff * perDay * days
                stem = "Seorang petugas loket melayani \(perDay) warga per hari. Berapa warga yang dilayani \(staff) petugas dalam \(days) hari?"
                distractors = [staff * perDay, perDay * days, answer + staff, answer - perDay]
                difficulty = -0.6
            case 2:
                let values = (0..<4).map { _ in Int(rng.next() % 40) + 60 }
                let fifth = (values.reduce(0, +) % 5 == 0) ? 80 : 80 + (5 - values.reduce(0, +) % 5)
                let all = values + [fifth]
                answer = all.reduce(0, +) / 5
                stem = "Nilai kinerja lima pegawai adalah \(all.map(String.init).joined(separator: ", ")). Berapakah rata-ratanya?"
                distractors = [answer + 1, answer - 1, answer + 2, all.max()!]
                difficulty = 0.0
            case 3:
                let a = Int(rng.next() % 4) + 1, b = Int(rng.next() % 4) + 2, unit = Int(rng.next() % 20) + 5
                let total = (a + b) * unit
                answer = a * unit
                stem = "Dana hibah Rp\(total) juta dibagi kepada dua kecamatan dengan perbandingan \(a) : \(b). Berapa juta rupiah bagian kecamatan pertama?"
                distractors = [b * unit, total / 2, answer + unit, total - unit]
                difficulty = 0.7
            default:
                let before = (Int(rng.next() % 30) + 20) * 10, percent = [5, 10, 15, 20, 25][Int(rng.next() % 5)]
                let after = before + before * percent / 100
                answer = percent
                stem = "Jumlah pengaduan layanan naik dari \(before) menjadi \(after) dalam setahun. Berapa persen kenaikannya?"
                distractors = [percent + 5, percent * 2, after - before, percent - 5 > 0 ? percent - 5 : percent + 10]
                difficulty = 1.3
            }
            return item(String(format: "KOG-ARIT-%03d", index + 1), area: "aritmetika", stem: stem,
                        answer: String(answer), distractors: distractors.map(String.init), b: difficulty, using: &rng)
        }
    }

    // MARK: - Verbal analogies.

    static let relations: [(name: String, difficulty: Double, pairs: [(String, String)])] = [
        ("profesi : tempat kerja", -1.3, [("DOKTER", "RUMAH SAKIT"), ("GURU", "SEKOLAH"), ("HAKIM", "PENGADILAN"),
                                         ("PETANI", "SAWAH"), ("NELAYAN", "LAUT"), ("PUSTAKAWAN", "PERPUSTAKAAN")]),
        ("alat : pengguna", -0.7, [("STETOSKOP", "DOKTER"), ("KAPAK", "PENEBANG"), ("KUAS", "PELUKIS"),
                                  ("JARING", "NELAYAN"), ("PALU", "TUKANG"), ("TERMOMETER", "PERAWAT")]),
        ("bagian : keseluruhan", -0.2, [("HALAMAN", "BUKU"), ("PASAL", "UNDANG-UNDANG"), ("KELURAHAN", "KECAMATAN"),
                                       ("RODA", "MOBIL"), ("DAUN", "POHON"), ("BIDANG", "DINAS")]),
        ("sinonim", 0.3, [("CERMAT", "TELITI"), ("LAZIM", "BIASA"), ("NISBI", "RELATIF"), ("MUFAKAT", "SEPAKAT"),
                          ("KENDALA", "HAMBATAN"), ("GIGIH", "TEKUN")]),
        ("antonim", 0.6, [("BOROS", "HEMAT"), ("NAIF", "BIJAK"), ("SEMENTARA", "PERMANEN"), ("SENTRAL", "PERIFER"),
                          ("APATIS", "PEDULI"), ("PASANG", "SURUT")]),
        ("sebab : akibat", 1.0, [("HUJAN", "BANJIR"), ("KORUPSI", "KERUGIAN"), ("LATIHAN", "MAHIR"),
                                 ("KEMARAU", "KEKERINGAN"), ("INFLASI", "KENAIKAN HARGA"), ("LALAI", "KECELAKAAN")]),
        ("bahan : hasil", 1.4, [("BENANG", "KAIN"), ("TEBU", "GULA"), ("KEDELAI", "TEMPE"), ("PADI", "BERAS"),
                                ("KAYU", "KERTAS"), ("SUSU", "KEJU")]),
    ]

    static func analogies(_ rng: inout SplitMix64) -> [TestItem] {
        var items: [TestItem] = []
        var index = 0
        outer: for round in 0..<6 {
            for (r, relation) in relations.enumerated() {
                for offset in 1..<6 {
                    let first = relation.pairs[(round) % 6], second = relation.pairs[(round + offset) % 6]
                    // Distractors: second words of the other relations, and the first word of the target pair's relation.
                    let others = relations.enumerated().filter { $0.offset != r }.map { $0.element.pairs[(round + offset) % 6].1 }
                    let distractors = Array(others.shuffled(using: &rng).prefix(4))
                    index += 1
                    items.append(item(String(format: "KOG-ANALOGI-%03d", index), area: "analogi-verbal",
                                      stem: "\(first.0) : \(first.1) = \(second.0) : …",
                                      answer: second.1, distractors: distractors, b: relation.difficulty, using: &rng))
                    if items.count == 100 { break outer }
                }
            }
        }
        return items
    }
}
