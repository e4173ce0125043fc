import TalentDomain

extension DemoOrganisation {
    /// Kota Serang: 26 perangkat daerah, 32 JPT Pratama posts and the 26 JPT officials of the test day.
    static let kotaSerang: DemoOrganisation = {
        let units: [Unit] = [
            Unit(code: "SETDA", name: "Sekretariat Daerah"),
            Unit(code: "SETWAN", name: "Sekretariat DPRD"),
            Unit(code: "INSP", name: "Inspektorat"),
            Unit(code: "BAPPEDA", name: "Badan Perencanaan Pembangunan Daerah"),
            Unit(code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
            Unit(code: "BPKAD", name: "Badan Pengelolaan Keuangan dan Aset Daerah"),
            Unit(code: "BAPENDA", name: "Badan Pendapatan Daerah"),
            Unit(code: "BPBD", name: "Badan Penanggulangan Bencana Daerah"),
            Unit(code: "KESBANGPOL", name: "Badan Kesatuan Bangsa dan Politik"),
            Unit(code: "DINDIKBUD", name: "Dinas Pendidikan dan Kebudayaan"),
            Unit(code: "DINKES", name: "Dinas Kesehatan"),
            Unit(code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang"),
            Unit(code: "DPERKIM", name: "Dinas Perumahan dan Kawasan Permukiman"),
            Unit(code: "SATPOLPP", name: "Satuan Polisi Pamong Praja"),
            Unit(code: "DINSOS", name: "Dinas Sosial"),
            Unit(code: "DISNAKER", name: "Dinas Tenaga Kerja"),
            Unit(code: "DP3AKB", name: "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana"),
            Unit(code: "DKPPP", name: "Dinas Ketahanan Pangan, Pertanian dan Perikanan"),
            Unit(code: "DLH", name: "Dinas Lingkungan Hidup"),
            Unit(code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil"),
            Unit(code: "DPMPTSP", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
            Unit(code: "DISHUB", name: "Dinas Perhubungan"),
            Unit(code: "DISKOMINFO", name: "Dinas Komunikasi, Informatika, Statistik dan Persandian"),
            Unit(code: "DINKOPUKM", name: "Dinas Koperasi, UKM, Perindustrian dan Perdagangan"),
            Unit(code: "DISPARPORA", name: "Dinas Pariwisata, Pemuda dan Olahraga"),
            Unit(code: "DPK", name: "Dinas Perpustakaan dan Kearsipan"),
        ]
        var posts: [Post] = [
            Post(code: "SRG-SEKDA", name: "Sekretaris Daerah", unit: "SETDA", rankFloor: "IV/b",
                 overrides: [.pengambilanKeputusan: 5], critical: true),
            Post(code: "SRG-ASS1", name: "Asisten Pemerintahan dan Kesejahteraan Rakyat", unit: "SETDA"),
            Post(code: "SRG-ASS2", name: "Asisten Perekonomian dan Pembangunan", unit: "SETDA"),
            Post(code: "SRG-ASS3", name: "Asisten Administrasi Umum", unit: "SETDA"),
            Post(code: "SRG-SAHLI1", name: "Staf Ahli Wali Kota Bidang Hukum, Politik dan Pemerintahan", unit: "SETDA"),
            Post(code: "SRG-SAHLI2", name: "Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan", unit: "SETDA"),
            Post(code: "SRG-SAHLI3", name: "Staf Ahli Wali Kota Bidang Kemasyarakatan dan SDM", unit: "SETDA"),
            Post(code: "SRG-SEKWAN", name: "Sekretaris DPRD", unit: "SETWAN"),
            Post(code: "SRG-INSP", name: "Inspektur", unit: "INSP", overrides: [.integritas: 5],
                 technical: ["T.WAS.01": 4], critical: true),
        ]
        let heads: [(String, String, [String: Int], Bool)] = [
            ("BAPPEDA", "Kepala Badan Perencanaan Pembangunan Daerah", ["T.PRC.01": 4], true),
            ("BKPSDM", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ["T.SDM.01": 4], true),
            ("BPKAD", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", ["T.KEU.01": 4], true),
            ("BAPENDA", "Kepala Badan Pendapatan Daerah", ["T.KEU.02": 3], false),
            ("BPBD", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah", [:], false),
            ("KESBANGPOL", "Kepala Badan Kesatuan Bangsa dan Politik", [:], false),
            ("DINDIKBUD", "Kepala Dinas Pendidikan dan Kebudayaan", ["T.PEND.01": 4], false),
            ("DINKES", "Kepala Dinas Kesehatan", ["T.KES.01": 4], false),
            ("DPUPR", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", ["T.PU.01": 4], false),
            ("DPERKIM", "Kepala Dinas Perumahan dan Kawasan Permukiman", [:], false),
            ("SATPOLPP", "Kepala Satuan Polisi Pamong Praja", [:], false),
            ("DINSOS", "Kepala Dinas Sosial", [:], false),
            ("DISNAKER", "Kepala Dinas Tenaga Kerja", [:], false),
            ("DP3AKB", "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana", [:], false),
            ("DKPPP", "Kepala Dinas Ketahanan Pangan, Pertanian dan Perikanan", [:], false),
            ("DLH", "Kepala Dinas Lingkungan Hidup", [:], false),
            ("DISDUKCAPIL", "Kepala Dinas Kependudukan dan Pencatatan Sipil", [:], false),
            ("DPMPTSP", "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", [:], false),
            ("DISHUB", "Kepala Dinas Perhubungan", [:], false),
            ("DISKOMINFO", "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian", ["T.TIK.01": 3], false),
            ("DINKOPUKM", "Kepala Dinas Koperasi, UKM, Perindustrian dan Perdagangan", [:], false),
            ("DISPARPORA", "Kepala Dinas Pariwisata, Pemuda dan Olahraga", [:], false),
            ("DPK", "Kepala Dinas Perpustakaan dan Kearsipan", [:], false),
        ]
        posts += heads.map { Post(code: "SRG-\($0.0)", name: $0.1, unit: $0.0, technical: $0.2, critical: $0.3) }

        let names: [(String, Sex)] = [
            ("H. Ahmad Suhendi, S.Sos., M.Si.", .male), ("Dra. Hj. Siti Maryam, M.M.", .female),
            ("Drs. Wahyu Hidayat, M.Si.", .male), ("Ir. Bambang Sutrisno, M.T.", .male),
            ("Dr. Rina Kusumawati, S.E., M.Ak.", .female), ("H. Tb. Ridwan Fauzi, S.H., M.H.", .male),
            ("Yayat Supriatna, S.IP., M.Si.", .male), ("Dra. Neneng Hasanah, M.Pd.", .female),
            ("dr. Endang Suryani, M.Kes.", .female), ("Agus Salim, S.T., M.T.", .male),
            ("H. Mulyadi, S.Sos., M.Si.", .male), ("Iis Rohaeti, S.E., M.M.", .female),
            ("Dedi Kurniawan, S.STP., M.Si.", .male), ("Hj. Euis Komalasari, S.Pd., M.Pd.", .female),
            ("Sukma Wijaya, S.H., M.H.", .male), ("Tubagus Arief Rahman, S.E., M.Si.", .male),
            ("Rd. Lilis Nurlaela, S.Sos., M.AP.", .female), ("Ujang Saepudin, S.P., M.P.", .male),
            ("Hendra Gunawan, S.Kom., M.T.I.", .male), ("Dra. Ratna Dewi, M.Si.", .female),
            ("Ade Mulyana, S.IP., M.Si.", .male), ("Heri Setiawan, S.T., M.Eng.", .male),
            ("Nurhayati, S.E., M.Ak.", .female), ("Asep Saepulloh, S.Ag., M.Si.", .male),
            ("Drs. Jajang Nurjaman, M.M.", .male), ("Fitri Handayani, S.Hum., M.A.", .female),
        ]
        // 26 officials hold 26 of the 32 posts; the last six posts are vacant (dijabat Plt).
        let held = Array(posts.prefix(26))
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0.name) })
        return DemoOrganisation(code: "kota-serang", name: "Pemerintah Kota Serang", kind: .kota, region: "Banten",
                                units: units, posts: posts,
                                officials: officials(names: names, posts: held, unitNames: unitNames, sequenceBase: 0))
    }()
}
