import Hummingbird
import Logging
import ServiceLifecycle

/// Builds the web application over an open database. The database is closed when the app shuts down.
public func buildApplication(configuration: AppConfiguration, database: TalentaDatabase,
                             logger: Logger = Logger(label: "talenta")) -> some ApplicationProtocol {
    let services = AppServices(database: database, clock: LiveClock())
    return Application(
        router: buildRouter(services),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                             serverName: "Talenta"),
        services: [DatabaseService(database: database), ExpirySweep(attempts: services.attempts, logger: logger)],
        logger: logger)
}

/// The routes, over `database`. Tests build this directly.
public func buildRouter(database: TalentaDatabase, clock: any ServerClock = LiveClock()) -> Router<BasicRequestContext> {
    buildRouter(AppServices(database: database, clock: clock))
}

/// The services the routes and background tasks share: one item-bank cache, one clock.
struct AppServices: Sendable {
    let database: TalentaDatabase
    let clock: any ServerClock
    let bank: ItemBankStore
    let sessions: SessionService
    let attempts: AttemptService
    let results: ResultService

    init(database: TalentaDatabase, clock: any ServerClock) {
        self.database = database
        self.clock = clock
        bank = ItemBankStore(database: database)
        sessions = SessionService(database: database, clock: clock)
        attempts = AttemptService(database: database, bank: bank, clock: clock)
        results = ResultService(database: database)
    }
}

func buildRouter(_ services: AppServices) -> Router<BasicRequestContext> {
    let database = services.database
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
    let (bank, sessions, attempts) = (services.bank, services.sessions, services.attempts)
    RunnerController(sessions: sessions, attempts: attempts).addRoutes(to: router)
    ProctorController(database: database, sessions: sessions, attempts: attempts).addRoutes(to: router)
    let items = ItemController(database: database, bank: bank)
    items.addRoutes(to: router)
    items.addPages(to: router)
    SessionController(database: database, sessions: sessions).addRoutes(to: router)
    ResultsController(services: services).addRoutes(to: router)
    return router
}

/// Closes attempts whose time ran out with nobody at the browser, every 30 s, so that they are scored.
struct ExpirySweep: Service {
    let attempts: AttemptService
    let logger: Logger

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                let closed = try await attempts.closeExpired()
                if closed > 0 { logger.info("closed \(closed) attempt(s) whose time ran out") }
            } catch {
                logger.error("closing expired attempts failed: \(error)")
            }
            do { try await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(30)) } } catch { return }
        }
    }
}

/// Closes the database's connection pools when the service group shuts down.
struct DatabaseService: Service {
    let database: TalentaDatabase

    func run() async throws {
        try? await gracefulShutdown()
        await database.shutdown()
    }
}
