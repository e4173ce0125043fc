import ArgumentParser
import OfflineCommands
import TalentaServer

/// `talenta account add|reset|list`: staff accounts from the command line, e.g. the first super admin.
struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Add, reset or list staff accounts.",
        subcommands: [Add.self, Reset.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a staff account; prints a temporary password to change at the first sign-in.")

        @Argument(help: "The username (letters, digits and . _ - @).")
        var username: String
        @Option(help: "super-admin, national-viewer, instansi-admin, assessor, proctor or pimpinan.")
        var role: String
        @Option(help: "The instansi code, for instansi-admin, proctor, pimpinan (and optionally assessor).")
        var instansi: String?
        @Option(help: "The person's full name.")
        var name: String?

        func run() async throws {
            let configuration = try loadConfiguration()
            let password = try await withDatabase(configuration) { database in
                do {
                    return try await AccountAdmin.add(database: database, username: username, role: role, instansi: instansi,
                                                      displayName: name)
                } catch let error as AccountAdmin.Invalid { throw CommandFailure(error.description) }
            }
            print("Added \(username). Temporary password (shown once): \(password)")
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a new temporary password for an account.")

        @Argument var username: String

        func run() async throws {
            let configuration = try loadConfiguration()
            let password = try await withDatabase(configuration) { database in
                do { return try await AccountAdmin.reset(database: database, username: username) } catch let error as AccountAdmin.Invalid {
                    throw CommandFailure(error.description)
                }
            }
            print("Reset \(username). Temporary password (shown once): \(password)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every staff account.")

        func run() async throws {
            let configuration = try loadConfiguration()
            for entry in try await withDatabase(configuration, { try await AccountAdmin.list(database: $0) }) {
                print("\(entry.username)\t\(entry.role)\t\(entry.instansi ?? "-")")
            }
        }
    }
}
