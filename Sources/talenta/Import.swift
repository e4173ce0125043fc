import ArgumentParser
import Foundation
import OfflineCommands
import TalentaServer

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a spreadsheet export (CSV) of employees, positions, performance, technical or preferences.",
        discussion: """
            Required columns by kind (header names are matched loosely; README lists the optional ones):
              positions    kode, nama, unit_kerja, kelas
              employees    nip, nama
              performance  nip, tahun, predikat
              technical    nip, kode (a technical competency such as T.KEU.01), level (1-5), tanggal
              preferences  nip, kode_jabatan, urutan (1-3, 1 is the first choice)

            Exit status: 0 when every row was taken, 2 when some rows were rejected (they are listed with
            line, column, value and reason; the good rows are imported all the same), 1 on other errors.
            """)

    @Argument(help: "employees, positions, performance, technical or preferences")
    var kind: String

    @Argument(help: "The CSV file (; or , separated, UTF-8 with or without BOM).")
    var file: String

    @Option(help: "The instansi code, e.g. kota-serang.")
    var instansi: String

    @Flag(help: "Validate only; write nothing.")
    var dryRun = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        guard RecordKind(rawValue: kind) != nil else {
            throw ValidationError("unknown kind '\(kind)'; use \(RecordKind.choices)")
        }
    }

    func run() async throws {
        let configuration = try loadConfiguration()
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("cannot read the file '\(file)'")
        }
        let report: ImportReport
        do {
            report = try await withDatabase(configuration) { database in
                try await RecordImporter(database: database).run(kind: RecordKind(rawValue: kind)!, bytes: Array(data),
                                                                 instansiCode: instansi, dryRun: dryRun)
            }
        } catch let failure as ImportFailure {
            throw CommandFailure(failure.description)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(render(report))
        }
        if !report.allTaken { throw ExitCode(2) }
    }

    func render(_ report: ImportReport) -> String {
        var lines = ["\(report.dryRun ? "Dry run (nothing written): " : "")\(report.kind.rawValue) for \(report.instansi): "
            + "\(report.rows) rows, \(report.created) created, \(report.updated) updated, \(report.rejected) rejected"]
        lines += report.issues.map { "  line \($0.line), column \($0.column), value '\($0.value)': \($0.reason)" }
        lines += report.notes.map { "  note: \($0)" }
        return lines.joined(separator: "\n")
    }
}
