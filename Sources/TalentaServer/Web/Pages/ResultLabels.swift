import Foundation
import TalentDomain

/// The words reports use for categories, bands and aspects, in both languages.
enum ResultLabels {
    static func filling(_ category: FillingCategory, _ lang: Language) -> String {
        switch category {
        case .ms: lang.pick("Memenuhi Syarat", "Meets requirements")
        case .mms: lang.pick("Masih Memenuhi Syarat", "Still meets requirements")
        case .kms: lang.pick("Kurang Memenuhi Syarat", "Does not meet requirements")
        }
    }

    static func mapping(_ category: MappingCategory, _ lang: Language) -> String {
        switch category {
        case .optimal: lang.pick("Optimal", "Optimal")
        case .cukupOptimal: lang.pick("Cukup Optimal", "Fairly optimal")
        case .kurangOptimal: lang.pick("Kurang Optimal", "Less than optimal")
        }
    }

    static func potential(_ band: PotentialBand, _ lang: Language) -> String {
        switch band {
        case .rendah: lang.pick("rendah", "low")
        case .menengah: lang.pick("menengah", "medium")
        case .tinggi: lang.pick("tinggi", "high")
        }
    }

    static func performance(_ band: PerformanceBand, _ lang: Language) -> String {
        switch band {
        case .diBawah: lang.pick("di bawah ekspektasi", "below expectations")
        case .sesuai: lang.pick("sesuai ekspektasi", "as expected")
        case .diAtas: lang.pick("di atas ekspektasi", "above expectations")
        }
    }

    static func aspect(_ key: String, _ lang: Language) -> String {
        switch key {
        case "kemampuan-intelektual": lang.pick("Kemampuan intelektual", "Intellectual ability")
        case "kemampuan-interpersonal": lang.pick("Kemampuan interpersonal", "Interpersonal ability")
        case "kesadaran-diri": lang.pick("Kesadaran diri", "Self-awareness")
        case "berpikir-kritis-strategis": lang.pick("Berpikir kritis dan strategis", "Critical and strategic thinking")
        case "penyelesaian-masalah": lang.pick("Penyelesaian masalah", "Problem solving")
        case "kecerdasan-emosional": lang.pick("Kecerdasan emosional", "Emotional intelligence")
        case "kesediaan-belajar": lang.pick("Kesediaan untuk belajar", "Learning agility")
        case "motivasi-komitmen": lang.pick("Motivasi dan komitmen", "Motivation and commitment")
        case "integritas": lang.pick("Integritas (skala)", "Integrity (scale)")
        default: key
        }
    }

    /// A number with `digits` decimals, with a point, whatever the locale.
    static func number(_ value: Double, _ digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }
}
