import FluentKit
import SQLKit

/// SQLite only: `attempt_answers` is rebuilt `WITHOUT ROWID`, its reference to the attempt checked at commit
/// (`DEFERRABLE INITIALLY DEFERRED`). The columns, key and rows are the same; PostgreSQL is left as it is.
///
/// The group commit writes a batch's answers with one multi-row `INSERT`. SQLite keeps a statement journal
/// (a copy of every page the statement changes, so that it can undo the statement alone) for a multi-row
/// statement that may abort halfway, and an immediate foreign key makes it one whatever the statement's
/// conflict clause: at saturation that was 3.5 page-copies of 1 kB per save, each its own allocation. Checked
/// at commit, the reference needs no such copy (`WriterStatement.sqlite` gives the other constraints
/// `OR FAIL`), and the batch's transaction is rolled back whole if it fails. Without a rowid, a row is stored
/// once, in its key's order (an attempt's answers together), instead of in the table and again in the key's
/// index.
struct ClusterAttemptAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await rebuild(database, constraint: "DEFERRABLE INITIALLY DEFERRED", options: "WITHOUT ROWID")
    }

    func revert(on database: any Database) async throws {
        try await rebuild(database, constraint: "", options: "")
    }

    /// Creates the table anew with the reference's `constraint` and the table's `options`, copies the rows
    /// and puts it in the old one's place (the way SQLite changes a table's constraints).
    private func rebuild(_ database: any Database, constraint: String, options: String) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return }
        let table = AttemptAnswer.schema, rebuilt = AttemptAnswer.schema + "_rebuilt"
        try await sql.raw("""
            CREATE TABLE \(ident: rebuilt) ("attempt_id" UUID NOT NULL REFERENCES \(ident: AttemptRecord.schema) ("id")
            ON DELETE CASCADE ON UPDATE NO ACTION \(unsafeRaw: constraint), "sequence" INTEGER NOT NULL, "item" TEXT NOT NULL,
            "answer" TEXT NOT NULL, "saved_at" DOUBLE NOT NULL, "outcome" TEXT,
            PRIMARY KEY ("attempt_id", "sequence")) \(unsafeRaw: options)
            """).run()
        try await sql.raw("""
            INSERT INTO \(ident: rebuilt) ("attempt_id", "sequence", "item", "answer", "saved_at", "outcome")
            SELECT "attempt_id", "sequence", "item", "answer", "saved_at", "outcome" FROM \(ident: table)
            """).run()
        try await sql.raw("DROP TABLE \(ident: table)").run()
        try await sql.raw("ALTER TABLE \(ident: rebuilt) RENAME TO \(ident: table)").run()
    }
}
