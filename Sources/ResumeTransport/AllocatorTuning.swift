import CEpoll

/// How the process returns freed memory to the system (glibc's allocator).
public enum AllocatorTuning {
    /// Blocks of 128 KiB and more (large frames and answers) are mapped on
    /// their own and unmapped when freed; the heap's top is trimmed past
    /// 4 MiB free. Without it glibc keeps what a burst made it allocate.
    public static func returnFreedMemory() {
        cepoll_return_freed_memory(128 * 1024, 4 * 1024 * 1024)
    }

    /// Gives free heap memory back to the system now (after a large release).
    public static func trim() { cepoll_trim_memory() }
}
