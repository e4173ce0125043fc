/// The participant's pages: the login form, and the runner shell that `runner.js` fills in.
enum RunnerPages {
    static func login(lang: Language, error: String?) -> HTML {
        Layout.page(title: lang.pick("Masuk Ujian", "Test login"), lang: lang, path: "/ujian/masuk", staff: false) {
            """
            <h1>\(lang.pick("Masuk ujian", "Test login"))</h1>
            <p>\(lang.pick("Masukkan NIP dan token yang tertera pada kartu login Anda.", "Enter your NIP and the token printed on your login card."))</p>
            \(error.map { "<p class=\"error\" role=\"alert\" id=\"login-error\">\(escape($0))</p>" } ?? "")
            <form class="stack" method="post" action="/ujian/masuk">
            <label>NIP<input name="nip" inputmode="numeric" autocomplete="username" required autofocus></label>
            <label>Token<input name="token" autocomplete="one-time-code" required></label>
            <button type="submit">\(lang.pick("Masuk", "Log in"))</button>
            </form>
            """
        }
    }

    static func runner(lang: Language, attemptID: String) -> HTML {
        Layout.page(title: lang.pick("Ujian", "Test"), lang: lang, path: "/ujian", staff: false) {
            """
            <section id="runner" class="runner" data-lang="\(lang.rawValue)" data-attempt="\(escape(attemptID))" aria-live="polite">
            <div class="runner-bar">
            <span id="section-title"></span>
            <span id="progress"></span>
            <span id="timer" role="timer" aria-label="\(lang.pick("Sisa waktu", "Time left"))"></span>
            <span id="save-state" class="save-state"></span>
            </div>
            <div id="screen"><p>\(lang.pick("Memuat…", "Loading…"))</p></div>
            </section>
            <script src="/assets/runner.js" defer></script>
            """
        }
    }
}
