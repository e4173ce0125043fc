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
    let accounts: AccountService
    let placements: PlacementService
    let audit: AuditLog
    let metrics: ServerMetrics

    init(database: TalentaDatabase, clock: any ServerClock) {
        self.database = database
        self.clock = clock
        metrics = ServerMetrics()
        bank = ItemBankStore(database: database)
        let cache = AttemptCache()
        sessions = SessionService(database: database, clock: clock, cache: cache)
        attempts = AttemptService(database: database, bank: bank, clock: clock, cache: cache, metrics: metrics)
        results = ResultService(database: database)
        accounts = AccountService(database: database, clock: clock)
        placements = PlacementService(database: database, results: results, clock: clock)
        audit = AuditLog(database: database, clock: clock)
    }
}

func buildRouter(_ services: AppServices) -> Router<BasicRequestContext> {
    buildRouterAndGate(services).router
}

/// The router and the gate that admits every request: tests read the gate's route list.
func buildRouterAndGate(_ services: AppServices) -> (router: Router<BasicRequestContext>, gate: Gate) {
    let database = services.database
    let router = Router(context: BasicRequestContext.self)
    let gate = Gate(services: services)
    // Outermost: every request is timed and counted, with the status it finally got.
    router.add(middleware: MetricsMiddleware(metrics: services.metrics))
    // Every response, error pages included, gets the security headers.
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorPageMiddleware())
    router.add(.get, "/health", .open, gate: gate) { _, _ in try await HealthCheck.run(database) }
    // Liveness without the database: also the stack's bare route, which the load harness measures.
    router.add(.get, "/health/live", .open, gate: gate) { _, _ in HealthCheck.Live() }
    router.add(.get, "/metrics", .open, gate: gate) { _, _ in
        try await HealthCheck.metrics(services)
    }
    router.add(.get, "/assets/talenta.css", .open, gate: gate) { _, _ in Assets.css }
    router.add(.get, "/assets/runner.js", .open, gate: gate) { _, _ in Assets.runnerScript }
    router.add(.get, "/openapi.json", .open, gate: gate) { _, _ in try Assets.openAPI() }
    AccountController(services: services).addRoutes(to: router, gate: gate)
    OrganisationController(database: database).addRoutes(to: router, gate: gate)
    ImportController(database: database).addRoutes(to: router, gate: gate)
    let (bank, sessions, attempts) = (services.bank, services.sessions, services.attempts)
    RunnerController(sessions: sessions, attempts: attempts).addRoutes(to: router, gate: gate)
    ProctorController(database: database, sessions: sessions, attempts: attempts).addRoutes(to: router, gate: gate)
    let items = ItemController(database: database, bank: bank)
    items.addRoutes(to: router, gate: gate)
    items.addPages(to: router, gate: gate)
    SessionController(database: database, sessions: sessions).addRoutes(to: router, gate: gate)
    ResultsController(services: services).addRoutes(to: router, gate: gate)
    PlacementController(services: services).addRoutes(to: router, gate: gate)
    CertificateController(services: services).addRoutes(to: router, gate: gate)
    NationalController(services: services).addRoutes(to: router, gate: gate)
    return (router, gate)
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
