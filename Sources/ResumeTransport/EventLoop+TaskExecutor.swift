import CEpoll

/// The loop runs Swift tasks: a task started with this loop as its executor
/// preference runs its synchronous stretches on the loop's queue, in the
/// wake-up that made it ready. A continuation resumed on the loop (a
/// database result, a deadline) enqueues its task's next job locally, to run
/// before the wake-up ends: no thread hop, no Dispatch block. A job enqueued
/// from another thread (a worker lane finishing) is carried over in batches:
/// one `queue.async` per batch.
extension EventLoop: TaskExecutor {
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        if isCurrent {
            jobs.append(job)
            return
        }
        let schedule = remoteJobs.withLock { r in
            r.jobs.append(job)
            if r.scheduled { return false }
            r.scheduled = true
            return true
        }
        if schedule {
            queue.async { [self] in
                run {
                    remoteJobs.withLock { $0.scheduled = false }
                    takeRemoteJobs()
                }
            }
        }
    }

    /// Runs every ready job, including those they make ready.
    func runJobs() {
        var i = 0
        while i < jobs.count {
            let job = jobs[i]
            i += 1
            job.runSynchronously(on: asUnownedTaskExecutor())
            if i >= 1_024 {
                jobs.removeFirst(i)
                i = 0
            }
        }
        jobs.removeAll(keepingCapacity: true)
    }
}
