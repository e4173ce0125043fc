import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteNIO
import Synchronization

/// The open database: one FluentKit code path over SQLite or PostgreSQL.
///
/// Owns its connection pools, so it must be closed with `shutdown()` (the server does that in a
/// service on graceful shutdown; tests and CLI commands do it when they finish).
public final class TalentaDatabase: Sendable {
    public let configuration: DatabaseConfiguration
    let databases: Databases
    let logger: Logger

    /// `connectionsPerLoop` bounds PostgreSQL's pool: that many connections on each of the process's event
    /// loops (one loop per core). Tests, which open many databases side by side, ask for fewer.
    public init(_ configuration: DatabaseConfiguration, connectionsPerLoop: Int = 4,
                logger: Logger = Logger(label: "talenta.db")) throws {
        self.configuration = configuration
        self.logger = logger
        if case .sqlite = configuration {
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            sqliteGroup = group
            sqliteLoop = group.next()
            databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
        } else {
            sqliteGroup = nil
            sqliteLoop = nil
            databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        }
        switch configuration {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url, let schema):
            var config = try SQLPostgresConfiguration(url: url)
            if let schema { config.searchPath = [schema] }
            databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: connectionsPerLoop, sqlLogLevel: .trace),
                          as: .psql)
        }
    }

    /// SQLite: every query of this process on one event loop, and so on one connection (FluentSQLiteDriver
    /// keeps one per loop). SQLite writes one transaction at a time anyway; with two connections, one waits
    /// for the other's write lock by spinning on a thread-pool thread (SQLiteNIO's busy handler), and with
    /// enough databases or contention the spinners can take every thread the lock holder needs. On one
    /// connection requests queue in the pool instead. PostgreSQL: any loop, `connectionsPerLoop` connections each.
    ///
    /// SQLite's loop is its own, apart from the loops that serve HTTP, and the group-commit writer runs on it
    /// (`AttemptWriter`, `LoopExecutor`): leasing the connection and every step of a batch happen there
    /// without waiting behind the sockets and requests being served.
    let sqliteLoop: (any EventLoop)?
    private let sqliteGroup: MultiThreadedEventLoopGroup?

    /// A database handle for queries.
    public var db: any Database {
        databases.database(logger: logger, on: sqliteLoop ?? MultiThreadedEventLoopGroup.singleton.any())!
    }

    /// The same handle as SQLKit, for raw statements.
    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// A transaction that writes. On SQLite, where one connection at a time writes to the file, a
    /// transaction that read first and wants to write after another connection (another process, such as
    /// a CLI import beside the server) committed fails with "database is locked": its snapshot is stale and
    /// waiting cannot help. It is rolled back, so it is run again, up to 50 times with a growing pause.
    /// Bodies must therefore touch only the database.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard case .sqlite = configuration else { return try await db.transaction(body) }
        return try await retryingWhileBusy { try await self.db.transaction(body) }
    }

    /// Runs `transaction` again while SQLite answers "busy" or "locked", up to 50 times with a growing pause.
    private func retryingWhileBusy<T: Sendable>(_ transaction: @Sendable () async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await transaction()
            } catch let error as SQLiteError where Self.isBusy(error.reason) && attempt < 50 {
                attempt += 1
                try await Task.sleep(for: .milliseconds(min(attempt, 20)))
            }
        }
    }

    /// Runs one statement inside a `batchTransaction` and gives the `id` column of the rows it returns
    /// (those of an `UPDATE … RETURNING id`; none for other statements).
    typealias BatchStatement = @Sendable (any SQLExpression) async throws -> [UUID]

    /// A write transaction for the group commit, whose body sends its statements through `run`.
    ///
    /// On SQLite the calling task leases the connection itself and sends each statement straight to
    /// SQLiteNIO's connection, which prepares, binds and steps it on a thread of the pool and resumes the
    /// caller from there. Through SQLKit the same statement comes back by way of the connection's event
    /// loop, once for the statement and once more for every row it returns, and Fluent's `transaction` runs
    /// its body in a new task: each of those waits its turn behind the requests the server is answering.
    /// The transaction takes the write lock when it begins (`BEGIN IMMEDIATE`) and is retried like
    /// `transaction`. On PostgreSQL the statements go through SQLKit in `transaction`.
    func batchTransaction<T: Sendable>(_ body: @escaping @Sendable (_ run: BatchStatement) async throws -> T) async throws -> T {
        guard case .sqlite = configuration else {
            return try await transaction { db in
                let sql = db as! any SQLDatabase
                return try await body { statement in
                    let ids = Mutex<[UUID]>([])
                    try await sql.execute(sql: statement) { row in
                        if let id = try? row.decode(column: "id", as: UUID.self) { ids.withLock { $0.append(id) } }
                    }
                    return ids.withLock { $0 }
                }
            }
        }
        let dialect = sql
        let sqlite = db as! any SQLiteDatabase
        return try await retryingWhileBusy {
            let (connection, release) = try await Self.lease(sqlite)
            defer { release.succeed() }
            try await connection.query("BEGIN IMMEDIATE TRANSACTION", []) { _ in }
            do {
                let result = try await body { statement in
                    let text: String, binds: [SQLiteData]
                    if let statement = statement as? WriterStatement {
                        (text, binds) = statement.sqlite
                    } else {
                        var serializer = SQLSerializer(database: dialect)
                        statement.serialize(to: &serializer)
                        let encoder = SQLiteDataEncoder()
                        (text, binds) = (serializer.sql, try serializer.binds.map { try encoder.encode($0) })
                    }
                    let ids = Mutex<[UUID]>([])
                    try await connection.query(text, binds) { row in
                        if let text = row.column("id")?.string, let id = UUID(canonical: text) { ids.withLock { $0.append(id) } }
                    }
                    return ids.withLock { $0 }
                }
                try await connection.query("COMMIT TRANSACTION", []) { _ in }
                return result
            } catch {
                try? await connection.query("ROLLBACK TRANSACTION", []) { _ in }
                throw error
            }
        }
    }

    /// SQLite: copies the WAL's pages into the database file (`PRAGMA wal_checkpoint(PASSIVE)`) on the
    /// server's connection, between the group commit's transactions. PostgreSQL: nothing to do.
    func checkpoint() async throws {
        guard case .sqlite = configuration else { return }
        let (connection, release) = try await Self.lease(db as! any SQLiteDatabase)
        defer { release.succeed() }
        try await connection.query("PRAGMA wal_checkpoint(PASSIVE)", []) { _ in }
    }

    /// Takes the pool's connection for the calling task, until it completes the returned promise. (SQLiteNIO's
    /// async `withConnection` runs its closure in a new task, which waits its turn behind every request the
    /// server is answering; the group commit runs the transaction in its own task, on the database's loop.)
    private static func lease(_ database: any SQLiteDatabase) async throws -> (SQLiteConnection, EventLoopPromise<Void>) {
        try await withCheckedThrowingContinuation { continuation in
            database.withConnection { connection -> EventLoopFuture<Void> in
                let release = connection.eventLoop.makePromise(of: Void.self)
                continuation.resume(returning: (connection, release))
                return release.futureResult
            }.whenFailure { error in
                // Only a failure to lease: once leased, the future is the release, which always succeeds.
                continuation.resume(throwing: error)
            }
        }
    }

    private static func isBusy(_ reason: SQLiteError.Reason) -> Bool {
        switch reason {
        case .busy, .busyInSnapshot, .busyTimeout, .busyInRecovery, .locked: true
        default: false
        }
    }

    /// Brings the schema up to date: creates missing tables and seeds reference data. Idempotent.
    public func migrate() async throws {
        try await migrate(TalentaMigrations.all)
    }

    /// Applies those of `migrations` not applied yet (tests of an upgrade apply the first ones of
    /// `TalentaMigrations.all`, store data as it was then, and apply the rest).
    func migrate(_ migrations: [any Migration]) async throws {
        try await prepareConnection()
        let migrator = makeMigrator(migrations)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// Reverts every migration (drops Talenta's tables). Used by tests to prove each has a `revert`.
    public func revertAll() async throws {
        try await makeMigrator().revertAllBatches().get()
    }

    /// The migrations already applied, by name.
    public func appliedMigrations() async throws -> [String] {
        try await MigrationLog.query(on: db).all().map(\.name)
    }

    public func shutdown() async {
        await databases.shutdownAsync()
        try? await sqliteGroup?.shutdownGracefully()
    }

    private func makeMigrator(_ list: [any Migration] = TalentaMigrations.all) -> Migrator {
        let migrations = Migrations()
        migrations.add(list)
        return Migrator(databases: databases, migrations: migrations, logger: logger,
                        on: sqliteLoop ?? MultiThreadedEventLoopGroup.singleton.any(), migrationLogLevel: .debug)
    }

    /// Per-database settings: SQLite gets WAL; a PostgreSQL schema
    /// named in the configuration is created.
    private func prepareConnection() async throws {
        switch configuration {
        case .sqlite:
            // Foreign keys are on and busy connections retry by default in SQLiteKit; WAL is a
            // property of the file and lets readers run beside the writer.
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            // A group commit touches hundreds of pages; with the default 2 MB page cache SQLite spilled
            // them to the WAL in the middle of the transaction (pagerStress in profiles), and statement
            // journals went to temporary files. The server's one connection gets 64 MB and memory for both.
            try await sql.raw("PRAGMA cache_size=-65536").run()
            try await sql.raw("PRAGMA temp_store=MEMORY").run()
            // SQLite copies the WAL's pages into the database (a checkpoint) once the WAL holds this many: by
            // default 1,000 pages, which a test day's commits passed every second or third commit, so that
            // nearly every page a save wrote was read back and written again. Most pages a commit writes are
            // the same few thousand (the answers' index leaves, the attempts' rows), so a larger WAL copies each
            // of them once for more commits (at 10,000 pages, 3.2 instead of 4.4 page reads and writes per save
            // at saturation, by `perf stat`). But the commit that passes the threshold waits for the copy and
            // its fsync, and so do the requests queued behind it: at 10,000 pages paced saves right after a
            // saturated spell saw stalls of 160-370 ms (p99 34 and 248 ms in two runs); at 2,500, max 12 ms in
            // two runs. Under paced load the writer checkpoints earlier, when idle (`AttemptWriter`).
            try await sql.raw("PRAGMA wal_autocheckpoint=2500").run()
        case .postgres(_, let schema):
            if let schema {
                try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
            }
        }
    }
}
