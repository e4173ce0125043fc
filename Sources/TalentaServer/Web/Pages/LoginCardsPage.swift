/// Printable login cards: one card per participant with NIP and a one-time token, two columns per A4 page.
enum LoginCardsPage {
    static func render(instansi: Instansi, session: TestSession, cards: [(name: String, nip: String, token: String)],
                       lang: Language) -> HTML {
        Layout.page(title: lang.pick("Kartu Login", "Login cards"), lang: lang, path: "/proktor/\(instansi.code)/\(session.code)/kartu") {
            let body = cards.map { card in
                """
                <article class="card login-card">
                <h2>\(escape(session.title))</h2>
                <p class="muted">\(escape(session.testCentre)) · \(escape(session.room)) · \(escape(session.startsAt))</p>
                <dl class="facts"><dt>\(lang.pick("Nama", "Name"))</dt><dd>\(escape(card.name))</dd>
                <dt>NIP</dt><dd class="nip">\(escape(card.nip))</dd>
                <dt>Token</dt><dd class="token">\(escape(card.token))</dd></dl>
                <p class="muted">\(lang.pick("Masuk di /ujian/masuk. Token hanya berlaku untuk sesi ini.", "Log in at /ujian/masuk. The token is valid for this session only."))</p>
                </article>
                """
            }.joined(separator: "\n")
            return "<h1>\(lang.pick("Kartu login", "Login cards")): \(escape(session.title))</h1>"
                + "<p class=\"muted\">\(lang.pick("Token baru telah diterbitkan; token lama tidak berlaku lagi. Cetak halaman ini sekarang.", "New tokens were issued and the old ones no longer work. Print this page now."))</p>"
                + "<div class=\"cards\" id=\"login-cards\">\(body)</div>"
        }
    }
}
