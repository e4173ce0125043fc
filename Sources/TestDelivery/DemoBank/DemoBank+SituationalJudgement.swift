extension DemoBank {
    /// Situational-judgement items: six per competency (M.01–M.08, SK.01), written for JPT Pratama officials.
    static let situationalJudgementJSON = #"""
    [
      {"key": "SJT-M01-01", "version": 1, "type": "sjt", "section": "sjt", "area": "M.01", "status": "active", "stem": "Menjelang akhir tahun anggaran, seorang kepala bidang di dinas yang Anda pimpin mengusulkan agar sisa anggaran perjalanan dinas dicairkan melalui kegiatan yang tidak benar-benar dilaksanakan, dengan alasan hal itu sudah menjadi kebiasaan dan agar serapan anggaran terlihat tinggi. Beberapa pejabat lain dalam rapat tampak setuju. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menjadikan penolakan ini contoh terbuka dan membagikan cara pencegahannya di forum nasional pengelolaan keuangan daerah sebagai rujukan etika bagi daerah lain.", "level": 5},
          {"key": "B", "text": "Menolak usulan tersebut dalam rapat dan memastikan saya sendiri tidak menandatangani surat pertanggungjawaban atas kegiatan yang tidak pernah dilaksanakan.", "level": 1},
          {"key": "C", "text": "Menegaskan secara tertulis kepada seluruh jajaran dinas bahwa setiap pencairan wajib didukung bukti pelaksanaan, dan memeriksa kepatuhannya melalui pengendalian intern dinas.", "level": 3},
          {"key": "D", "text": "Bersama Inspektorat dan BPKAD membangun verifikasi berbasis bukti kegiatan di semua OPD, agar praktik menghabiskan anggaran tidak lagi dianggap wajar.", "level": 4},
          {"key": "E", "text": "Mengingatkan kepala bidang dan pejabat yang hadir bahwa usulan itu melanggar aturan, lalu mengajak mereka mencari kegiatan yang benar-benar bermanfaat.", "level": 2}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M01-02", "version": 1, "type": "sjt", "section": "sjt", "area": "M.01", "status": "active", "stem": "Seorang pengusaha yang perusahaannya sedang mengikuti tender pembangunan gedung di dinas Anda mengirimkan parsel bernilai besar ke rumah Anda menjelang hari raya. Beberapa pejabat struktural di dinas Anda juga menerima kiriman serupa. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Bersama Inspektorat mendorong kebijakan tanpa parsel bagi seluruh OPD dan rekanan, dengan saluran pelaporan yang mudah dan perlindungan bagi pelapor.", "level": 4},
          {"key": "B", "text": "Menginstruksikan seluruh pejabat dinas melaporkan kiriman itu ke Unit Pengendalian Gratifikasi dan memantau sampai semuanya melapor sebelum batas waktu.", "level": 3},
          {"key": "C", "text": "Mengembalikan parsel, lalu menghubungi pejabat lain yang juga menerima kiriman untuk mengingatkan dan mengajak mereka melaporkannya.", "level": 2},
          {"key": "D", "text": "Mengembalikan parsel itu kepada pengirimnya dengan surat penolakan yang santun, lalu melaporkan penerimaannya sebagai gratifikasi sesuai ketentuan yang berlaku.", "level": 1},
          {"key": "E", "text": "Memaparkan penanganan gratifikasi ini sebagai praktik baik dalam forum KPK dan asosiasi pemerintah daerah, sehingga menjadi teladan pengendalian gratifikasi secara nasional.", "level": 5}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M01-03", "version": 1, "type": "sjt", "section": "sjt", "area": "M.01", "status": "active", "stem": "Seorang anggota DPRD meminta Anda meloloskan kerabatnya dalam seleksi tenaga pendukung di dinas Anda, walaupun nilainya berada di bawah ambang batas. Ia mengisyaratkan bahwa pembahasan anggaran dinas Anda dapat terhambat bila permintaan itu tidak dipenuhi. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menolak permintaan tersebut, kemudian mengingatkan anggota panitia seleksi agar tidak terpengaruh bila didekati dengan permintaan serupa.", "level": 2},
          {"key": "B", "text": "Memastikan panitia seleksi bekerja dengan berita acara, mengumumkan nilai secara terbuka, dan menandatangani pakta integritas yang melarang titipan.", "level": 3},
          {"key": "C", "text": "Mengusulkan kepada Sekda agar semua OPD memakai seleksi tenaga pendukung berbasis sistem daring yang terbuka, sehingga titipan tidak punya celah.", "level": 4},
          {"key": "D", "text": "Menolak permintaan itu secara santun, menjelaskan bahwa saya terikat pada aturan seleksi, dan tetap menetapkan hasil sesuai nilai yang diperoleh setiap peserta.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M01-04", "version": 1, "type": "sjt", "section": "sjt", "area": "M.01", "status": "active", "stem": "Auditor BPK menemukan kelebihan pembayaran pada proyek jalan yang ditangani dinas Anda pada masa pejabat sebelumnya. Seorang staf keuangan menyarankan agar temuan itu diselesaikan secara informal dengan auditor supaya tidak dimuat dalam laporan hasil pemeriksaan. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menjelaskan kepada staf keuangan bahwa pendekatan informal kepada auditor melanggar etika, lalu mengajaknya menyusun rencana tindak lanjut yang sah.", "level": 2},
          {"key": "B", "text": "Mengajak Inspektorat dan OPD lain memantau tindak lanjut temuan bersama-sama, sehingga penyelesaian yang jujur dan tepat waktu menjadi kebiasaan.", "level": 4},
          {"key": "C", "text": "Menuliskan dan memaparkan penuntasan temuan ini secara terbuka dalam forum pengawasan keuangan negara tingkat nasional.", "level": 5},
          {"key": "D", "text": "Menolak saran tersebut, tidak melakukan pendekatan apa pun kepada auditor, dan menyiapkan sendiri tanggapan resmi atas temuan sesuai data yang sebenarnya.", "level": 1},
          {"key": "E", "text": "Menugaskan tim menagih kelebihan pembayaran kepada rekanan, menetapkan batas waktu tindak lanjut, dan memantau penyelesaiannya dalam rapat pimpinan dinas.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M01-05", "version": 1, "type": "sjt", "section": "sjt", "area": "M.01", "status": "active", "stem": "Capaian indikator kinerja dinas Anda tahun ini berada di bawah target. Seorang staf perencanaan menawarkan untuk menyesuaikan data capaian agar dinas memperoleh nilai akuntabilitas kinerja yang baik, seperti yang menurutnya juga dilakukan OPD lain. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Meminta data dilaporkan apa adanya dan hanya menandatangani laporan kinerja bila angkanya sesuai bukti dukung.", "level": 1},
          {"key": "B", "text": "Menetapkan prosedur verifikasi data kinerja berjenjang di dinas, dengan penanggung jawab dan bukti dukung yang jelas untuk setiap indikator.", "level": 3},
          {"key": "C", "text": "Mendorong uji petik data kinerja di semua OPD dan penghargaan bagi OPD yang melapor dengan jujur, termasuk yang belum mencapai target.", "level": 4},
          {"key": "D", "text": "Mengajak staf perencanaan dan para kepala bidang membahas risiko pelaporan yang tidak jujur, lalu bersama-sama menyusun penjelasan atas capaian yang rendah.", "level": 2},
          {"key": "E", "text": "Menyuarakan pelaporan kinerja yang jujur di forum Kementerian PANRB dan menjadi teladan etika evaluasi kinerja bagi pimpinan instansi di daerah lain.", "level": 5}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M01-06", "version": 1, "type": "sjt", "section": "sjt", "area": "M.01", "status": "active", "stem": "Saat penyaluran bantuan bagi korban banjir, Anda mendengar bahwa seorang lurah mendahulukan warga yang dekat dengan tim pemenangan salah satu calon kepala daerah. Lurah itu tidak berada di bawah dinas Anda, tetapi bantuan tersebut berasal dari program dinas Anda. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menjadikan pola penyaluran yang netral ini teladan yang dipaparkan kepada Kementerian Sosial dan Kementerian Dalam Negeri untuk diterapkan pada masa pemilihan di seluruh Indonesia.", "level": 5},
          {"key": "B", "text": "Menghubungi camat dan lurah tersebut, mengingatkan bahwa bantuan harus disalurkan tanpa memihak, dan mengajak mereka memverifikasi ulang daftar penerima.", "level": 2},
          {"key": "C", "text": "Memerintahkan petugas dinas mendampingi setiap penyaluran, mencocokkan penerima dengan data terpadu, dan melaporkan setiap penyimpangan kepada saya.", "level": 3},
          {"key": "D", "text": "Bersama camat, Diskominfo, dan Bawaslu kota membangun penyaluran yang terbuka, dengan daftar penerima diumumkan dan kanal aduan, agar semua pihak bersikap netral.", "level": 4},
          {"key": "E", "text": "Memastikan setiap berita acara penyaluran yang saya setujui tetap berpegang pada daftar penerima yang sah, dan menolak menandatangani daftar yang telah diubah tanpa dasar.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M02-01", "version": 1, "type": "sjt", "section": "sjt", "area": "M.02", "status": "active", "stem": "Pemerintah kota menargetkan penurunan angka stunting, tetapi program Dinas Kesehatan, Dinas Sosial, Dinas Pekerjaan Umum, dan dinas pengendalian penduduk berjalan sendiri-sendiri dengan data sasaran yang berbeda. Anda ditunjuk sebagai ketua tim percepatan. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menyepakati satu data sasaran dan rencana aksi yang ditandatangani para kepala OPD, lalu memimpin forum rutin untuk menjaga komitmen lintas dinas.", "level": 4},
          {"key": "B", "text": "Mengajak perwakilan setiap OPD menyampaikan pendapat dalam rapat, membagi tugas secara jelas, dan memastikan semua anggota merasa dilibatkan.", "level": 2},
          {"key": "C", "text": "Menjalin kemitraan berkelanjutan dengan kementerian, perguruan tinggi, dan mitra pembangunan agar model konvergensi ini dipakai daerah lain.", "level": 5},
          {"key": "D", "text": "Menyelesaikan bagian tugas dinas saya sesuai kesepakatan tim, hadir di setiap rapat koordinasi, dan mendukung keputusan rapat meskipun berbeda dengan usulan saya.", "level": 1},
          {"key": "E", "text": "Membentuk tim kerja inti dengan peran, target, dan evaluasi bulanan yang jelas untuk meningkatkan hasil penurunan stunting.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M02-02", "version": 1, "type": "sjt", "section": "sjt", "area": "M.02", "status": "active", "stem": "Dua kepala bidang di dinas Anda saling menyalahkan atas keterlambatan penyusunan dokumen perencanaan, sehingga suasana rapat menjadi tegang dan staf enggan berbagi data. Tenggat penyampaian dokumen ke Bappeda tinggal dua minggu. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mempertemukan kedua kepala bidang, mendengarkan pandangan masing-masing, dan mengajak mereka berbagi data secara terbuka.", "level": 2},
          {"key": "B", "text": "Ikut mengerjakan bagian dokumen yang tertinggal agar tenggat terpenuhi, sambil tetap berpegang pada pembagian tugas yang sudah disepakati.", "level": 1},
          {"key": "C", "text": "Menata ulang peran kedua bidang, menetapkan target antara yang jelas bagi setiap subtim, dan memantau kemajuan tim setiap tiga hari agar mutu dokumen tetap terjaga.", "level": 3},
          {"key": "D", "text": "Melibatkan Bappeda dan OPD mitra dalam penyusunan, sehingga kedua bidang melihat dokumen itu sebagai komitmen bersama lintas unit.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M02-03", "version": 1, "type": "sjt", "section": "sjt", "area": "M.02", "status": "active", "stem": "Banjir melanda beberapa kecamatan setelah hujan deras semalaman. BPBD, Dinas Sosial, Dinas Kesehatan, Satpol PP, dan relawan sudah bergerak, tetapi distribusi logistik menumpuk di satu lokasi sementara lokasi lain belum tersentuh. Anda memimpin salah satu OPD yang terlibat. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengajak staf di lapangan aktif bertukar informasi dengan petugas OPD lain dan relawan, misalnya melalui grup percakapan bersama, agar setiap orang tahu siapa mengerjakan apa.", "level": 2},
          {"key": "B", "text": "Memastikan tim dinas saya menjalankan tugas sesuai pembagian dari posko komando dan mengikuti keputusan posko.", "level": 1},
          {"key": "C", "text": "Menugaskan koordinator lapangan dari dinas saya, memetakan sebaran tim kami, dan mengalihkan sebagian personel ke lokasi yang belum terlayani.", "level": 3},
          {"key": "D", "text": "Mengusulkan di posko komando satu peta kebutuhan dan satu jalur distribusi yang disepakati semua OPD dan relawan, lalu mengawalnya bersama BPBD.", "level": 4},
          {"key": "E", "text": "Mendorong kerja sama jangka panjang antara pemerintah kota, BNPB, daerah tetangga, dan lembaga kemanusiaan nasional untuk penanganan banjir lintas wilayah.", "level": 5}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M02-04", "version": 1, "type": "sjt", "section": "sjt", "area": "M.02", "status": "active", "stem": "Pembangunan Mal Pelayanan Publik memerlukan ruang, petugas, dan sistem dari belasan instansi, termasuk instansi vertikal seperti kantor pertanahan dan kepolisian. Beberapa instansi belum mengirimkan petugas, padahal peresmian tinggal satu bulan lagi. Sebagai kepala dinas penanaman modal dan pelayanan terpadu satu pintu, apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menghubungi pimpinan instansi yang belum mengirim petugas, mendengarkan kendala mereka, dan mengajak mereka ikut serta dengan menjelaskan manfaatnya bagi instansi dan warga.", "level": 2},
          {"key": "B", "text": "Membangun kerja sama berkelanjutan dengan Kementerian PANRB dan daerah lain sehingga Mal Pelayanan Publik ini menjadi bagian jejaring pelayanan terpadu nasional.", "level": 5},
          {"key": "C", "text": "Mengundang para pimpinan instansi menyepakati komitmen tertulis, pembagian peran, dan standar layanan bersama, dengan penghubung tetap dari setiap instansi.", "level": 4},
          {"key": "D", "text": "Membentuk tim persiapan di dinas dengan penanggung jawab untuk setiap instansi mitra, lalu memantau kesiapannya setiap minggu.", "level": 3},
          {"key": "E", "text": "Menyiapkan bagian yang menjadi tanggung jawab dinas saya sebaik-baiknya dan mengikuti keputusan rapat koordinasi berikutnya tentang instansi lain.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M02-05", "version": 1, "type": "sjt", "section": "sjt", "area": "M.02", "status": "active", "stem": "Dinas Anda dan Dinas Perhubungan sama-sama mengajukan anggaran untuk penataan kawasan alun-alun dengan rancangan yang berbeda. Walikota meminta agar tidak terjadi duplikasi, sementara kedua tim merasa rancangannya paling tepat. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menerima keputusan Walikota dan Bappeda tentang rancangan yang dipakai, lalu melaksanakan bagian dinas saya dengan sungguh-sungguh meskipun rancangan kami tidak terpilih.", "level": 1},
          {"key": "B", "text": "Mengajak kementerian terkait, perguruan tinggi, dan komunitas warga membentuk forum kemitraan tetap untuk penataan ruang publik yang dapat menjadi rujukan kota lain.", "level": 5},
          {"key": "C", "text": "Mengusulkan tim gabungan kedua dinas dengan satu rancangan terpadu, pembagian anggaran sesuai kewenangan, dan indikator keberhasilan bersama.", "level": 4},
          {"key": "D", "text": "Mengajak tim dinas saya bertemu tim Dinas Perhubungan untuk saling mendengarkan alasan di balik rancangan masing-masing.", "level": 2},
          {"key": "E", "text": "Meminta tim dinas saya mengkaji ulang rancangannya dengan ukuran kinerja yang jelas, sehingga usulan yang dibawa benar-benar meningkatkan hasil penataan.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M02-06", "version": 1, "type": "sjt", "section": "sjt", "area": "M.02", "status": "active", "stem": "Program digitalisasi perizinan di dinas Anda memerlukan data kependudukan dari Disdukcapil. Namun staf Disdukcapil menganggap permintaan data dari dinas Anda menambah beban kerja dan lambat menanggapinya. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menunjuk tim kecil di dinas saya untuk menyiapkan format permintaan data yang rapi, sehingga kerja tim lebih efektif dan tidak membebani mitra.", "level": 3},
          {"key": "B", "text": "Menyusun perjanjian kerja sama pemanfaatan data dengan Disdukcapil, termasuk integrasi sistem dan manfaat timbal balik bagi kedua dinas.", "level": 4},
          {"key": "C", "text": "Bersama Ditjen Dukcapil mendorong pola kerja sama pemanfaatan data kependudukan yang berkelanjutan bagi pemerintah daerah di seluruh Indonesia.", "level": 5},
          {"key": "D", "text": "Mengajak staf kedua dinas bertemu secara informal untuk memahami kendala masing-masing dan mencari cara kerja yang saling meringankan.", "level": 2},
          {"key": "E", "text": "Memenuhi semua persyaratan administrasi permintaan data yang ditetapkan Disdukcapil dan menunggu tanggapan sesuai prosedur mereka.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M03-01", "version": 1, "type": "sjt", "section": "sjt", "area": "M.03", "status": "active", "stem": "Pemerintah kota memutuskan menaikkan tarif retribusi pasar setelah bertahun-tahun tidak berubah. Para pedagang memprotes dan berencana berunjuk rasa di depan kantor Walikota. Sebagai kepala dinas yang membidangi pasar, apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mendatangi pasar, berbincang langsung dengan perwakilan pedagang, dan mendengarkan keberatan mereka sebelum menanggapi.", "level": 2},
          {"key": "B", "text": "Menyampaikan dengan tegas namun santun bahwa kenaikan tetap berlaku, sambil membuka perhitungan biaya pengelolaan pasar yang selama ini jarang dijelaskan.", "level": 3},
          {"key": "C", "text": "Menggelar dialog dengan pedagang, DPRD, dan pengelola pasar tentang dampak beberapa pilihan tarif, hingga tercapai kesepakatan kenaikan bertahap.", "level": 4},
          {"key": "D", "text": "Menggagas forum komunikasi tetap antara pemerintah kota dan pedagang, dengan laporan terbuka penggunaan retribusi, agar persoalan pasar terselesaikan sebelum menjadi konflik.", "level": 5},
          {"key": "E", "text": "Menerbitkan surat edaran dan memasang pengumuman di setiap pasar yang menjelaskan besaran tarif baru, dasar hukumnya, dan waktu berlakunya secara jelas kepada para pedagang.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M03-02", "version": 1, "type": "sjt", "section": "sjt", "area": "M.03", "status": "active", "stem": "Hasil audit internal menunjukkan kinerja seorang kepala bidang Anda yang senior dan dihormati staf jauh di bawah harapan, dan ia belum mengetahuinya. Anda perlu menyampaikan hal itu sebelum hasil audit dibahas dalam rapat pimpinan. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengaitkan temuan itu dengan target dinas dan dampaknya bagi bidang lain, lalu menggalang kesepakatan para kepala bidang tentang dukungan perbaikan.", "level": 4},
          {"key": "B", "text": "Mengajaknya berbincang santai di luar jam kerja, menanyakan kabar dan beban tugasnya, serta memberinya kesempatan bercerita tentang kendala yang dihadapi bidangnya.", "level": 2},
          {"key": "C", "text": "Meneruskan salinan laporan audit kepadanya dengan catatan singkat bahwa hasil itu akan dibahas dalam rapat pimpinan.", "level": 1},
          {"key": "D", "text": "Menemuinya empat mata, menyampaikan temuan audit secara lugas beserta buktinya, mendengarkan tanggapannya, dan menyepakati langkah perbaikan.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M03-03", "version": 1, "type": "sjt", "section": "sjt", "area": "M.03", "status": "active", "stem": "Pemerintah kota akan menerapkan tanda tangan elektronik dan naskah dinas elektronik di seluruh OPD. Banyak pejabat senior menganggapnya merepotkan dan meragukan keabsahan hukumnya. Anda ditugasi menyosialisasikan kebijakan tersebut. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menjelaskan secara lugas dasar hukum tanda tangan elektronik dan risiko keamanan yang sering disalahpahami, termasuk kepada pejabat yang paling keras menolak.", "level": 3},
          {"key": "B", "text": "Merancang komunikasi perubahan yang terbuka: kanal umpan balik, dasbor kemajuan, dan forum evaluasi berkala.", "level": 5},
          {"key": "C", "text": "Membuka sesi tanya-jawab dan grup percakapan tempat para pejabat dapat menyampaikan keberatan, lalu menanggapi setiap pertanyaan.", "level": 2},
          {"key": "D", "text": "Memaparkan manfaatnya dari sisi hukum, anggaran, layanan, dan audit di rapat kepala OPD, lalu menyepakati tahapan penerapan bersama mereka.", "level": 4},
          {"key": "E", "text": "Menyusun bahan paparan dan panduan penggunaan yang ringkas dan jelas, dilengkapi contoh langkah demi langkah, lalu membagikannya ke semua OPD sebelum tanggal penerapan.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M03-04", "version": 1, "type": "sjt", "section": "sjt", "area": "M.03", "status": "active", "stem": "Sebuah video yang memperlihatkan tumpukan sampah dan bau menyengat di sekitar tempat pemrosesan akhir sampah viral di media sosial, disertai tuduhan bahwa pemerintah kota membiarkannya. Wartawan meminta tanggapan Anda sebagai kepala Dinas Lingkungan Hidup hari ini juga. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menyampaikan dengan jujur penyebab masalah, termasuk keterbatasan armada dan lahan, tanpa menyalahkan pihak lain, serta menjelaskan apa yang dapat dan belum dapat dilakukan.", "level": 3},
          {"key": "B", "text": "Memaparkan aspek kesehatan, anggaran, teknis, dan sosialnya, lalu mengajak DPRD, warga, dan pelaku usaha daur ulang menyepakati langkah bersama.", "level": 4},
          {"key": "C", "text": "Menggagas kanal informasi persampahan yang terbuka dan rutin diperbarui, tempat warga melapor dan pemerintah kota merespons sebelum isu menjadi krisis.", "level": 5},
          {"key": "D", "text": "Memberikan keterangan singkat berisi fakta kondisi lokasi dan langkah yang sedang dikerjakan dinas.", "level": 1},
          {"key": "E", "text": "Menerima wartawan bersama perwakilan warga sekitar, mendengarkan keluhan mereka, lalu menanggapinya secara terbuka.", "level": 2}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M03-05", "version": 1, "type": "sjt", "section": "sjt", "area": "M.03", "status": "active", "stem": "Dalam pembahasan anggaran, Tim Anggaran Pemerintah Daerah memangkas 30 persen usulan dinas Anda, termasuk program yang Anda nilai penting bagi pelayanan dasar. Rapat pembahasan akhir digelar besok. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menghubungi anggota tim anggaran sebelum rapat untuk menanyakan alasan pemangkasan dan mendengarkan pertimbangan mereka.", "level": 2},
          {"key": "B", "text": "Mengusulkan agar penganggaran ke depan dibuka dengan forum bersama tim anggaran dan OPD sejak tahap awal, memakai data kinerja program yang dapat diakses semua pihak.", "level": 5},
          {"key": "C", "text": "Dalam rapat, menyatakan dengan tegas program yang tidak dapat dipangkas beserta risikonya bagi warga, meskipun pandangan itu kurang populer.", "level": 3},
          {"key": "D", "text": "Menyiapkan data lengkap tentang program yang dipangkas, termasuk jumlah penerima manfaat dan capaian tahun lalu, lalu menyampaikannya secara jelas dalam rapat.", "level": 1},
          {"key": "E", "text": "Menyajikan skenario dampak pemangkasan terhadap target RPJMD, layanan warga, dan fiskal daerah, lalu menawarkan kompromi yang dapat disepakati.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M03-06", "version": 1, "type": "sjt", "section": "sjt", "area": "M.03", "status": "active", "stem": "Penataan organisasi membuat satu bidang di dinas Anda digabung dan beberapa pejabat akan kehilangan jabatan strukturalnya. Kabar itu sudah beredar sebagai desas-desus dan menimbulkan keresahan di kalangan pegawai. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menemui satu per satu pejabat yang terdampak, menyampaikan keputusan itu secara terus terang, dan menjelaskan pilihan jabatan fungsional yang tersedia.", "level": 3},
          {"key": "B", "text": "Mengumpulkan seluruh pegawai dalam pertemuan terbuka, memberi kesempatan bertanya, mendengarkan kekhawatiran mereka, dan menyapa pegawai secara informal sesudahnya.", "level": 2},
          {"key": "C", "text": "Menggagas forum dan kanal tanya-jawab yang terbuka untuk setiap penataan organisasi, agar pegawai ikut mencari solusi sejak awal.", "level": 5},
          {"key": "D", "text": "Menimbang kepentingan organisasi, karier pegawai, dan layanan, lalu membangun kesepakatan dengan BKPSDM dan pejabat terdampak tentang penempatan mereka.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M04-01", "version": 1, "type": "sjt", "section": "sjt", "area": "M.04", "status": "active", "stem": "Hingga akhir triwulan ketiga, realisasi pajak hotel dan restoran baru mencapai 55 persen dari target tahunan. Walikota meminta Anda, sebagai kepala badan pendapatan daerah, memastikan target tercapai. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Membangun sistem pemantauan pajak daerah berbasis data transaksi daring yang dapat dijadikan model peningkatan pendapatan daerah secara nasional.", "level": 5},
          {"key": "B", "text": "Memastikan seluruh prosedur penagihan pajak berjalan sesuai standar operasional yang berlaku hingga akhir tahun.", "level": 1},
          {"key": "C", "text": "Menetapkan target penagihan mingguan untuk setiap tim, mengumumkan capaiannya dalam rapat, memberi penghargaan kepada tim terbaik, dan menegur tim yang tertinggal.", "level": 3},
          {"key": "D", "text": "Menggali potensi yang belum tersentuh, seperti perekam transaksi dan pendataan usaha baru, dan menggerakkan semua bidang melampaui target.", "level": 4},
          {"key": "E", "text": "Mencoba sendiri cara penagihan yang berbeda, misalnya mendatangi langsung wajib pajak besar yang menunggak.", "level": 2}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M04-02", "version": 1, "type": "sjt", "section": "sjt", "area": "M.04", "status": "active", "stem": "Indeks kepuasan masyarakat terhadap layanan dinas Anda sudah memenuhi target, sehingga sebagian staf merasa tidak perlu lagi melakukan perbaikan. Padahal waktu tunggu layanan masih lebih lama dibandingkan kota tetangga. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menetapkan target waktu tunggu yang lebih menantang, lalu memberi apresiasi kepada loket yang berhasil dan menegur yang lalai.", "level": 3},
          {"key": "B", "text": "Mengembangkan pengukuran waktu layanan yang terbuka dan mengusulkannya kepada Kementerian PANRB sebagai pendorong kinerja layanan secara nasional.", "level": 5},
          {"key": "C", "text": "Memberi contoh dengan mempercepat penyelesaian berkas yang menjadi tanggung jawab saya sendiri dan mencoba cara kerja baru untuk memangkas waktu.", "level": 2},
          {"key": "D", "text": "Menjaga agar mutu layanan tetap memenuhi standar yang sudah ditetapkan, memeriksa laporan harian loket, dan memastikan capaian indeks kepuasan tidak menurun.", "level": 1},
          {"key": "E", "text": "Menjadikan kota tetangga tolok ukur, memetakan hambatan di setiap tahap layanan, dan menggerakkan semua unit melampaui capaian kota itu.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M04-03", "version": 1, "type": "sjt", "section": "sjt", "area": "M.04", "status": "active", "stem": "Proyek pembangunan drainase kota yang didanai APBD terlambat 20 persen dari jadwal karena cuaca dan kinerja kontraktor yang lemah. Kontrak akan berakhir dalam tiga bulan. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengolah pengalaman proyek ini menjadi model pengendalian proyek infrastruktur daerah yang diusulkan kepada kementerian untuk memperbaiki kinerja proyek serupa secara nasional.", "level": 5},
          {"key": "B", "text": "Menyusun rencana percepatan bersama kontraktor dan konsultan, mengantisipasi risiko cuaca, dan mendorong tim menyelesaikan proyek lebih awal.", "level": 4},
          {"key": "C", "text": "Memastikan pengawasan dan pelaporan kemajuan proyek dilakukan sesuai ketentuan kontrak.", "level": 1},
          {"key": "D", "text": "Lebih sering turun ke lapangan sendiri dan mencoba cara pengawasan lain, seperti laporan foto harian dan rapat lapangan singkat dengan kontraktor setiap pagi.", "level": 2},
          {"key": "E", "text": "Menetapkan target kemajuan mingguan yang ketat bagi tim pengawas dan kontraktor, menerbitkan teguran bila target tidak tercapai, dan memberi apresiasi bila terlampaui.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M04-04", "version": 1, "type": "sjt", "section": "sjt", "area": "M.04", "status": "active", "stem": "Dinas Anda mendapat target agar 90 persen pelaku usaha mikro memiliki Nomor Induk Berusaha tahun ini, padahal capaian tahun lalu baru 40 persen dan jumlah staf tidak bertambah. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mencoba sendiri layanan jemput bola di satu kelurahan untuk melihat apakah cara itu dapat mempercepat pendaftaran.", "level": 2},
          {"key": "B", "text": "Membagi target per bidang dan per kecamatan, memantau capaian setiap tim tiap minggu, serta memberi penghargaan atau teguran sesuai hasilnya.", "level": 3},
          {"key": "C", "text": "Menggandeng kecamatan, perbankan, dan asosiasi UMKM untuk layanan jemput bola, lalu menggerakkan seluruh unit agar capaian melampaui 90 persen.", "level": 4},
          {"key": "D", "text": "Merancang pola pendampingan perizinan UMKM yang dapat direplikasi dan mengusulkannya kepada kementerian sebagai model peningkatan kinerja perizinan berusaha di seluruh Indonesia.", "level": 5},
          {"key": "E", "text": "Memastikan penerbitan NIB di loket berjalan sesuai standar pelayanan, dan melaporkan capaian apa adanya kepada Walikota setiap bulan beserta kendalanya.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M04-05", "version": 1, "type": "sjt", "section": "sjt", "area": "M.04", "status": "active", "stem": "Dinas Anda memperoleh nilai B dalam evaluasi akuntabilitas kinerja, sementara beberapa OPD lain sudah mendapat A. Staf merasa nilai B sudah cukup baik mengingat keterbatasan anggaran. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mempelajari dokumen OPD yang memperoleh nilai A dan menerapkan penyusunan indikator yang lebih baik pada bagian yang saya tangani.", "level": 2},
          {"key": "B", "text": "Mengembangkan model manajemen kinerja dinas yang terbuka untuk dipelajari dan direplikasi instansi lain, sehingga ikut mendorong perbaikan kinerja instansi pemerintah secara nasional.", "level": 5},
          {"key": "C", "text": "Menghubungkan rencana, anggaran, dan hasil setiap bidang melalui pohon kinerja, lalu mendorong semua unit melampaui target indikatornya.", "level": 4},
          {"key": "D", "text": "Memastikan semua dokumen akuntabilitas kinerja disusun lengkap dan tepat waktu sesuai pedoman.", "level": 1},
          {"key": "E", "text": "Menetapkan target nilai A untuk tahun depan, membagi tanggung jawab per bidang, dan mengevaluasi kemajuannya secara berkala dengan apresiasi dan teguran yang jelas.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M04-06", "version": 1, "type": "sjt", "section": "sjt", "area": "M.04", "status": "active", "stem": "Program perbaikan rumah tidak layak huni di dinas Anda baru terealisasi 60 persen menjelang akhir tahun karena verifikasi calon penerima berjalan lambat. Beberapa staf mengusulkan agar sisa anggaran dikembalikan saja ke kas daerah. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menggandeng kelurahan dan fasilitator masyarakat mempercepat verifikasi, lalu mendorong tim agar realisasi tahun ini melampaui target awal.", "level": 4},
          {"key": "B", "text": "Menetapkan target verifikasi harian bagi setiap tim, memantau langsung capaiannya, serta memberi apresiasi dan teguran sesuai hasil.", "level": 3},
          {"key": "C", "text": "Mencari sendiri cara mempercepat verifikasi, misalnya memakai data terpadu kesejahteraan sosial sebagai rujukan awal.", "level": 2},
          {"key": "D", "text": "Memastikan rumah yang sudah dikerjakan selesai sesuai standar teknis, lalu mengembalikan sisa anggaran ke kas daerah sesuai ketentuan dan mencatat penyebab keterlambatannya.", "level": 1},
          {"key": "E", "text": "Merancang model percepatan program perumahan dari pengalaman ini dan mengusulkannya kepada kementerian yang membidangi perumahan sebagai acuan nasional.", "level": 5}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M05-01", "version": 1, "type": "sjt", "section": "sjt", "area": "M.05", "status": "active", "stem": "Menjelang pemilihan kepala daerah, tim pemenangan salah satu pasangan calon meminta agar layanan jemput bola perekaman KTP elektronik difokuskan di wilayah basis pendukungnya dan disertai atribut kampanye. Anda adalah kepala Disdukcapil. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengawasi langsung pelaksanaan di lapangan dan menjelaskan secara terbuka kepada masyarakat jadwal serta kriteria pemilihan lokasi layanan.", "level": 2},
          {"key": "B", "text": "Memetakan risiko politik layanan kependudukan selama masa pemilihan bersama KPU dan Bawaslu, lalu menyiapkan kebijakan netralitas jangka panjang.", "level": 4},
          {"key": "C", "text": "Tetap menjalankan layanan jemput bola sesuai jadwal dan standar pelayanan yang sudah ditetapkan.", "level": 1},
          {"key": "D", "text": "Bersama tim menyusun ulang jadwal berdasarkan data warga yang belum merekam di setiap kecamatan, lalu menetapkan aturan layanan bebas atribut politik.", "level": 3},
          {"key": "E", "text": "Mengusulkan kepada Kementerian Dalam Negeri pedoman nasional netralitas layanan kependudukan pada masa pemilihan, agar layanan di semua daerah tetap objektif dan tidak diskriminatif.", "level": 5}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M05-02", "version": 1, "type": "sjt", "section": "sjt", "area": "M.05", "status": "active", "stem": "Pengaduan warga tentang lamanya penerbitan persetujuan bangunan gedung terus meningkat di kanal pengaduan daring. Sebagian besar berkas tertahan di tahap verifikasi teknis. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengajak tim teknis memperbaiki standar pelayanan, seperti batas waktu setiap tahap dan daftar periksa yang jelas, lalu menerapkannya di unit.", "level": 3},
          {"key": "B", "text": "Menyusun usulan kebijakan layanan persetujuan bangunan yang objektif dan dapat diberlakukan secara nasional melalui kementerian terkait.", "level": 5},
          {"key": "C", "text": "Memastikan setiap berkas yang masuk diproses sesuai standar pelayanan, dan setiap pengaduan dibalas sesuai prosedur dalam batas waktu yang ditetapkan.", "level": 1},
          {"key": "D", "text": "Memeriksa langsung alur verifikasi, mengawasi kerja petugas, dan menjelaskan secara terbuka kepada pengadu status berkas mereka.", "level": 2},
          {"key": "E", "text": "Menganalisis data pengaduan beberapa tahun untuk mengantisipasi dampak keterlambatan terhadap investasi dan tata ruang, lalu menyiapkan perubahan jangka panjang.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M05-03", "version": 1, "type": "sjt", "section": "sjt", "area": "M.05", "status": "active", "stem": "Petugas puskesmas di salah satu kecamatan dilaporkan memperlambat layanan bagi warga pendatang yang belum memiliki KTP kota, dengan alasan mendahulukan warga setempat. Sebagai kepala Dinas Kesehatan, apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Memastikan warga yang mengadu segera dilayani sesuai standar pelayanan yang berlaku, dan menegaskan kepada petugas bahwa layanan kesehatan tidak bergantung pada KTP.", "level": 1},
          {"key": "B", "text": "Mengkaji dampak jangka panjang pertambahan warga pendatang terhadap layanan kesehatan dan kepekaan sosialnya, lalu menyiapkan kebijakan antisipasi.", "level": 4},
          {"key": "C", "text": "Mengusulkan kepada Kementerian Kesehatan penegasan kebijakan nasional bahwa layanan kesehatan dasar tidak boleh dibedakan berdasarkan domisili administratif.", "level": 5},
          {"key": "D", "text": "Bersama kepala puskesmas menambahkan ketentuan tegas tentang layanan tanpa diskriminasi ke dalam standar pelayanan, lalu melatih seluruh petugas.", "level": 3},
          {"key": "E", "text": "Mengunjungi puskesmas tersebut, mengawasi pelaksanaan layanan, dan menjelaskan secara terbuka kepada petugas dan warga prosedur yang berlaku.", "level": 2}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M05-04", "version": 1, "type": "sjt", "section": "sjt", "area": "M.05", "status": "active", "stem": "Survei kepuasan menunjukkan warga lanjut usia dan penyandang disabilitas kesulitan memakai aplikasi layanan daring yang baru diluncurkan dinas Anda, sehingga sebagian dari mereka terpaksa memakai jasa calo. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Bersama tim dan komunitas penyandang disabilitas memperbaiki standar pelayanan, misalnya dengan loket pendamping dan tampilan aplikasi yang lebih mudah.", "level": 3},
          {"key": "B", "text": "Menganalisis tren kependudukan, kesenjangan digital, dan sorotan publik untuk mengantisipasi kebutuhan layanan ke depan, lalu menyesuaikan strategi digitalisasi.", "level": 4},
          {"key": "C", "text": "Tetap melayani warga yang datang langsung ke loket sesuai standar pelayanan yang berlaku.", "level": 1},
          {"key": "D", "text": "Mengawasi langsung pelaksanaan layanan di loket, menindak praktik calo, dan menjelaskan alur layanan secara terbuka kepada warga.", "level": 2},
          {"key": "E", "text": "Merumuskan usulan kebijakan layanan digital inklusif yang dapat menjadi standar nasional, agar warga lanjut usia dan penyandang disabilitas di daerah mana pun tidak tertinggal.", "level": 5}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M05-05", "version": 1, "type": "sjt", "section": "sjt", "area": "M.05", "status": "active", "stem": "Seorang tokoh masyarakat berpengaruh meminta agar permohonan izin usaha kerabatnya didahulukan dari antrean, dengan janji akan membantu menenangkan warga yang menolak proyek pemerintah kota di wilayahnya. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengangkat kasus ini dalam penyusunan kebijakan nasional standar pelayanan perizinan, agar layanan publik tidak dapat dijadikan alat tawar-menawar kepentingan.", "level": 5},
          {"key": "B", "text": "Menolak permintaan itu dan memproses permohonan kerabatnya sesuai urutan dan standar pelayanan.", "level": 1},
          {"key": "C", "text": "Menolak permintaan tersebut, mengawasi agar petugas tidak memberi perlakuan khusus, dan menjelaskan kepada tokoh itu alur layanan yang berlaku bagi semua warga.", "level": 2},
          {"key": "D", "text": "Memperhitungkan dampak jangka panjang dan politis bila layanan dapat ditukar dengan dukungan, lalu mengusulkan agar penolakan proyek ditangani lewat dialog resmi, terpisah dari perizinan.", "level": 4},
          {"key": "E", "text": "Mengajak tim memperbaiki standar pelayanan dengan sistem antrean daring yang terbuka, sehingga tidak ada lagi ruang untuk permintaan didahulukan.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M05-06", "version": 1, "type": "sjt", "section": "sjt", "area": "M.05", "status": "active", "stem": "Pemerintah provinsi menyerahkan pengelolaan beberapa ruas jalan kepada pemerintah kota tanpa tambahan anggaran. Warga mulai mengeluhkan jalan rusak di ruas tersebut, dan sejumlah politisi mulai memanfaatkan isu ini. Sebagai kepala dinas pekerjaan umum, apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Meninjau langsung pekerjaan penambalan, mengawasi mutunya, dan menjelaskan kepada warga secara terbuka jadwal serta batas kewenangan penanganan.", "level": 2},
          {"key": "B", "text": "Menghitung kebutuhan pemeliharaan jangka panjang ruas itu, memetakan kepentingan politik di sekitarnya, dan menyiapkan strategi pembiayaan bersama DPRD.", "level": 4},
          {"key": "C", "text": "Menangani kerusakan jalan yang dilaporkan warga sesuai standar pemeliharaan dan anggaran yang tersedia.", "level": 1},
          {"key": "D", "text": "Bersama tim menyusun standar respons kerusakan jalan, misalnya batas waktu penanganan lubang setelah dilaporkan, dan menerapkannya di semua unit pemeliharaan.", "level": 3},
          {"key": "E", "text": "Mendorong pengaturan nasional agar setiap pengalihan kewenangan jalan antartingkat pemerintahan disertai kepastian pendanaan, sehingga layanan kepada warga tidak dikorbankan.", "level": 5}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M06-01", "version": 1, "type": "sjt", "section": "sjt", "area": "M.06", "status": "active", "stem": "Pemerintah kota mewajibkan penerapan Sistem Pemerintahan Berbasis Elektronik, tetapi sebagian besar pejabat di dinas Anda, termasuk Anda sendiri, belum memahami arsitektur dan manajemen data yang disyaratkan. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menggerakkan jejaring belajar antardaerah bersama kementerian terkait agar pembelajaran digital aparatur berlangsung berkelanjutan secara nasional.", "level": 5},
          {"key": "B", "text": "Memetakan kemampuan setiap pejabat, memberi umpan balik, dan menyusun rencana pelatihan serta pendampingan bagi masing-masing.", "level": 3},
          {"key": "C", "text": "Setelah mempelajarinya, memperagakan dan menjelaskan kepada para kepala bidang cara menyusun dokumen arsitektur dinas.", "level": 2},
          {"key": "D", "text": "Mengikuti pelatihan daring, membaca regulasi dan pedoman teknisnya, serta berdiskusi dengan narasumber Diskominfo agar saya dapat mengambil keputusan yang tepat.", "level": 1},
          {"key": "E", "text": "Merancang program kompetensi digital tiga tahun bersama BKPSDM dan Diskominfo, dengan jalur belajar, komunitas praktik, dan evaluasi dampak.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M06-02", "version": 1, "type": "sjt", "section": "sjt", "area": "M.06", "status": "active", "stem": "Seorang kepala seksi yang berpotensi tinggi di dinas Anda sering membuat kesalahan dalam menyusun telaahan staf, sehingga Anda berulang kali harus memperbaikinya sendiri. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menyusun program pengembangan jangka panjang bagi pejabat muda di dinas, termasuk pelatihan penulisan kebijakan dan penugasan bertahap.", "level": 4},
          {"key": "B", "text": "Memberikan contoh telaahan yang baik dari arsip dinas dan menjelaskan langkah demi langkah cara menyusunnya kepada kepala seksi tersebut sambil mengerjakan kasus berikutnya.", "level": 2},
          {"key": "C", "text": "Memberi umpan balik tertulis atas setiap telaahan, menjadwalkan sesi bimbingan rutin, dan menyepakati rencana pengembangan kemampuannya.", "level": 3},
          {"key": "D", "text": "Membagikan modul dan pola pembimbingan penulisan kebijakan di jejaring pembelajaran ASN nasional.", "level": 5},
          {"key": "E", "text": "Memperdalam kemampuan saya sendiri dalam menyusun telaahan kebijakan agar perbaikan yang saya lakukan makin cepat dan tepat.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M06-03", "version": 1, "type": "sjt", "section": "sjt", "area": "M.06", "status": "active", "stem": "Hasil pemetaan talenta menunjukkan hampir separuh pejabat administrator di dinas Anda akan pensiun dalam lima tahun, sementara calon penggantinya belum siap. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengidentifikasi calon pengganti untuk setiap jabatan, memberi mereka umpan balik, dan menyusun rencana pengembangan individu yang dipantau berkala.", "level": 3},
          {"key": "B", "text": "Berperan aktif dalam jejaring manajemen talenta nasional agar pembelajaran dan pertukaran talenta antarinstansi berlangsung berkelanjutan.", "level": 5},
          {"key": "C", "text": "Memberi contoh langsung kepada calon pengganti tentang cara saya menangani tugas-tugas penting, dan meminta pejabat senior ikut menjelaskan seluk-beluk pekerjaannya.", "level": 2},
          {"key": "D", "text": "Menyusun program suksesi lima tahun bersama BKPSDM berisi rotasi, coaching, mentoring, dan pelatihan kepemimpinan yang dinilai setiap tahun.", "level": 4},
          {"key": "E", "text": "Mempelajari konsep manajemen talenta dan perencanaan suksesi agar saya memahami langkah yang perlu diambil.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M06-04", "version": 1, "type": "sjt", "section": "sjt", "area": "M.06", "status": "active", "stem": "Anggaran pelatihan dinas Anda dipotong hampir habis karena pergeseran anggaran. Padahal beberapa staf membutuhkan peningkatan keterampilan untuk layanan baru yang akan dibuka tahun ini. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Memanfaatkan kursus daring gratis dan studi banding mandiri ke daerah yang sudah menjalankan layanan serupa untuk meningkatkan pemahaman saya sendiri tentang layanan baru.", "level": 1},
          {"key": "B", "text": "Menunjuk pegawai yang sudah mahir sebagai mentor, memberi umpan balik rutin kepada staf yang dibimbing, dan mencatat kemajuannya dalam rencana pengembangan.", "level": 3},
          {"key": "C", "text": "Membangun program belajar jangka panjang berbiaya rendah, seperti forum berbagi pengetahuan, magang antarbidang, dan platform pembelajaran ASN.", "level": 4},
          {"key": "D", "text": "Mengajarkan langsung kepada staf cara menjalankan layanan baru melalui contoh kasus nyata di kantor.", "level": 2},
          {"key": "E", "text": "Bersama lembaga pembina ASN mendorong model pembelajaran terintegrasi berbiaya rendah yang dapat dipakai instansi daerah di seluruh Indonesia.", "level": 5}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M06-05", "version": 1, "type": "sjt", "section": "sjt", "area": "M.06", "status": "active", "stem": "Dari umpan balik 360 derajat, Anda mengetahui bahwa bawahan menilai Anda kurang memberi mereka kesempatan berkembang, karena tugas-tugas penting selalu Anda kerjakan sendiri. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Merenungkan umpan balik tersebut dan mempelajari cara mendelegasikan tugas dengan baik untuk memperbaiki cara kerja saya.", "level": 1},
          {"key": "B", "text": "Mendelegasikan tugas penting secara bertahap, memberi umpan balik atas hasilnya, dan menyusun rencana pengembangan bersama setiap bawahan yang saya pimpin.", "level": 3},
          {"key": "C", "text": "Membagikan model pengembangan kepemimpinan ini dalam forum pembelajaran ASN nasional agar instansi lain ikut membangun budaya belajar berkelanjutan.", "level": 5},
          {"key": "D", "text": "Menetapkan program pengembangan kepemimpinan berjenjang di dinas, termasuk penugasan menantang dan mentoring, yang dievaluasi setiap tahun.", "level": 4},
          {"key": "E", "text": "Mulai mengajak bawahan mendampingi saya mengerjakan tugas penting sambil menjelaskan cara dan pertimbangan yang saya pakai.", "level": 2}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M06-06", "version": 1, "type": "sjt", "section": "sjt", "area": "M.06", "status": "active", "stem": "Beberapa pegawai muda berprestasi di dinas Anda mengajukan pindah ke instansi lain karena merasa kariernya tidak berkembang. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mempelajari aturan pola karier dan manajemen talenta ASN agar saya dapat memberi penjelasan yang benar kepada mereka.", "level": 1},
          {"key": "B", "text": "Bersama BKPSDM merancang program karier jangka panjang bagi pegawai muda, seperti kelompok talenta dinas, rotasi terencana, dan tugas belajar.", "level": 4},
          {"key": "C", "text": "Mendorong jejaring pertukaran dan pengembangan talenta muda antardaerah dan kementerian yang berkelanjutan secara nasional.", "level": 5},
          {"key": "D", "text": "Berdiskusi satu per satu tentang aspirasi mereka, memberi umpan balik atas kinerjanya, dan menyusun rencana pengembangan termasuk penugasan menantang.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M07-01", "version": 1, "type": "sjt", "section": "sjt", "area": "M.07", "status": "active", "stem": "Pemerintah kota menjalankan penyederhanaan birokrasi: jabatan pengawas di dinas Anda dialihkan menjadi jabatan fungsional. Sejumlah pejabat merasa kehilangan status, dan kinerja tim menurun. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Segera mempelajari pola kerja jabatan fungsional dan mengubah cara saya memimpin sebelum diminta.", "level": 2},
          {"key": "B", "text": "Memberi masukan kepada kementerian tentang penyempurnaan kebijakan penyederhanaan birokrasi berdasarkan pengalaman daerah.", "level": 5},
          {"key": "C", "text": "Memimpin penataan ulang proses kerja dinas berbasis tim lintas fungsi dan mengawal agar perubahan itu meningkatkan kinerja.", "level": 4},
          {"key": "D", "text": "Mempelajari ketentuan struktur baru dan menyesuaikan cara saya membagi serta menandatangani tugas dengan alur kerja jabatan fungsional sesuai ketentuan yang berlaku.", "level": 1},
          {"key": "E", "text": "Mendampingi para pejabat yang dialihkan memahami jenjang karier fungsional dan mengantisipasi kendala angka kredit mereka.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M07-02", "version": 1, "type": "sjt", "section": "sjt", "area": "M.07", "status": "active", "stem": "Walikota memutuskan semua layanan perizinan wajib dilakukan secara daring mulai tiga bulan lagi. Sebagian staf loket khawatir pekerjaannya hilang, dan sebagian warga belum terbiasa memakai aplikasi. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengikuti jadwal peralihan yang ditetapkan dan mulai memakai sistem daring dalam pekerjaan saya.", "level": 1},
          {"key": "B", "text": "Membantu staf loket beralih menjadi pendamping layanan daring dan menyiapkan langkah antisipasi bagi warga yang kesulitan.", "level": 3},
          {"key": "C", "text": "Lebih dahulu mencoba aplikasi tersebut sebagai pengguna, mempelajari fitur-fiturnya, dan mengubah cara saya memeriksa berkas sebelum peluncuran resmi dilakukan.", "level": 2},
          {"key": "D", "text": "Bersama kementerian terkait mendorong peta jalan nasional peralihan perizinan daring yang memperhitungkan kesiapan aparatur dan warga di berbagai daerah.", "level": 5},
          {"key": "E", "text": "Memimpin peralihan dinas secara menyeluruh: peta jalan, uji coba bertahap, penataan peran staf, dan pemantauan mingguan hingga layanan stabil.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M07-03", "version": 1, "type": "sjt", "section": "sjt", "area": "M.07", "status": "active", "stem": "Anda baru dilantik sebagai kepala dinas yang bertahun-tahun dikenal dengan budaya kerja lamban dan cari aman. Pegawai cenderung menolak setiap cara kerja baru dengan alasan dari dulu sudah begitu. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengembangkan model transformasi budaya kerja yang dapat diadopsi instansi pemerintah di tingkat nasional.", "level": 5},
          {"key": "B", "text": "Menyusun agenda perubahan dinas dengan tujuan terukur, membentuk agen perubahan di setiap bidang, dan memimpin evaluasinya.", "level": 4},
          {"key": "C", "text": "Menyesuaikan diri dengan kebijakan reformasi birokrasi pemerintah kota dan memastikan tugas saya sendiri mengikuti ketentuan baru.", "level": 1},
          {"key": "D", "text": "Segera menerapkan cara kerja yang lebih cepat pada tugas-tugas yang saya tangani sendiri, seperti disposisi elektronik dan rapat yang lebih singkat, sebagai contoh.", "level": 2},
          {"key": "E", "text": "Mengajak para kepala bidang mengenali hambatan perubahan di bidangnya dan membantu mereka menerapkan cara kerja baru secara bertahap.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M07-04", "version": 1, "type": "sjt", "section": "sjt", "area": "M.07", "status": "active", "stem": "Pemerintah kota menerapkan pengaturan kerja fleksibel: pada hari tertentu sebagian pegawai bekerja dari rumah. Di dinas Anda, kinerja sebagian pegawai menurun dan pengawasan menjadi lebih sulit. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Memimpin perubahan sistem kerja dinas: target hasil harian, pemantauan kinerja digital, dan evaluasi berkala.", "level": 4},
          {"key": "B", "text": "Menyesuaikan jadwal dan cara kerja saya dengan kebijakan kerja fleksibel tersebut.", "level": 1},
          {"key": "C", "text": "Segera memakai aplikasi kolaborasi daring untuk pekerjaan saya dan mencoba cara koordinasi jarak jauh yang lebih efektif.", "level": 2},
          {"key": "D", "text": "Menyampaikan rekomendasi kebijakan kerja fleksibel berbasis pengalaman daerah kepada Kementerian PANRB agar perubahan pola kerja ASN berhasil secara nasional.", "level": 5},
          {"key": "E", "text": "Membantu para kepala bidang menyusun ukuran kinerja berbasis hasil dan mengantisipasi tugas yang tidak cocok dikerjakan dari rumah.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M07-05", "version": 1, "type": "sjt", "section": "sjt", "area": "M.07", "status": "active", "stem": "Pemerintah kota akan memindahkan pusat perkantoran ke kawasan baru di pinggir kota dalam satu tahun. Banyak pegawai dinas Anda keberatan karena jarak tempuh dan biaya transportasi bertambah. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menerima keputusan tersebut, mengatur ulang urusan pribadi dan perjalanan saya, serta menyiapkan diri untuk berkantor di lokasi baru sesuai jadwal yang ditetapkan.", "level": 1},
          {"key": "B", "text": "Memimpin rencana pemindahan dinas secara utuh, termasuk jadwal bertahap, kelangsungan layanan warga, dan dukungan transportasi pegawai.", "level": 4},
          {"key": "C", "text": "Segera mengenali lokasi baru, menyesuaikan rencana kerja saya, dan mencari cara agar pemindahan tidak mengganggu tugas saya.", "level": 2},
          {"key": "D", "text": "Mendengarkan keberatan pegawai, membantu mereka mencari jalan keluar seperti angkutan bersama, dan mengantisipasi gangguan layanan selama masa pindah.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M07-06", "version": 1, "type": "sjt", "section": "sjt", "area": "M.07", "status": "active", "stem": "Kementerian menerbitkan regulasi baru yang mengubah penyaluran dana bantuan operasional sekolah dan mewajibkan pelaporan melalui aplikasi nasional. Banyak kepala sekolah kebingungan, dan laporan tahap pertama terlambat. Sebagai kepala Dinas Pendidikan, apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Memberi umpan balik terstruktur kepada kementerian dan forum dinas pendidikan se-Indonesia untuk menyempurnakan penerapan regulasi secara nasional.", "level": 5},
          {"key": "B", "text": "Mempelajari regulasi baru tersebut dan menyesuaikan prosedur persetujuan laporan yang menjadi kewenangan saya.", "level": 1},
          {"key": "C", "text": "Lebih dahulu mencoba aplikasi pelaporan nasional dengan akun dinas, mempelajari perubahan teknisnya, dan mencari informasi dari daerah lain sebelum jadwal pelaporan berikutnya.", "level": 2},
          {"key": "D", "text": "Memimpin perubahan tata kelola dana sekolah di dinas: tim pendamping per wilayah, alur verifikasi baru, dan target ketepatan laporan.", "level": 4},
          {"key": "E", "text": "Membantu kepala sekolah memahami perubahan melalui pendampingan dan mengantisipasi kendala pada tahap pelaporan berikutnya.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M08-01", "version": 1, "type": "sjt", "section": "sjt", "area": "M.08", "status": "active", "stem": "Hasil uji laboratorium menunjukkan sumber air baku salah satu instalasi pengolahan air minum kota tercemar limbah industri. Sekitar 20.000 pelanggan bergantung pada instalasi itu, dan pemberitaan mulai muncul. Anda ditunjuk memimpin penanganannya. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Membandingkan pilihan menghentikan sementara instalasi, mengalihkan pasokan, atau menambah pengolahan, lalu memilih yang risikonya paling seimbang.", "level": 3},
          {"key": "B", "text": "Segera menghentikan sementara instalasi, menyiapkan air bersih pengganti, dan menyegel saluran limbah, sambil mengantisipasi dampak hukum dan sosialnya.", "level": 4},
          {"key": "C", "text": "Merumuskan solusi jangka panjang berupa perlindungan daerah aliran sungai lintas wilayah dan kebijakan pengendalian limbah industri yang berdampak nasional.", "level": 5},
          {"key": "D", "text": "Menelusuri sumber pencemaran, jenis zat pencemar, dan pola pembuangan limbah untuk memahami akar masalahnya.", "level": 2},
          {"key": "E", "text": "Mengumpulkan hasil uji laboratorium, laporan perusahaan air minum, dan keterangan dari industri di sekitar sumber air, lalu bertindak sesuai kewenangan yang saya miliki.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M08-02", "version": 1, "type": "sjt", "section": "sjt", "area": "M.08", "status": "active", "stem": "Anggaran daerah defisit karena dana transfer dari pusat berkurang. Anda diminta memutuskan program dinas yang harus ditunda, padahal setiap program memiliki pendukung di DPRD dan masyarakat. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Meminta data realisasi dan capaian setiap program dari para kepala bidang sebagai bahan keputusan.", "level": 1},
          {"key": "B", "text": "Menyusun beberapa alternatif paket penundaan dan menimbang risiko keberhasilan masing-masing sebelum memilih satu.", "level": 3},
          {"key": "C", "text": "Memutuskan penundaan meskipun berisiko tinggi secara politis, dengan pengaman berupa penjadwalan ulang dan penjelasan kepada DPRD dan warga.", "level": 4},
          {"key": "D", "text": "Menganalisis secara mendalam kontribusi setiap program terhadap sasaran RPJMD dan kelompok warga yang terdampak bila program ditunda.", "level": 2}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M08-03", "version": 1, "type": "sjt", "section": "sjt", "area": "M.08", "status": "active", "stem": "Aplikasi layanan kependudukan yang dikembangkan pihak ketiga untuk pemerintah kota sering mengalami gangguan, dan kontraknya akan berakhir. Penyedia menawarkan perpanjangan dengan biaya lebih tinggi, sementara tim internal mengusulkan membangun sistem sendiri walaupun belum berpengalaman. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mengumpulkan laporan gangguan, isi kontrak, dan aturan pengadaan yang berlaku sebelum menentukan langkah.", "level": 1},
          {"key": "B", "text": "Menganalisis secara mendalam apakah gangguan berasal dari aplikasi, infrastruktur, atau pengelolaan di pihak pemerintah kota.", "level": 2},
          {"key": "C", "text": "Memilih peralihan bertahap ke sistem sendiri, dengan kontrak transisi jangka pendek, cadangan data, dan uji keamanan sebelum pemindahan.", "level": 4},
          {"key": "D", "text": "Mendorong platform layanan bersama yang dikelola pemerintah pusat sebagai solusi jangka panjang agar pemerintah daerah tidak lagi bergantung pada penyedia masing-masing.", "level": 5},
          {"key": "E", "text": "Membandingkan pilihan perpanjangan, pembangunan sendiri, dan pemakaian aplikasi pemerintah pusat berdasarkan biaya, risiko, dan kesiapan tim.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M08-04", "version": 1, "type": "sjt", "section": "sjt", "area": "M.08", "status": "active", "stem": "Pembangunan jalan lingkar kota terhambat karena tiga bidang tanah belum dibebaskan; pemiliknya menuntut ganti rugi jauh di atas nilai penilai publik. Jika tidak selesai bulan ini, anggaran tahun ini tidak terserap dan jadwal proyek mundur setahun. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Membandingkan pilihan negosiasi ulang, penitipan ganti rugi ke pengadilan, dan penyesuaian trase jalan, termasuk risiko biaya dan waktunya.", "level": 3},
          {"key": "B", "text": "Menganalisis alasan penolakan pemilik tanah, riwayat negosiasi sebelumnya, dan kemungkinan kelemahan dalam proses penilaian.", "level": 2},
          {"key": "C", "text": "Memutuskan penitipan ganti rugi ke pengadilan sesuai aturan sambil tetap membuka dialog, menyiapkan pengamanan hukum, dan mengantisipasi gejolak sosial.", "level": 4},
          {"key": "D", "text": "Merumuskan usulan penyempurnaan kebijakan pengadaan tanah untuk kepentingan umum yang mencegah masalah serupa di daerah lain.", "level": 5},
          {"key": "E", "text": "Meminta dokumen penilaian, status hukum tanah, risalah musyawarah dengan pemilik, dan ketentuan pengadaan tanah terbaru sebelum bertindak sesuai kewenangan saya.", "level": 1}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M08-05", "version": 1, "type": "sjt", "section": "sjt", "area": "M.08", "status": "active", "stem": "Dua hari menjelang perayaan hari jadi kota yang akan dihadiri ribuan warga, BMKG mengeluarkan peringatan dini cuaca ekstrem. Panitia dan sponsor mendesak agar acara tetap berlangsung sesuai rencana. Sebagai ketua panitia pelaksana, apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Memantau informasi terbaru dari BMKG dan menunggu arahan pimpinan sebelum mengubah rencana.", "level": 1},
          {"key": "B", "text": "Menimbang pilihan memindahkan lokasi, mengubah jadwal, atau memperkecil skala acara, beserta risiko dan peluang keberhasilan masing-masing.", "level": 3},
          {"key": "C", "text": "Mempelajari secara rinci prakiraan cuaca per jam, kondisi lokasi, kekuatan panggung serta tenda, dan catatan kejadian cuaca pada perayaan tahun-tahun sebelumnya.", "level": 2},
          {"key": "D", "text": "Memutuskan memindahkan acara inti ke gedung tertutup, menyiapkan jalur evakuasi dan tim siaga, lalu menjelaskannya kepada sponsor.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-M08-06", "version": 1, "type": "sjt", "section": "sjt", "area": "M.08", "status": "active", "stem": "Angka putus sekolah jenjang SMP di kota Anda meningkat tiga tahun berturut-turut, terutama di kawasan pesisir. Walikota meminta rekomendasi kebijakan dalam satu bulan. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Merumuskan strategi jangka panjang penuntasan wajib belajar di kawasan pesisir yang dapat menjadi rujukan kebijakan pendidikan nasional.", "level": 5},
          {"key": "B", "text": "Mengumpulkan data putus sekolah dari sekolah dan sistem data pokok pendidikan sebagai bahan rekomendasi.", "level": 1},
          {"key": "C", "text": "Menganalisis secara mendalam penyebab putus sekolah, seperti ekonomi keluarga, jarak sekolah, dan anak yang bekerja di sektor perikanan.", "level": 2},
          {"key": "D", "text": "Merekomendasikan paket kebijakan yang risikonya sudah dipetakan, lengkap dengan langkah mitigasi dan indikator peringatan dini.", "level": 4},
          {"key": "E", "text": "Menyusun alternatif kebijakan, misalnya beasiswa, sekolah terbuka, atau angkutan sekolah gratis, dan menimbang risiko keberhasilan masing-masing.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-SK01-01", "version": 1, "type": "sjt", "section": "sjt", "area": "SK.01", "status": "active", "stem": "Rencana pembangunan rumah ibadah sebuah kelompok minoritas di salah satu kelurahan ditolak sebagian warga, padahal persyaratan administrasinya sudah lengkap. Kasus ini mulai ramai dibicarakan di media sosial. Sebagai kepala Badan Kesatuan Bangsa dan Politik, apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menemui tokoh warga yang menolak dan pengurus rumah ibadah, lalu mengajak mereka saling menghargai dengan menekankan kesamaan sebagai warga kota.", "level": 2},
          {"key": "B", "text": "Melibatkan tokoh berbagai latar belakang dalam tim penyelesaian yang memadukan pendekatan hukum, adat, dan agama, agar keragaman menjadi kekuatan.", "level": 4},
          {"key": "C", "text": "Memahami kekhawatiran kedua pihak dan menjaga agar sikap serta pernyataan pribadi saya, termasuk di media sosial, tetap menghormati hak setiap kelompok untuk beribadah.", "level": 1},
          {"key": "D", "text": "Menjadi wakil pemerintah yang membangun kepercayaan antarkelompok dan menjadikan penyelesaian kasus ini rujukan nasional.", "level": 5},
          {"key": "E", "text": "Bersama FKUB menyelenggarakan dialog dan kegiatan lintas agama di kelurahan itu untuk menumbuhkan sikap toleransi yang lebih luas.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-SK01-02", "version": 1, "type": "sjt", "section": "sjt", "area": "SK.01", "status": "active", "stem": "Dinas Anda menerima beberapa pegawai hasil mutasi dari daerah lain yang berbeda suku dan bahasa. Mereka cenderung dikucilkan dalam pergaulan kantor dan jarang dilibatkan dalam kegiatan tim. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menempatkan pegawai baru dalam tim proyek sesuai pengalaman mereka di daerah asal, agar sudut pandang berbeda itu memperbaiki layanan dinas.", "level": 4},
          {"key": "B", "text": "Memperlakukan pegawai baru itu dengan adil dan menghargai kebiasaan mereka dalam interaksi saya sehari-hari.", "level": 1},
          {"key": "C", "text": "Menyelenggarakan kegiatan pengenalan budaya dan program kerja berpasangan antara pegawai lama dan baru untuk menumbuhkan sikap saling menerima.", "level": 3},
          {"key": "D", "text": "Mengajak pegawai lama dan baru berbincang bersama dalam berbagai kesempatan, seperti makan siang dan apel pagi, dan menekankan bahwa semuanya bagian dari satu dinas.", "level": 2}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-SK01-03", "version": 1, "type": "sjt", "section": "sjt", "area": "SK.01", "status": "active", "stem": "Kota Anda menjadi tujuan banyak pendatang. Di sebuah perumahan baru, warga pendatang dan warga asli kerap berselisih soal tata cara kegiatan kemasyarakatan dan penggunaan fasilitas umum. Ketua RW meminta bantuan pemerintah kota. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Mempelajari latar belakang perselisihan dan memahami kebiasaan masing-masing kelompok tanpa berprasangka.", "level": 1},
          {"key": "B", "text": "Bersama camat dan lurah mengembangkan kegiatan bersama, seperti kerja bakti dan festival budaya, untuk menumbuhkan toleransi dan persatuan warga.", "level": 3},
          {"key": "C", "text": "Mengembangkan pola pembinaan kerukunan warga pendatang dan warga asli yang dapat menjadi acuan pemerintah membangun kohesi sosial di kota-kota lain di Indonesia.", "level": 5},
          {"key": "D", "text": "Hadir dalam pertemuan warga dan mengajak kedua kelompok saling menghargai dengan menonjolkan kepentingan bersama sebagai tetangga.", "level": 2},
          {"key": "E", "text": "Membentuk forum warga dari kedua kelompok untuk merancang aturan penggunaan fasilitas umum, agar perbedaan cara pandang menghasilkan aturan yang lebih baik.", "level": 4}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-SK01-04", "version": 1, "type": "sjt", "section": "sjt", "area": "SK.01", "status": "active", "stem": "Menjelang pemilihan kepala daerah, perdebatan di grup percakapan kantor tentang pasangan calon dan kelompok pendukungnya mulai bernada suku dan agama, dan sebagian pegawai saling menyindir. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menjaga sikap netral, tidak ikut menanggapi atau meneruskan pesan dalam perdebatan, dan tetap menghormati perbedaan pandangan serta latar belakang setiap pegawai.", "level": 1},
          {"key": "B", "text": "Menjadi wakil pemerintah dalam gerakan nasional pemilihan damai yang menjaga hubungan antarkelompok masyarakat di tengah perbedaan pilihan politik.", "level": 5},
          {"key": "C", "text": "Melibatkan pegawai berbagai latar belakang dalam satuan tugas netralitas dinas, sehingga perbedaan pandangan menjadi kekuatan menjaga kepercayaan publik.", "level": 4},
          {"key": "D", "text": "Mengadakan pertemuan pegawai tentang netralitas ASN dan bahaya ujaran bernuansa SARA, disertai kesepakatan etika bermedia sosial di dinas.", "level": 3},
          {"key": "E", "text": "Mengingatkan pegawai di grup percakapan untuk saling menghargai dan mengajak mereka mengutamakan persatuan sebagai sesama ASN.", "level": 2}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-SK01-05", "version": 1, "type": "sjt", "section": "sjt", "area": "SK.01", "status": "active", "stem": "Pemerintah kota akan menata kawasan pantai yang selama ini menjadi tempat mencari nafkah nelayan tradisional sekaligus lokasi ritual adat masyarakat setempat. Investor mendesak agar penataan dipercepat. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Memahami makna kawasan itu bagi nelayan dan masyarakat adat, dan menghormatinya dalam sikap saya selama proses penataan.", "level": 1},
          {"key": "B", "text": "Mewakili pemerintah di forum nasional pembangunan pesisir untuk menjembatani masyarakat adat, nelayan, dan dunia usaha di tengah keragaman budaya Indonesia.", "level": 5},
          {"key": "C", "text": "Merancang penataan yang menjadikan kearifan lokal dan kegiatan adat daya tarik wisata, agar perbedaan kepentingan memperkuat program kota.", "level": 4},
          {"key": "D", "text": "Mengunjungi komunitas nelayan dan tokoh adat, lalu mengajak mereka dan investor saling menghargai kepentingan masing-masing.", "level": 2},
          {"key": "E", "text": "Menyelenggarakan musyawarah yang mempertemukan nelayan, tokoh adat, dan investor untuk membangun kesepahaman dan semangat kebersamaan.", "level": 3}
        ],
        "reverseKeyed": false
      },
      {"key": "SJT-SK01-06", "version": 1, "type": "sjt", "section": "sjt", "area": "SK.01", "status": "active", "stem": "Rapat koordinasi lintas OPD yang Anda pimpin sering didominasi pejabat senior, sementara pejabat perempuan dan pejabat muda jarang bersuara walaupun memiliki gagasan yang baik. Apa yang paling mungkin Anda lakukan?",
        "options": [
          {"key": "A", "text": "Menetapkan tata cara rapat yang memberi giliran bicara kepada semua peserta dan menumbuhkan budaya saling menghargai di forum itu.", "level": 3},
          {"key": "B", "text": "Membentuk kelompok kerja campuran senior-muda dan laki-laki-perempuan untuk setiap isu, agar keragaman sudut pandang menghasilkan rekomendasi lebih baik.", "level": 4},
          {"key": "C", "text": "Menyadari adanya perbedaan usia, gender, gaya bicara, dan latar belakang peserta rapat, serta menghargai pendapat setiap orang yang berbicara tanpa memotongnya.", "level": 1},
          {"key": "D", "text": "Secara aktif mempersilakan peserta yang jarang bersuara untuk berpendapat dan menegaskan bahwa setiap masukan sama berharganya.", "level": 2}
        ],
        "reverseKeyed": false
      }
    ]
    """#
}
