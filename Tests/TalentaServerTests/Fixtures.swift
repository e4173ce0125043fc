import FluentKit
@testable import TalentaServer

/// Small spreadsheets for the import tests, and a helper to create their instansi.
enum Fixtures {
    static func createInstansi(_ database: TalentaDatabase, code: String = "kota-uji") async throws {
        try await Instansi(code: code, name: "Pemerintah Kota Uji", kind: .kota, region: "Banten").save(on: database.db)
    }

    static let positions = """
        kode;nama;unit_kerja;nama_unit;kelas;golongan_minimal;M.01;T.KES.01;kritikal
        UJI-DINKES;Kepala Dinas Kesehatan;DINKES;Dinas Kesehatan;JPT Pratama;IV/a;5;4;ya
        UJI-DISHUB;Kepala Dinas Perhubungan;DISHUB;Dinas Perhubungan;JPT Pratama;IV/a;;;tidak
        UJI-SETDA;Asisten Administrasi Umum;SETDA;Sekretariat Daerah;JPT Pratama;IV/a;;;tidak

        """

    static let employees = """
        nip;nama;tanggal_lahir;jenis_kelamin;golongan;pendidikan;unit_kerja;kode_jabatan;jabatan;tmt_jabatan
        197503152000031002;Ahmad Suhendi;15-03-1975;L;IV/b;S2;DINKES;UJI-DINKES;;02-01-2021
        198108222006042001;Siti Maryam;22/08/1981;P;IV/a;S1;DISHUB;UJI-DISHUB;;2022-03-01
        196912011995121001;Wahyu Hidayat;01-12-1969;L;IV/c;S2;SETDA;;Staf Ahli;01-06-2019

        """

    static let performance = """
        nip,tahun,predikat
        197503152000031002,2024,Baik
        197503152000031002,2025,Sangat Baik
        198108222006042001,2025,Baik

        """

    /// Technical assessment levels for the Fixtures officials; line 3 names an official the instansi does not have.
    static let technical = """
        nip;kode;level;tanggal
        197503152000031002;T.KES.01;4;12-05-2025
        199001012015031001;T.KES.01;3;12-05-2025
        198108222006042001;t.kes.01;3;2025-05-12
        196912011995121001;T.KEU.02;5;12/05/2025

        """

    /// Career preferences for the Fixtures officials; line 4 names a post the instansi does not have.
    static let preferences = """
        nip,kode_jabatan,urutan
        197503152000031002,UJI-DINKES,1
        197503152000031002,UJI-DISHUB,2
        198108222006042001,UJI-NOPE,2
        198108222006042001,UJI-SETDA,1

        """
}
