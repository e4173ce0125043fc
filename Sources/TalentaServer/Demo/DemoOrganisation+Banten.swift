import TalentDomain

extension DemoOrganisation {
    /// Provinsi Banten: a smaller set of posts and officials, a second tenant for the demo.
    static let provinsiBanten: DemoOrganisation = {
        let units: [Unit] = [
            Unit(code: "SETDA", name: "Sekretariat Daerah Provinsi Banten"),
            Unit(code: "BKD", name: "Badan Kepegawaian Daerah"),
            Unit(code: "BAPPEDA", name: "Badan Perencanaan Pembangunan Daerah"),
            Unit(code: "DINDIKBUD", name: "Dinas Pendidikan dan Kebudayaan"),
            Unit(code: "DINKES", name: "Dinas Kesehatan"),
            Unit(code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ]
        let posts: [Post] = [
            Post(code: "BTN-SEKDA", name: "Sekretaris Daerah Provinsi Banten", unit: "SETDA", jobClass: .jptMadya,
                 rankFloor: "IV/c", critical: true),
            Post(code: "BTN-BKD", name: "Kepala Badan Kepegawaian Daerah", unit: "BKD", technical: ["T.SDM.01": 4]),
            Post(code: "BTN-BAPPEDA", name: "Kepala Badan Perencanaan Pembangunan Daerah", unit: "BAPPEDA",
                 critical: true),
            Post(code: "BTN-DINDIKBUD", name: "Kepala Dinas Pendidikan dan Kebudayaan", unit: "DINDIKBUD"),
            Post(code: "BTN-DINKES", name: "Kepala Dinas Kesehatan", unit: "DINKES", technical: ["T.KES.01": 4]),
            Post(code: "BTN-DPUPR", name: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", unit: "DPUPR"),
        ]
        let names: [(String, Sex)] = [
            ("Dr. H. Mohamad Rizal, M.Si.", .male), ("Hj. Tati Suryati, S.E., M.M.", .female),
            ("Ir. Joko Prasetyo, M.T.", .male), ("Dra. Yuyun Yuningsih, M.Pd.", .female),
            ("dr. Ati Pramudji, M.Kes.", .female),
        ]
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0.name) })
        return DemoOrganisation(code: "prov-banten", name: "Pemerintah Provinsi Banten", kind: .provinsi,
                                region: "Banten", units: units, posts: posts,
                                officials: officials(names: names, posts: posts, unitNames: unitNames, sequenceBase: 100))
    }()

    /// Kota Tangerang: a third tenant, also already on talent management.
    static let kotaTangerang: DemoOrganisation = {
        let units: [Unit] = [
            Unit(code: "SETDA", name: "Sekretariat Daerah"),
            Unit(code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
            Unit(code: "DISKOMINFO", name: "Dinas Komunikasi dan Informatika"),
            Unit(code: "DISHUB", name: "Dinas Perhubungan"),
            Unit(code: "DINSOS", name: "Dinas Sosial"),
        ]
        let posts: [Post] = [
            Post(code: "TNG-SEKDA", name: "Sekretaris Daerah", unit: "SETDA", rankFloor: "IV/b", critical: true),
            Post(code: "TNG-BKPSDM", name: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                 unit: "BKPSDM"),
            Post(code: "TNG-DISKOMINFO", name: "Kepala Dinas Komunikasi dan Informatika", unit: "DISKOMINFO",
                 technical: ["T.TIK.01": 4]),
            Post(code: "TNG-DISHUB", name: "Kepala Dinas Perhubungan", unit: "DISHUB"),
            Post(code: "TNG-DINSOS", name: "Kepala Dinas Sosial", unit: "DINSOS"),
        ]
        let names: [(String, Sex)] = [
            ("H. Herman Suwarman, S.H., M.H.", .male), ("Dra. Maya Mardiana, M.Si.", .female),
            ("Andri Setiadi, S.Kom., M.Kom.", .male), ("Wawan Fauzi, S.T., M.T.", .male),
        ]
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0.name) })
        return DemoOrganisation(code: "kota-tangerang", name: "Pemerintah Kota Tangerang", kind: .kota,
                                region: "Banten", units: units, posts: posts,
                                officials: officials(names: names, posts: posts, unitNames: unitNames, sequenceBase: 200))
    }()
}
