import NIOCore

/// A task executor that runs a task's jobs on one NIO event loop.
///
/// The group-commit writer runs on it (`AttemptWriter`). On the shared pool, every time the writer's
/// transaction awaits the database it would resume behind the queue of requests being answered; under load
/// that wait, paid at each statement of every commit, held the whole server's saves back. On its own loop it
/// resumes at once (on SQLite the loop is the connection's, so the reply to a statement arrives on the thread
/// that goes on with it).
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
