import Hummingbird

/// Static assets, compiled into the binary so that the app serves everything itself on a closed network.
enum Assets {
    static let css = Asset(contentType: "text/css; charset=utf-8", text: """
        :root { --ink: #1d2433; --muted: #5a6478; --line: #d9dee8; --accent: #0b5cad; --bg: #f7f8fb; --warn: #a4161a; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 18px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
        header.top { display: flex; gap: 1.5rem; align-items: center; padding: .75rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
        header.top .brand { font-weight: 700; font-size: 1.3rem; color: var(--accent); text-decoration: none; }
        header.top nav { display: flex; gap: 1rem; flex: 1; flex-wrap: wrap; }
        header.top nav a, header.top .lang { color: var(--ink); text-decoration: none; padding: .25rem .5rem; border-radius: 4px; }
        header.top nav a[aria-current=page] { background: var(--accent); color: #fff; }
        header.top .lang { border: 1px solid var(--line); }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f4b400; outline-offset: 2px; }
        main { max-width: 1200px; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.8rem; margin: .2rem 0 1rem; }
        h2 { font-size: 1.35rem; margin-top: 2rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 1rem; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
        .card h2 { margin: 0 0 .5rem; font-size: 1.2rem; }
        .stats { display: flex; gap: 1.5rem; flex-wrap: wrap; margin: .5rem 0; }
        .stat strong { display: block; font-size: 1.6rem; }
        .muted { color: var(--muted); }
        td .muted { white-space: nowrap; }
        table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); margin: .5rem 0 1.5rem; }
        th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef1f6; font-weight: 600; }
        .tag { display: inline-block; font-size: .8rem; padding: .05rem .45rem; border-radius: 999px; border: 1px solid var(--line); margin-right: .25rem; }
        .tag.critical { border-color: var(--warn); color: var(--warn); }
        .tag.vacant { background: #fff4d6; }
        .error { color: var(--warn); font-weight: 600; }
        .ok { color: #1b7a3a; font-weight: 600; }
        form.stack { display: grid; gap: 1rem; max-width: 640px; background: #fff; padding: 1.25rem; border: 1px solid var(--line); border-radius: 8px; }
        label { font-weight: 600; display: grid; gap: .35rem; }
        input, select, button { font: inherit; padding: .5rem; }
        button { background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: .6rem 1.2rem; cursor: pointer; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; background: #fff; padding: 1rem; border: 1px solid var(--line); border-radius: 8px; }
        dl.facts dt { font-weight: 600; }
        footer { text-align: center; color: var(--muted); padding: 2rem 1rem; font-size: .9rem; }
        @media print { header.top, footer, .lang { display: none; } body { background: #fff; font-size: 12pt; } }
        """)
}

/// A text asset with its content type.
struct Asset: ResponseGenerator, Sendable {
    let contentType: String
    let text: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .ok,
                 headers: [.contentType: contentType, .cacheControl: "public, max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
