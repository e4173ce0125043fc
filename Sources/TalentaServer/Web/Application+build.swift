import Hummingbird
import Logging
import ServiceLifecycle

/// Builds the web application over an open database. The database is closed when the app shuts down.
public func buildApplication(configuration: AppConfiguration, database: TalentaDatabase,
                             logger: Logger = Logger(label: "talenta")) -> some ApplicationProtocol {
    Application(
        router: buildRouter(database: database, clock: LiveClock()),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                             serverName: "Talenta"),
        services: [DatabaseService(database: database)],
        logger: logger)
}

/// The routes, over `database`. Tests build this directly.
public func buildRouter(database: TalentaDatabase, clock: any ServerClock = LiveClock()) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ErrorPageMiddleware())
    router.get("/health") { _, _ in
        try await HealthCheck.run(database)
    }
    router.get("/assets/talenta.css") { _, _ in Assets.css }
    router.get("/assets/runner.js") { _, _ in Assets.runnerScript }
    router.get("/openapi.json") { _, _ in try Assets.openAPI() }
    OrganisationController(database: database).addRoutes(to: router)
    ImportController(database: database).addRoutes(to: router)
    let bank = ItemBankStore(database: database)
    let sessions = SessionService(database: database, clock: clock)
    let attempts = AttemptService(database: database, bank: bank, clock: clock)
    RunnerController(sessions: sessions, attempts: attempts).addRoutes(to: router)
    ProctorController(database: database, sessions: sessions, attempts: attempts).addRoutes(to: router)
    let items = ItemController(database: database, bank: bank)
    items.addRoutes(to: router)
    items.addPages(to: router)
    SessionController(database: database, sessions: sessions).addRoutes(to: router)
    return router
}

/// Closes the database's connection pools when the service group shuts down.
struct DatabaseService: Service {
    let database: TalentaDatabase

    func run() async throws {
        try? await gracefulShutdown()
        await database.shutdown()
    }
}
