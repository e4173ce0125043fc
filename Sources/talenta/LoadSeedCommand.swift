import ArgumentParser
import Foundation
import OfflineCommands
import TalentaServer
import TestDelivery

/// `talenta load-seed`: participants for the load harness (`talenta-load`, bench/load.sh).
struct LoadSeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load-seed",
        abstract: "Seed load-test participants (instansi uji-beban) and write their logins as CSV nip,token.",
        discussion: """
            Idempotent: adds the missing officials and enrolments; every run issues fresh tokens to all of \
            them (earlier tokens stop working). For test databases only.
            """)

    @Option(help: "How many participants.")
    var participants = 1_000
    @Option(help: "The CSV file to write (nip,token).")
    var output: String
    @Option(help: "The session code; use a new one for fresh attempts.")
    var session = LoadSeed.defaultSession
    @Option(help: "The battery: 'standard' (the four-hour battery, adaptive cognitive section first) or 'linear' (the same without the adaptive section, so every save is an answer to a linear section).")
    var battery = "standard"

    func run() async throws {
        let blueprint: BatteryBlueprint
        switch battery {
        case "standard": blueprint = .standard
        case "linear": blueprint = BatteryBlueprint(sections: BatteryBlueprint.standard.sections.filter { $0.kind != .cognitiveAdaptive })
        default: throw CommandFailure("--battery: '\(battery)' is not a battery; use standard or linear")
        }
        let configuration = try loadConfiguration()
        let started = Date()
        let report = try await withDatabase(configuration) { database in
            do { return try await LoadSeed(database: database).seed(participants: participants, session: session,
                                                                   blueprint: blueprint) } catch let error as LoadSeedError {
                throw CommandFailure(error.description)
            }
        }
        try LoadSeed.csv(report.logins).write(toFile: output, atomically: true, encoding: .utf8)
        print("Load participants on \(configuration.database): session \(session), \(report.logins.count) logins written to "
              + "\(output) (\(report.employeesCreated) officials created, \(report.enrolled) newly enrolled) in "
              + String(format: "%.1f s.", Date().timeIntervalSince(started)))
    }
}

/// `talenta attempt-answers`: every stored answer of a session's attempts, for the crash checker.
struct AttemptAnswersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attempt-answers",
        abstract: "Write every stored answer of a session's attempts as CSV nip,item,answer,sequence (read from the database).")

    @Option(help: "The session code.")
    var session = LoadSeed.defaultSession
    @Option(help: "The CSV file to write.")
    var output: String

    func run() async throws {
        let configuration = try loadConfiguration()
        let answers = try await withDatabase(configuration) { database in
            do { return try await storedAnswers(session: session, database: database) } catch let error as LoadSeedError {
                throw CommandFailure(error.description)
            }
        }
        let text = "nip,item,answer,sequence\n" + answers.map { "\($0.nip),\($0.item),\($0.answer),\($0.sequence)\n" }.joined()
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        print("\(answers.count) stored answers of session \(session) written to \(output).")
    }
}
