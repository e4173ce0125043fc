import NIOCore

/// A task executor that runs a task's jobs on one NIO event loop.
///
/// The group-commit writer runs on SQLite's own loop (`AttemptWriter`, `TalentaDatabase.sqliteLoop`). On the
/// shared pool, every time the writer's transaction awaited the database it resumed behind the queue of
/// requests being answered; under load (linear battery, 1,000 participants) a batch took about 75 ms, of
/// which 45 ms remained once the writer ran here and leased the connection itself.
final class LoopExecutor: TaskExecutor {
    let loop: any EventLoop

    init(_ loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
