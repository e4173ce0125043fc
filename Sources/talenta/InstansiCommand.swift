import ArgumentParser
import OfflineCommands
import TalentaServer

/// `talenta instansi add|list`: the tenants. An instansi must exist before its spreadsheets are imported.
struct InstansiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instansi", abstract: "Add or list instansi (tenants).",
        subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an instansi, or update its name and kind.")

        @Argument(help: "A short code used in URLs and imports, e.g. kota-serang (a-z, 0-9 and -).")
        var code: String
        @Option(help: "The full name, e.g. \"Pemerintah Kota Serang\".")
        var name: String
        @Option(help: "kota, kabupaten, provinsi, kementerian or lembaga.")
        var kind: String
        @Option(help: "The province, e.g. Banten.")
        var region: String

        func run() async throws {
            let configuration = try loadConfiguration()
            let saved = try await withDatabase(configuration) { database in
                do {
                    return try await InstansiRegistry(database: database).save(code: code, name: name, kind: kind,
                                                                               region: region)
                } catch let error as InstansiRegistry.Invalid {
                    throw CommandFailure(error.description)
                }
            }
            print("\(saved.created ? "Added" : "Updated") instansi \(code).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every instansi with its code.")

        func run() async throws {
            let configuration = try loadConfiguration()
            let all = try await withDatabase(configuration) { try await InstansiRegistry(database: $0).list() }
            for entry in all { print("\(entry.code)\t\(entry.name)") }
        }
    }
}
