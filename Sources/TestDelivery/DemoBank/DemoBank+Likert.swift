extension DemoBank {
    /// Likert statements: six per potential aspect and six for integrity, two of each six reverse-keyed; GRM parameters.
    static let likertJSON = #"""
    [
      {"key": "LIK-KI-01", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-intelektual", "status": "active", "stem": "Saya mudah memahami konsep baru yang rumit.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.47, "b": [-2.78, -1.78, -0.91, 0.45]},
        "reverseKeyed": false
      },
      {"key": "LIK-KI-02", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-intelektual", "status": "active", "stem": "Saya dapat dengan cepat menangkap pokok persoalan dari dokumen yang panjang dan teknis.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.66, "b": [-1.71, -0.64, 0.13, 1.42]},
        "reverseKeyed": false
      },
      {"key": "LIK-KI-03", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-intelektual", "status": "active", "stem": "Saya sering kesulitan mengikuti penjelasan yang memuat banyak istilah teknis.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.56, "b": [-2.79, -2.15, -1.44, -0.4]},
        "reverseKeyed": true
      },
      {"key": "LIK-KI-04", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-intelektual", "status": "active", "stem": "Saya senang mengolah data dan angka untuk menarik kesimpulan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.76, "b": [-2.31, -1.22, -0.05, 0.95]},
        "reverseKeyed": false
      },
      {"key": "LIK-KI-05", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-intelektual", "status": "active", "stem": "Saya mampu menghubungkan informasi dari berbagai sumber menjadi gambaran yang utuh.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 0.87, "b": [-2.07, -1.26, -0.41, 1.14]},
        "reverseKeyed": false
      },
      {"key": "LIK-KI-06", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-intelektual", "status": "active", "stem": "Saya lebih suka orang lain yang menganalisis data karena angka membuat saya cepat bingung.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.32, "b": [-2.43, -1.8, -0.68, 0.96]},
        "reverseKeyed": true
      },
      {"key": "LIK-KP-01", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-interpersonal", "status": "active", "stem": "Saya mudah membangun hubungan baik dengan orang yang baru saya kenal.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.55, "b": [-1.95, -1.04, 0.07, 1.48]},
        "reverseKeyed": false
      },
      {"key": "LIK-KP-02", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-interpersonal", "status": "active", "stem": "Saya merasa canggung ketika harus berbicara dengan pejabat dari instansi lain.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.08, "b": [-2.41, -1.79, -0.6, 0.6]},
        "reverseKeyed": true
      },
      {"key": "LIK-KP-03", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-interpersonal", "status": "active", "stem": "Saya dapat bekerja sama dengan orang yang gaya kerjanya sangat berbeda dari saya.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 0.99, "b": [-2.25, -1.57, -0.71, 0.44]},
        "reverseKeyed": false
      },
      {"key": "LIK-KP-04", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-interpersonal", "status": "active", "stem": "Rekan kerja sering meminta pendapat saya ketika menghadapi persoalan dengan pihak lain.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.62, "b": [-1.71, -0.75, 0.12, 1.28]},
        "reverseKeyed": false
      },
      {"key": "LIK-KP-05", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-interpersonal", "status": "active", "stem": "Saya cenderung menghindari pertemuan yang mengharuskan saya berinteraksi dengan banyak orang.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.77, "b": [-2.12, -1.03, 0.18, 1.11]},
        "reverseKeyed": true
      },
      {"key": "LIK-KP-06", "version": 1, "type": "likert", "section": "potential", "area": "kemampuan-interpersonal", "status": "active", "stem": "Saya mampu menjaga hubungan kerja tetap baik meskipun sedang berbeda pendapat.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.03, "b": [-1.99, -1.01, 0.22, 1.9]},
        "reverseKeyed": false
      },
      {"key": "LIK-KD-01", "version": 1, "type": "likert", "section": "potential", "area": "kesadaran-diri", "status": "active", "stem": "Saya mengetahui dengan jelas kekuatan dan kelemahan saya dalam memimpin.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.65, "b": [-1.74, -1.05, -0.18, 0.81]},
        "reverseKeyed": false
      },
      {"key": "LIK-KD-02", "version": 1, "type": "likert", "section": "potential", "area": "kesadaran-diri", "status": "active", "stem": "Saya menyadari bagaimana suasana hati saya memengaruhi cara saya mengambil keputusan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.55, "b": [-2.65, -1.87, -0.6, 0.3]},
        "reverseKeyed": false
      },
      {"key": "LIK-KD-03", "version": 1, "type": "likert", "section": "potential", "area": "kesadaran-diri", "status": "active", "stem": "Saya jarang memikirkan bagaimana perilaku saya dipandang oleh orang lain.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.0, "b": [-1.71, -0.63, 0.25, 1.93]},
        "reverseKeyed": true
      },
      {"key": "LIK-KD-04", "version": 1, "type": "likert", "section": "potential", "area": "kesadaran-diri", "status": "active", "stem": "Saya terbuka meminta umpan balik dari bawahan tentang cara saya bekerja.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.38, "b": [-2.36, -1.64, -0.44, 0.72]},
        "reverseKeyed": false
      },
      {"key": "LIK-KD-05", "version": 1, "type": "likert", "section": "potential", "area": "kesadaran-diri", "status": "active", "stem": "Menurut saya, kegagalan tim biasanya disebabkan oleh orang lain, bukan oleh cara saya memimpin.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.27, "b": [-2.61, -1.9, -1.02, 0.2]},
        "reverseKeyed": true
      },
      {"key": "LIK-KD-06", "version": 1, "type": "likert", "section": "potential", "area": "kesadaran-diri", "status": "active", "stem": "Saya mengakui kesalahan saya di hadapan tim ketika keputusan saya ternyata keliru.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.44, "b": [-2.89, -1.87, -1.09, 0.39]},
        "reverseKeyed": false
      },
      {"key": "LIK-BK-01", "version": 1, "type": "likert", "section": "potential", "area": "berpikir-kritis-strategis", "status": "active", "stem": "Saya terbiasa memeriksa kebenaran data sebelum menjadikannya dasar kebijakan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 0.99, "b": [-2.48, -1.8, -1.18, 0.49]},
        "reverseKeyed": false
      },
      {"key": "LIK-BK-02", "version": 1, "type": "likert", "section": "potential", "area": "berpikir-kritis-strategis", "status": "active", "stem": "Saya lebih nyaman menjalankan program seperti tahun-tahun sebelumnya daripada memikirkan arah baru.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.75, "b": [-2.3, -1.29, -0.51, 0.74]},
        "reverseKeyed": true
      },
      {"key": "LIK-BK-03", "version": 1, "type": "likert", "section": "potential", "area": "berpikir-kritis-strategis", "status": "active", "stem": "Saya selalu mempertimbangkan dampak jangka panjang dari setiap program yang saya usulkan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.33, "b": [-2.21, -1.11, -0.31, 1.25]},
        "reverseKeyed": false
      },
      {"key": "LIK-BK-04", "version": 1, "type": "likert", "section": "potential", "area": "berpikir-kritis-strategis", "status": "active", "stem": "Saya dapat melihat keterkaitan antara tugas unit saya dan sasaran pembangunan daerah secara keseluruhan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.36, "b": [-2.86, -1.73, -0.87, 0.56]},
        "reverseKeyed": false
      },
      {"key": "LIK-BK-05", "version": 1, "type": "likert", "section": "potential", "area": "berpikir-kritis-strategis", "status": "active", "stem": "Saya cenderung langsung menerima informasi yang disampaikan oleh sumber yang saya percayai.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.84, "b": [-1.74, -0.85, -0.01, 1.5]},
        "reverseKeyed": true
      },
      {"key": "LIK-BK-06", "version": 1, "type": "likert", "section": "potential", "area": "berpikir-kritis-strategis", "status": "active", "stem": "Saya mempertanyakan asumsi di balik suatu usulan, termasuk usulan yang datang dari atasan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.35, "b": [-2.51, -1.74, -0.85, 0.23]},
        "reverseKeyed": false
      },
      {"key": "LIK-PM-01", "version": 1, "type": "likert", "section": "potential", "area": "penyelesaian-masalah", "status": "active", "stem": "Saat menghadapi masalah, saya mencari akar penyebabnya terlebih dahulu sebelum menentukan solusi.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.21, "b": [-2.45, -1.57, -0.78, 0.29]},
        "reverseKeyed": false
      },
      {"key": "LIK-PM-02", "version": 1, "type": "likert", "section": "potential", "area": "penyelesaian-masalah", "status": "active", "stem": "Saya mampu menemukan jalan keluar ketika prosedur yang biasa tidak berhasil.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.45, "b": [-2.24, -1.59, -0.35, 1.33]},
        "reverseKeyed": false
      },
      {"key": "LIK-PM-03", "version": 1, "type": "likert", "section": "potential", "area": "penyelesaian-masalah", "status": "active", "stem": "Ketika masalah terasa rumit, saya cenderung menundanya sampai ada arahan dari atasan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 0.89, "b": [-2.31, -1.23, -0.58, 0.45]},
        "reverseKeyed": true
      },
      {"key": "LIK-PM-04", "version": 1, "type": "likert", "section": "potential", "area": "penyelesaian-masalah", "status": "active", "stem": "Saya menyusun beberapa alternatif solusi sebelum memilih yang terbaik.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.82, "b": [-2.71, -1.59, -0.35, 0.83]},
        "reverseKeyed": false
      },
      {"key": "LIK-PM-05", "version": 1, "type": "likert", "section": "potential", "area": "penyelesaian-masalah", "status": "active", "stem": "Saya mudah menyerah ketika solusi pertama yang saya coba tidak berhasil.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.09, "b": [-2.04, -1.0, -0.12, 0.87]},
        "reverseKeyed": true
      },
      {"key": "LIK-PM-06", "version": 1, "type": "likert", "section": "potential", "area": "penyelesaian-masalah", "status": "active", "stem": "Saya tetap dapat berpikir jernih ketika harus menyelesaikan masalah dalam waktu yang sangat terbatas.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.43, "b": [-2.84, -2.03, -0.84, 0.61]},
        "reverseKeyed": false
      },
      {"key": "LIK-KE-01", "version": 1, "type": "likert", "section": "potential", "area": "kecerdasan-emosional", "status": "active", "stem": "Saya tetap tenang ketika menghadapi warga atau pihak lain yang sedang marah.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.2, "b": [-2.61, -1.62, -0.43, 1.2]},
        "reverseKeyed": false
      },
      {"key": "LIK-KE-02", "version": 1, "type": "likert", "section": "potential", "area": "kecerdasan-emosional", "status": "active", "stem": "Saya mudah tersinggung ketika pendapat saya dibantah di depan orang lain.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.82, "b": [-2.81, -1.7, -0.63, 0.92]},
        "reverseKeyed": true
      },
      {"key": "LIK-KE-03", "version": 1, "type": "likert", "section": "potential", "area": "kecerdasan-emosional", "status": "active", "stem": "Saya dapat merasakan ketika anggota tim sedang tertekan, meskipun ia tidak mengatakannya.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.17, "b": [-1.71, -1.03, -0.25, 0.57]},
        "reverseKeyed": false
      },
      {"key": "LIK-KE-04", "version": 1, "type": "likert", "section": "potential", "area": "kecerdasan-emosional", "status": "active", "stem": "Saya mampu mengendalikan emosi ketika rapat berlangsung tegang.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.39, "b": [-2.11, -1.18, -0.38, 0.99]},
        "reverseKeyed": false
      },
      {"key": "LIK-KE-05", "version": 1, "type": "likert", "section": "potential", "area": "kecerdasan-emosional", "status": "active", "stem": "Ketika sedang tertekan, saya sering melampiaskan kekesalan kepada bawahan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.03, "b": [-1.86, -0.79, -0.13, 1.0]},
        "reverseKeyed": true
      },
      {"key": "LIK-KE-06", "version": 1, "type": "likert", "section": "potential", "area": "kecerdasan-emosional", "status": "active", "stem": "Saya dapat meredakan suasana ketika terjadi perselisihan di antara bawahan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.54, "b": [-2.14, -1.54, -0.68, 0.79]},
        "reverseKeyed": false
      },
      {"key": "LIK-KB-01", "version": 1, "type": "likert", "section": "potential", "area": "kesediaan-belajar", "status": "active", "stem": "Saya secara rutin meluangkan waktu untuk mempelajari hal baru yang berkaitan dengan tugas saya.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.94, "b": [-2.53, -1.76, -0.57, 0.59]},
        "reverseKeyed": false
      },
      {"key": "LIK-KB-02", "version": 1, "type": "likert", "section": "potential", "area": "kesediaan-belajar", "status": "active", "stem": "Dengan pengalaman yang saya miliki sekarang, saya merasa tidak perlu lagi mengikuti pelatihan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 0.92, "b": [-1.81, -1.07, 0.06, 1.2]},
        "reverseKeyed": true
      },
      {"key": "LIK-KB-03", "version": 1, "type": "likert", "section": "potential", "area": "kesediaan-belajar", "status": "active", "stem": "Saya senang mencoba cara kerja baru walaupun belum tentu berhasil.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.76, "b": [-2.84, -1.84, -0.81, 0.47]},
        "reverseKeyed": false
      },
      {"key": "LIK-KB-04", "version": 1, "type": "likert", "section": "potential", "area": "kesediaan-belajar", "status": "active", "stem": "Saya belajar dari kegagalan sehingga tidak mengulangi kesalahan yang sama.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.02, "b": [-1.91, -0.72, 0.37, 1.52]},
        "reverseKeyed": false
      },
      {"key": "LIK-KB-05", "version": 1, "type": "likert", "section": "potential", "area": "kesediaan-belajar", "status": "active", "stem": "Saya bersedia belajar dari pegawai yang lebih muda, misalnya tentang teknologi digital.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.73, "b": [-2.34, -1.55, -0.83, 0.49]},
        "reverseKeyed": false
      },
      {"key": "LIK-KB-06", "version": 1, "type": "likert", "section": "potential", "area": "kesediaan-belajar", "status": "active", "stem": "Saya enggan menggunakan aplikasi atau sistem baru selama cara lama masih bisa dipakai.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.92, "b": [-2.52, -1.74, -0.9, -0.05]},
        "reverseKeyed": true
      },
      {"key": "LIK-MK-01", "version": 1, "type": "likert", "section": "potential", "area": "motivasi-komitmen", "status": "active", "stem": "Saya tetap bekerja sungguh-sungguh walaupun hasil kerja saya tidak selalu mendapat penghargaan.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.5, "b": [-2.72, -1.54, -0.38, 1.05]},
        "reverseKeyed": false
      },
      {"key": "LIK-MK-02", "version": 1, "type": "likert", "section": "potential", "area": "motivasi-komitmen", "status": "active", "stem": "Saya bersedia bekerja di luar jam kantor ketika pelayanan kepada masyarakat membutuhkannya.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.47, "b": [-1.7, -1.02, 0.01, 1.2]},
        "reverseKeyed": false
      },
      {"key": "LIK-MK-03", "version": 1, "type": "likert", "section": "potential", "area": "motivasi-komitmen", "status": "active", "stem": "Saya bekerja secukupnya saja, asalkan tugas pokok saya selesai.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.48, "b": [-1.71, -0.82, 0.31, 1.46]},
        "reverseKeyed": true
      },
      {"key": "LIK-MK-04", "version": 1, "type": "likert", "section": "potential", "area": "motivasi-komitmen", "status": "active", "stem": "Saya bangga menjadi bagian dari pemerintahan yang melayani masyarakat.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.42, "b": [-2.56, -1.54, -0.37, 0.7]},
        "reverseKeyed": false
      },
      {"key": "LIK-MK-05", "version": 1, "type": "likert", "section": "potential", "area": "motivasi-komitmen", "status": "active", "stem": "Saya menetapkan target yang tinggi bagi diri sendiri dan berusaha keras mencapainya.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.67, "b": [-1.89, -0.85, 0.26, 1.63]},
        "reverseKeyed": false
      },
      {"key": "LIK-MK-06", "version": 1, "type": "likert", "section": "potential", "area": "motivasi-komitmen", "status": "active", "stem": "Saya akan segera meninggalkan instansi ini jika ada tawaran pekerjaan lain dengan penghasilan lebih besar.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.0, "b": [-2.39, -1.33, -0.54, 0.68]},
        "reverseKeyed": true
      },
      {"key": "LIK-INT-01", "version": 1, "type": "likert", "section": "integrity", "area": "integritas", "status": "active", "stem": "Saya menolak pemberian dalam bentuk apa pun yang berkaitan dengan jabatan saya.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.55, "b": [-2.55, -1.72, -0.86, -0.06]},
        "reverseKeyed": false
      },
      {"key": "LIK-INT-02", "version": 1, "type": "likert", "section": "integrity", "area": "integritas", "status": "active", "stem": "Aturan boleh dilonggarkan jika atasan memintanya.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.79, "b": [-2.35, -1.16, -0.21, 0.96]},
        "reverseKeyed": true
      },
      {"key": "LIK-INT-03", "version": 1, "type": "likert", "section": "integrity", "area": "integritas", "status": "active", "stem": "Saya melaporkan penyimpangan yang saya ketahui, meskipun pelakunya rekan dekat saya.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.6, "b": [-2.05, -0.97, 0.28, 1.25]},
        "reverseKeyed": false
      },
      {"key": "LIK-INT-04", "version": 1, "type": "likert", "section": "integrity", "area": "integritas", "status": "active", "stem": "Saya menggunakan fasilitas dinas hanya untuk kepentingan dinas.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.57, "b": [-1.82, -1.17, -0.37, 1.27]},
        "reverseKeyed": false
      },
      {"key": "LIK-INT-05", "version": 1, "type": "likert", "section": "integrity", "area": "integritas", "status": "active", "stem": "Memberi kemudahan kepada keluarga atau kenalan dalam urusan layanan adalah hal yang wajar.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.19, "b": [-1.72, -0.56, 0.1, 1.09]},
        "reverseKeyed": true
      },
      {"key": "LIK-INT-06", "version": 1, "type": "likert", "section": "integrity", "area": "integritas", "status": "active", "stem": "Saya menyampaikan laporan pekerjaan apa adanya, termasuk ketika hasilnya kurang baik.",
        "options": [
          {"key": "1", "text": "Sangat tidak setuju"},
          {"key": "2", "text": "Tidak setuju"},
          {"key": "3", "text": "Ragu-ragu"},
          {"key": "4", "text": "Setuju"},
          {"key": "5", "text": "Sangat setuju"}
        ],
        "parameters": {"model": "GRM", "a": 1.08, "b": [-2.61, -1.57, -0.53, 0.79]},
        "reverseKeyed": false
      }
    ]
    """#
}
