import ArgumentParser
import OfflineCommands
import TalentaServer

/// `talenta verify`: walks the audit chain of the configured database and names the first broken entry.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the audit log's SHA-256 chain; exit status 1 and the first broken entry when it is not intact.")

    func run() async throws {
        let configuration = try loadConfiguration()
        let (intact, message) = try await withDatabase(configuration) { try await AuditAdmin.verify(database: $0) }
        print(message)
        if !intact { throw ExitCode(1) }
    }
}
