import Foundation
import TalentDomain
import TestDelivery

/// The printable signed certificate and the public verification page.
enum CertificatePage {
    static func render(_ certificate: ResultCertificate, lang: Language, staff: Bool) -> HTML {
        let payload = try? JSONDecoder().decode(CertificatePayload.self, from: Data(certificate.payload.utf8))
        let score = payload.flatMap { try? JSONDecoder().decode(AttemptScore.self, from: Data($0.scores.utf8)) }
        return Layout.page(title: lang.pick("Sertifikat hasil", "Result certificate") + " — " + (payload?.name ?? ""), lang: lang,
                           path: staff ? "/instansi/\(payload?.instansi ?? "")/hasil/\(payload?.nip ?? "")/sertifikat" : "/ujian/sertifikat",
                           staff: staff) {
            var html = "<article class=\"certificate\">"
            html += "<h1>\(lang.pick("Sertifikat Hasil Uji Kompetensi", "Competency Test Result Certificate"))</h1>"
            let facts: [(String, String)] = [
                (lang.pick("Nama", "Name"), payload?.name ?? "—"),
                ("NIP", NIP.grouped(payload?.nip ?? "")),
                ("Instansi", payload?.instansiName ?? "—"),
                (lang.pick("Sesi", "Session"), payload?.session ?? "—"),
                (lang.pick("Tanggal uji", "Tested on"), CivilDate(parsing: payload?.testedOn ?? "")?.indonesian ?? "—"),
                (lang.pick("Metode penilaian", "Scoring method"), payload?.method ?? "—"),
                (lang.pick("Ditandatangani", "Signed"), payload?.signedAt ?? "—"),
                (lang.pick("Kunci instansi", "Instansi key"), certificate.keyID),
                ("SHA-256 " + lang.pick("skor", "scores"), payload?.scoresSHA256 ?? "—"),
            ]
            html += "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>"
            if let score {
                html += Layout.table([lang.pick("Kompetensi", "Competency"), lang.pick("Level tercapai", "Level achieved")],
                                     Competency.allCases.map { competency in
                                         ["\(competency.code) \(escape(CompetencyDictionary.entry(competency).name))",
                                          score.competencyLevels[competency.code].map(String.init) ?? "—"]
                                     }, id: "certificate-levels")
            }
            html += """
                <p class="code-box">\(lang.pick("Kode verifikasi", "Verification code")): <strong id="verification-code">\(escape(certificate.code))</strong></p>
                <p>\(lang.pick("Siapa pun dapat memeriksa sertifikat ini di", "Anyone can check this certificate at")) <code>/verifikasi?kode=\(escape(certificate.code))</code>
                \(lang.pick("atau tanpa jaringan dengan berkas", "or offline with the file")) <a href="/api/certificates/\(escape(certificate.code))">sertifikat-\(escape(certificate.code)).json</a>:
                <code>talenta verify-result sertifikat-\(escape(certificate.code)).json --public-key \(escape(certificate.publicKey))</code></p>
                </article>
                """
            return html
        }
    }

    static func verify(_ check: CertificateController.Check?, code: String?, lang: Language) -> HTML {
        Layout.page(title: lang.pick("Verifikasi sertifikat", "Verify a certificate"), lang: lang, path: "/verifikasi", staff: false) {
            var html = "<h1>\(lang.pick("Verifikasi Sertifikat Hasil", "Verify a Result Certificate"))</h1>"
            html += """
                <form class="inline" method="get" action="/verifikasi"><label>\(lang.pick("Kode verifikasi", "Verification code"))
                <input name="kode" value="\(escape(code ?? ""))" placeholder="XXXX-XXXX-XXXX" required></label>
                <button type="submit">\(lang.pick("Periksa", "Check"))</button></form>
                """
            if let code, check == nil {
                html += "<p class=\"error\" id=\"verdict\">\(lang.pick("Tidak ada sertifikat dengan kode", "No certificate with the code")) \(escape(code)).</p>"
            }
            if let check {
                let ok = check.signatureValid && check.keyOnRecord && check.rescored != false
                html += "<p class=\"\(ok ? "ok" : "error")\" id=\"verdict\">" + (ok
                    ? lang.pick("SAH: tanda tangan cocok dengan kunci instansi, dan penilaian ulang dari jawaban tersimpan menghasilkan skor yang sama.",
                                "VALID: the signature matches the instansi's key, and re-scoring the stored answers gives the same scores.")
                    : lang.pick("TIDAK SAH atau tidak dapat dipastikan:", "NOT VALID or not confirmed:")) + "</p>"
                if !check.problems.isEmpty { html += "<ul class=\"error\">" + check.problems.map { "<li>\(escape($0))</li>" }.joined() + "</ul>" }
                if check.keyRetired { html += "<p class=\"muted\">\(lang.pick("Kunci ini sudah dipensiunkan; sertifikat lama tetap sah.", "This key is retired; older certificates stay valid."))</p>" }
                if let payload = check.payload {
                    let rescore = check.rescored.map { $0 ? lang.pick("cocok", "identical") : lang.pick("BERBEDA", "DIFFERENT") } ?? "—"
                    let facts: [(String, String)] = [
                        (lang.pick("Nama", "Name"), payload.name), ("NIP", NIP.grouped(payload.nip)), ("Instansi", payload.instansiName),
                        (lang.pick("Tanggal uji", "Tested on"), payload.testedOn), (lang.pick("Kunci", "Key"), payload.keyId),
                        (lang.pick("Penilaian ulang", "Re-scoring"), rescore),
                    ]
                    html += "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>"
                }
            }
            html += """
                <h2>\(lang.pick("Periksa berkas sertifikat", "Check a certificate file"))</h2>
                <form class="stack" method="post" action="/verifikasi"><label>\(lang.pick("Isi berkas JSON", "The JSON file's content"))
                <textarea name="certificate" rows="6" required></textarea></label><button type="submit">\(lang.pick("Periksa", "Check"))</button></form>
                """
            return html
        }
    }
}
