extension DemoBank {
    /// Career-preference questions (field, kind of post, mobility); not scored.
    static let preferenceJSON = #"""
    [
      {"key": "PREF-01", "version": 1, "type": "preference", "section": "career-preference", "area": "bidang", "status": "active", "stem": "Bidang urusan mana yang paling Anda minati untuk lima tahun ke depan?",
        "options": [
          {"key": "A", "text": "Pelayanan dasar (pendidikan, kesehatan, sosial)"},
          {"key": "B", "text": "Ekonomi dan keuangan daerah"},
          {"key": "C", "text": "Infrastruktur dan tata ruang"},
          {"key": "D", "text": "Pemerintahan dan hukum"},
          {"key": "E", "text": "Sosial budaya dan kemasyarakatan"},
          {"key": "F", "text": "Teknologi informasi dan transformasi digital"}
        ],
        "reverseKeyed": false
      },
      {"key": "PREF-02", "version": 1, "type": "preference", "section": "career-preference", "area": "bidang", "status": "active", "stem": "Isu pembangunan kota mana yang paling ingin Anda tangani secara langsung?",
        "options": [
          {"key": "A", "text": "Penanggulangan kemiskinan dan stunting"},
          {"key": "B", "text": "Peningkatan pendapatan asli daerah dan investasi"},
          {"key": "C", "text": "Pengelolaan sampah, banjir, dan lingkungan hidup"},
          {"key": "D", "text": "Reformasi birokrasi dan pelayanan perizinan"},
          {"key": "E", "text": "Kerukunan dan ketenteraman masyarakat"},
          {"key": "F", "text": "Keterpaduan data dan layanan digital"}
        ],
        "reverseKeyed": false
      },
      {"key": "PREF-03", "version": 1, "type": "preference", "section": "career-preference", "area": "bidang", "status": "active", "stem": "Di bidang mana menurut Anda pengalaman kerja Anda paling kuat?",
        "options": [
          {"key": "A", "text": "Pelayanan dasar (pendidikan, kesehatan, sosial)"},
          {"key": "B", "text": "Ekonomi dan keuangan daerah"},
          {"key": "C", "text": "Infrastruktur dan tata ruang"},
          {"key": "D", "text": "Pemerintahan dan hukum"},
          {"key": "E", "text": "Sosial budaya dan kemasyarakatan"},
          {"key": "F", "text": "Teknologi informasi dan transformasi digital"}
        ],
        "reverseKeyed": false
      },
      {"key": "PREF-04", "version": 1, "type": "preference", "section": "career-preference", "area": "jenis-jabatan", "status": "active", "stem": "Jenis jabatan pimpinan tinggi pratama mana yang paling sesuai dengan minat Anda?",
        "options": [
          {"key": "A", "text": "Kepala dinas teknis"},
          {"key": "B", "text": "Kepala badan perencanaan, keuangan, atau pendapatan daerah"},
          {"key": "C", "text": "Staf ahli walikota"},
          {"key": "D", "text": "Asisten sekretaris daerah"},
          {"key": "E", "text": "Inspektur daerah"}
        ],
        "reverseKeyed": false
      },
      {"key": "PREF-05", "version": 1, "type": "preference", "section": "career-preference", "area": "jenis-jabatan", "status": "active", "stem": "Peran kerja seperti apa yang paling Anda sukai dalam jabatan berikutnya?",
        "options": [
          {"key": "A", "text": "Memimpin pelaksanaan layanan langsung kepada masyarakat"},
          {"key": "B", "text": "Merumuskan perencanaan dan kebijakan strategis daerah"},
          {"key": "C", "text": "Mengoordinasikan kerja banyak perangkat daerah"},
          {"key": "D", "text": "Mengawasi dan menjamin akuntabilitas penyelenggaraan pemerintahan"},
          {"key": "E", "text": "Memberikan telaahan dan masukan kepada pimpinan daerah"}
        ],
        "reverseKeyed": false
      },
      {"key": "PREF-06", "version": 1, "type": "preference", "section": "career-preference", "area": "mobilitas", "status": "active", "stem": "Seberapa bersedia Anda dirotasi ke jabatan di perangkat daerah lain dalam lingkungan pemerintah kota ini?",
        "options": [
          {"key": "A", "text": "Sangat bersedia, ke perangkat daerah mana pun"},
          {"key": "B", "text": "Bersedia, asalkan bidangnya sesuai dengan keahlian saya"},
          {"key": "C", "text": "Bersedia setelah program yang sedang saya pimpin selesai"},
          {"key": "D", "text": "Belum bersedia dalam dua tahun ke depan"}
        ],
        "reverseKeyed": false
      },
      {"key": "PREF-07", "version": 1, "type": "preference", "section": "career-preference", "area": "mobilitas", "status": "active", "stem": "Apakah Anda bersedia ditempatkan di pemerintah provinsi atau instansi pusat?",
        "options": [
          {"key": "A", "text": "Bersedia, baik di pemerintah provinsi maupun di kementerian/lembaga"},
          {"key": "B", "text": "Bersedia, hanya di pemerintah provinsi"},
          {"key": "C", "text": "Bersedia, hanya di kementerian/lembaga"},
          {"key": "D", "text": "Bersedia di pemerintah kabupaten/kota lain"},
          {"key": "E", "text": "Lebih memilih tetap di lingkungan pemerintah kota ini"}
        ],
        "reverseKeyed": false
      },
      {"key": "PREF-08", "version": 1, "type": "preference", "section": "career-preference", "area": "mobilitas", "status": "active", "stem": "Jika ditempatkan di luar daerah domisili, dukungan apa yang paling menentukan kesediaan Anda?",
        "options": [
          {"key": "A", "text": "Kepastian jenjang karier setelah penugasan"},
          {"key": "B", "text": "Dukungan bagi keluarga (sekolah anak, pekerjaan pasangan)"},
          {"key": "C", "text": "Fasilitas tempat tinggal dan transportasi"},
          {"key": "D", "text": "Jangka waktu penugasan yang jelas"},
          {"key": "E", "text": "Kesempatan pengembangan kompetensi selama penugasan"},
          {"key": "F", "text": "Saya tidak bersedia ditempatkan di luar daerah domisili"}
        ],
        "reverseKeyed": false
      }
    ]
    """#
}
