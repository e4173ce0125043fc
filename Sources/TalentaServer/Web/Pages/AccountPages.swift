/// Sign-in, password change, and the admins' account lists.
enum AccountPages {
    static func login(lang: Language, next: String, error: String?) -> HTML {
        Layout.page(title: lang.pick("Masuk", "Sign in"), lang: lang, path: "/masuk", staff: false) {
            """
            <h1>\(lang.pick("Masuk sebagai petugas", "Staff sign-in"))</h1>
            <p>\(lang.pick("Peserta ujian masuk di", "Test participants sign in at")) <a href="/ujian/masuk">/ujian/masuk</a>.</p>
            \(error.map { "<p class=\"error\" role=\"alert\" id=\"login-error\">\(escape($0))</p>" } ?? "")
            <form class="stack" method="post" action="/masuk">
            <input type="hidden" name="next" value="\(escape(next))">
            <label>\(lang.pick("Nama pengguna", "Username"))<input name="username" autocomplete="username" required autofocus></label>
            <label>\(lang.pick("Kata sandi", "Password"))<input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">\(lang.pick("Masuk", "Sign in"))</button>
            </form>
            """
        }
    }

    static func password(lang: Language, error: String?, done: Bool) -> HTML {
        Layout.page(title: lang.pick("Ganti kata sandi", "Change password"), lang: lang, path: "/akun/sandi") {
            var html = "<h1>\(lang.pick("Ganti kata sandi", "Change password"))</h1>"
            if Principal.current?.mustChangePassword == true {
                html += "<p class=\"notice\">\(lang.pick("Kata sandi Anda sementara. Pilih kata sandi baru sebelum melanjutkan.", "Your password is temporary. Choose a new one to continue."))</p>"
            }
            if done { html += "<p class=\"ok\">\(lang.pick("Kata sandi diganti.", "Password changed."))</p>" }
            if let error { html += "<p class=\"error\" role=\"alert\">\(escape(error))</p>" }
            html += """
                <form class="stack" method="post" action="/akun/sandi">
                <label>\(lang.pick("Kata sandi sekarang", "Current password"))<input name="current" type="password" autocomplete="current-password" required></label>
                <label>\(lang.pick("Kata sandi baru (minimal \(AccountService.minimumPasswordLength) karakter)", "New password (at least \(AccountService.minimumPasswordLength) characters)"))<input name="password" type="password" autocomplete="new-password" minlength="\(AccountService.minimumPasswordLength)" required></label>
                <button type="submit">\(lang.pick("Simpan", "Save"))</button>
                </form>
                """
            return html
        }
    }

    static func list(_ accounts: [StaffAccount], instansi: Instansi?, choices: [Instansi], lang: Language, message: String?) -> HTML {
        let path = instansi.map { "/instansi/\($0.code)/akun" } ?? "/admin/akun"
        return Layout.page(title: lang.pick("Akun petugas", "Staff accounts"), lang: lang, path: path) {
            let rows = accounts.map { account -> [String] in
                [escape(account.username), escape(account.displayName), escape(Role(rawValue: account.role)?.label ?? account.role),
                 escape(account.instansi?.name ?? "—"),
                 account.lockedUntil > 0 ? lang.pick("terkunci sementara", "temporarily locked") : (account.mustChangePassword ? lang.pick("sandi sementara", "temporary password") : "—"),
                 "<form method=\"post\" action=\"/api/accounts/\(account.id?.uuidString ?? "")/reset\"><button type=\"submit\">\(lang.pick("Atur ulang sandi", "Reset password"))</button></form>"]
            }
            let roles: [Role] = instansi == nil ? Array(Role.staff).sorted { $0.rawValue < $1.rawValue } : [.instansiAdmin, .pimpinan, .proctor, .assessor]
            let roleOptions = roles.map { "<option value=\"\($0.rawValue)\">\(escape($0.label))</option>" }.joined()
            let instansiField = instansi == nil
                ? "<label>Instansi<select name=\"instansi\"><option value=\"\">— \(lang.pick("tanpa instansi", "no instansi")) —</option>"
                    + choices.map { "<option value=\"\(escape($0.code))\">\(escape($0.name))</option>" }.joined() + "</select></label>"
                : ""
            return "<h1>\(lang.pick("Akun petugas", "Staff accounts"))\(instansi.map { " — " + escape($0.name) } ?? "")</h1>"
                + Layout.table([lang.pick("Nama pengguna", "Username"), lang.pick("Nama", "Name"), lang.pick("Peran", "Role"),
                                "Instansi", lang.pick("Status", "Status"), ""], rows, id: "accounts")
                + """
                <h2>\(lang.pick("Akun baru", "New account"))</h2>
                <form class="stack" method="post" action="\(path)">
                <label>\(lang.pick("Nama pengguna", "Username"))<input name="username" required></label>
                <label>\(lang.pick("Nama lengkap", "Full name"))<input name="displayName"></label>
                <label>\(lang.pick("Peran", "Role"))<select name="role">\(roleOptions)</select></label>
                \(instansiField)
                <button type="submit">\(lang.pick("Buat akun", "Create account"))</button>
                </form>
                """
        }
    }

    static func created(username: String, temporary: String, back: String, lang: Language) -> HTML {
        Layout.page(title: lang.pick("Kata sandi sementara", "Temporary password"), lang: lang, path: "/admin/akun") {
            """
            <h1>\(lang.pick("Kata sandi sementara", "Temporary password"))</h1>
            <p>\(lang.pick("Serahkan kata sandi ini kepada", "Hand this password to")) <strong>\(escape(username))</strong>. \(lang.pick("Kata sandi ini hanya ditampilkan sekali dan harus diganti saat masuk pertama.", "It is shown only once and must be changed at the first sign-in."))</p>
            <p class="token-display" id="temporary-password">\(escape(temporary))</p>
            <p><a href="\(escape(AccountController.safeNext(back)))">← \(lang.pick("Kembali", "Back"))</a></p>
            """
        }
    }
}
