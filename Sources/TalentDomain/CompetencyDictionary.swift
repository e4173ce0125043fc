/// The competency dictionary: each of the nine competencies with its definition and the description of
/// its five levels, in Bahasa Indonesia, after PermenPANRB 38/2017 (Standar Kompetensi Jabatan ASN).
///
/// This is seeded reference data: the server writes it to the `competency_levels` table, and reports
/// quote it. Wording is condensed from the regulation's level descriptions.
public enum CompetencyDictionary {
    public struct Entry: Sendable, Equatable {
        public let competency: Competency
        public let name: String
        public let definition: String
        /// Index 0 is level 1.
        public let levels: [String]

        public func description(level: Int) -> String? {
            Competency.levels.contains(level) ? levels[level - 1] : nil
        }
    }

    public static func entry(_ competency: Competency) -> Entry {
        entries.first { $0.competency == competency }!
    }

    public static let entries: [Entry] = [
        Entry(competency: .integritas, name: "Integritas",
              definition: "Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, serta jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan.",
              levels: [
                "Mampu bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi.",
                "Mampu mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi.",
                "Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal.",
                "Mampu menciptakan situasi kerja yang membuat rekan kerja, kolega, dan bawahan patuh pada nilai, norma, dan etika organisasi.",
                "Mampu menjadi role model dan keteladanan dalam penerapan standar keadilan dan etika di tingkat nasional.",
              ]),
        Entry(competency: .kerjaSama, name: "Kerja Sama",
              definition: "Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas, dan mengoptimalkan segala sumber daya untuk mencapai tujuan strategis organisasi.",
              levels: [
                "Berpartisipasi sebagai anggota tim yang baik, melakukan tugas/bagiannya, dan mendukung keputusan tim.",
                "Menumbuhkan tim kerja yang partisipatif dan efektif.",
                "Efektif membangun tim kerja untuk peningkatan kinerja organisasi.",
                "Membangun komitmen tim dan sinergi lintas unit kerja.",
                "Menciptakan situasi kerja sama yang berkelanjutan dan lintas organisasi di tingkat nasional.",
              ]),
        Entry(competency: .komunikasi, name: "Komunikasi",
              definition: "Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis dengan cara-cara yang sesuai baik secara lisan maupun tertulis; memastikan pemahaman; mendengarkan secara aktif dan efektif.",
              levels: [
                "Menyampaikan informasi dengan jelas, lengkap, dan pemahaman yang sama.",
                "Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain.",
                "Berkomunikasi secara asertif, terampil berkomunikasi lisan maupun tertulis untuk menyampaikan informasi yang sensitif/rumit.",
                "Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan.",
                "Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja.",
              ]),
        Entry(competency: .orientasiPadaHasil, name: "Orientasi pada Hasil",
              definition: "Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu secara sistematis mengidentifikasi risiko dan peluang dengan memperhatikan keterhubungan antara perencanaan dan hasil.",
              levels: [
                "Bertanggung jawab untuk memenuhi standar kerja.",
                "Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari, mencoba metode alternatif untuk peningkatan kinerja.",
                "Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja.",
                "Mendorong unit kerja mencapai target yang melebihi hasil yang ditetapkan.",
                "Kemampuan menciptakan situasi kerja yang mampu mengubah dan meningkatkan kinerja organisasi secara nasional.",
              ]),
        Entry(competency: .pelayananPublik, name: "Pelayanan Publik",
              definition: "Kemampuan dalam melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/golongan/partai politik.",
              levels: [
                "Menjalankan pelayanan sesuai standar.",
                "Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas-tugas pemerintahan/pelayanan publik secara transparan.",
                "Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja.",
                "Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak jangka panjang dari isu-isu pelayanan publik, termasuk isu politiknya.",
                "Mampu menciptakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, dan tidak diskriminatif di tingkat nasional.",
              ]),
        Entry(competency: .pengembanganDiri, name: "Pengembangan Diri dan Orang Lain",
              definition: "Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan yang relevan dengan kerja dan pengembangan karir jangka panjang.",
              levels: [
                "Pengembangan diri: mempelajari dan menerapkan pengetahuan baru untuk meningkatkan kinerja pribadi.",
                "Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan.",
                "Memberikan umpan balik, membimbing, dan merencanakan pengembangan bawahan.",
                "Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran.",
                "Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan di tingkat nasional.",
              ]),
        Entry(competency: .mengelolaPerubahan, name: "Mengelola Perubahan",
              definition: "Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama, mengambil tindakan untuk mendukung dan melaksanakan insiatif perubahan, memimpin usaha perubahan, mengambil tanggung jawab pribadi untuk memastikan perubahan berhasil.",
              levels: [
                "Sadar mengenai perubahan yang terjadi di organisasi dan berusaha menyesuaikan diri dengan perubahan tersebut.",
                "Proaktif beradaptasi mengikuti perubahan.",
                "Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat.",
                "Memimpin perubahan pada unit kerja.",
                "Mengelola perubahan yang berdampak luas di tingkat nasional.",
              ]),
        Entry(competency: .pengambilanKeputusan, name: "Pengambilan Keputusan",
              definition: "Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan seksama berdasarkan berbagai informasi, alternatif pemecahan masalah dan konsekuensinya, serta bertanggung jawab atas keputusan yang diambil.",
              levels: [
                "Mengumpulkan informasi untuk bertindak sesuai kewenangan.",
                "Menganalisis masalah secara mendalam.",
                "Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi.",
                "Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko.",
                "Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional.",
              ]),
        Entry(competency: .perekatBangsa, name: "Perekat Bangsa",
              definition: "Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan membangun hubungan sosial psikologis dengan masyarakat di tengah kemajemukan Indonesia.",
              levels: [
                "Peka memahami dan menerima kemajemukan.",
                "Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan.",
                "Mempromosikan, mengembangkan sikap toleransi dan persatuan.",
                "Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi.",
                "Wakil pemerintah untuk membangun hubungan sosial psikologis di tengah kemajemukan nasional.",
              ]),
    ]
}
