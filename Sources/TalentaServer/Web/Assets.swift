import Foundation
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
        .runner-bar { display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; margin-bottom: 1rem; font-weight: 600; }
        #timer { font-size: 1.5rem; font-variant-numeric: tabular-nums; margin-left: auto; }
        .save-state { padding: .2rem .6rem; border-radius: 999px; font-size: .95rem; }
        .save-state.saved { background: #e3f4e8; color: #1b7a3a; }
        .save-state.pending { background: #fff4d6; color: #7a5300; }
        .item { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem 1.5rem; font-size: 1.3rem; }
        .item .stem { margin: 0 0 .75rem; }
        .options { display: grid; gap: .6rem; margin-top: 1rem; }
        .option { display: flex; gap: .8rem; align-items: flex-start; font-weight: 400; padding: .7rem .9rem; border: 2px solid var(--line); border-radius: 8px; cursor: pointer; }
        .option.chosen, .option:has(input:checked) { border-color: var(--accent); background: #eef5fd; }
        .option input { flex: none; width: 1.4rem; height: 1.4rem; margin-top: .2rem; }
        .option .key { font-weight: 700; min-width: 1.5rem; }
        .nav { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0; }
        .nav button, .grid button { background: #fff; color: var(--ink); border: 1px solid var(--line); }
        button.primary, #start-section { font-size: 1.2rem; padding: .8rem 2rem; }
        .grid { display: flex; flex-wrap: wrap; gap: .35rem; }
        .grid button { min-width: 2.6rem; padding: .35rem; }
        .grid button.done { background: #e3f4e8; }
        .grid button.flagged { outline: 3px solid #f4b400; }
        .grid button.here { border: 2px solid var(--accent); font-weight: 700; }
        svg.plot { width: 100%; max-width: 560px; background: #fff; border: 1px solid var(--line); border-radius: 8px; display: block; margin: .5rem 0 1rem; }
        .notice { background: #fff4d6; border: 1px solid #e8c766; border-radius: 8px; padding: .6rem 1rem; }
        a.button { display: inline-block; background: var(--accent); color: #fff; border-radius: 6px; padding: .45rem 1rem; text-decoration: none; margin-right: .5rem; }
        fieldset { border: 1px solid var(--line); border-radius: 8px; display: grid; gap: .75rem; }
        form.inline { display: flex; gap: 1rem; align-items: end; flex-wrap: wrap; margin: 1rem 0; }
        ol.steps { display: flex; gap: .5rem; list-style: none; padding: 0; flex-wrap: wrap; }
        ol.steps li { padding: .3rem .9rem; border: 1px solid var(--line); border-radius: 999px; background: #fff; }
        ol.steps li.now { background: var(--accent); color: #fff; border-color: var(--accent); }
        section.post { margin: 1rem 0; }
        section.post h3 { margin: 0 0 .3rem; }
        .decree h1, .decree h2 { text-align: center; }
        .decree .signature { margin-top: 2rem; text-align: right; }
        .report-grid { display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: flex-start; }
        .report-grid > * { flex: 1 1 320px; }
        figure.radar { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem; max-width: 460px; }
        figure.radar svg { width: 100%; height: auto; display: block; }
        .radar .ring { fill: none; stroke: var(--line); }
        .radar .axis { stroke: var(--line); }
        .radar .ring-label { font-size: 11px; fill: var(--muted); }
        .radar .axis-label { font-size: 13px; font-weight: 600; fill: var(--ink); }
        .radar .standard { fill: none; stroke: var(--warn); stroke-width: 2; stroke-dasharray: 6 4; }
        .radar .achieved { fill: rgba(11, 92, 173, .25); stroke: var(--accent); stroke-width: 2.5; }
        .radar .achieved-point { fill: var(--accent); }
        figcaption .key { display: inline-block; width: 1.4rem; height: .7rem; vertical-align: middle; margin-left: .75rem; }
        figcaption .key.achieved { background: rgba(11, 92, 173, .35); border: 2px solid var(--accent); }
        figcaption .key.standard { border-top: 2px dashed var(--warn); }
        .jpm-summary { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
        .tag.category { font-weight: 700; border-color: var(--accent); color: var(--accent); }
        .ninebox { display: grid; grid-template-columns: 10rem repeat(3, 1fr); gap: .4rem; margin: 1rem 0; }
        .ninebox .corner, .ninebox .axis-head { font-weight: 600; align-self: center; text-align: center; color: var(--muted); }
        .ninebox .box { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; min-height: 7rem; }
        .ninebox .box.box-1, .ninebox .box.box-2, .ninebox .box.box-3 { background: #fdecea; }
        .ninebox .box.box-4, .ninebox .box.box-5, .ninebox .box.box-6 { background: #fff8e1; }
        .ninebox .box.pool { background: #e3f4e8; }
        .ninebox .box-head { display: flex; justify-content: space-between; font-weight: 700; }
        .ninebox .count { background: var(--ink); color: #fff; border-radius: 999px; padding: 0 .55rem; }
        .ninebox ul { margin: .4rem 0 0; padding-left: 1.1rem; font-size: .95rem; }
        .ninebox.mini { grid-template-columns: repeat(3, 3.2rem); flex: 0 0 auto; }
        .ninebox.mini .box { min-height: 3rem; text-align: center; font-weight: 700; padding: .6rem 0; }
        .ninebox.mini .box.here { outline: 3px solid var(--ink); }
        ol.recommendations li { margin-bottom: .6rem; }
        .boxes { display: flex; gap: .9rem; flex-wrap: wrap; }
        .boxes label { display: flex; gap: .3rem; align-items: center; font-weight: 400; }
        fieldset.levels { flex: 1 1 100%; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
        .scroll { overflow-x: auto; }
        @media print {
          header.top, footer, .lang, .no-print { display: none; }
          body { background: #fff; font-size: 11pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          table, figure, .ninebox, dl.facts { break-inside: avoid; }
          .ninebox .box, .notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """)
}

extension Assets {
    static let runnerScript = Asset(contentType: "text/javascript; charset=utf-8", text: RunnerScript.source)

    /// The OpenAPI document the repository keeps (Sources/TalentaServer/Resources/openapi.json).
    static func openAPI() throws -> Asset {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw AppError(.internalServerError, "the OpenAPI document is missing from the build")
        }
        return Asset(contentType: "application/json; charset=utf-8", text: text)
    }
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
