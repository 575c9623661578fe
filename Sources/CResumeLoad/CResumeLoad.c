#define _GNU_SOURCE
#include "CResumeLoad.h"

#include <errno.h>
#include <stdatomic.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>

/* Cleared once, by whichever loop first learns the kernel lacks epoll_pwait2. */
static atomic_int has_pwait2 = 1;

int cload_wait(int epfd, uint32_t *events_out, uint64_t *tokens_out, int max, int64_t timeout_ns) {
    enum { CHUNK = 256 };
    struct epoll_event evs[CHUNK];
    if (max > CHUNK) max = CHUNK;
    int n;
    if (atomic_load_explicit(&has_pwait2, memory_order_relaxed)) {
        struct timespec ts = { .tv_sec = timeout_ns / 1000000000, .tv_nsec = timeout_ns % 1000000000 };
        n = epoll_pwait2(epfd, evs, max, timeout_ns < 0 ? NULL : &ts, NULL);
        if (n < 0 && errno == ENOSYS) atomic_store_explicit(&has_pwait2, 0, memory_order_relaxed);
        else goto done;
    }
    {
        int ms = timeout_ns < 0 ? -1 : (int)((timeout_ns + 999999) / 1000000);
        n = epoll_wait(epfd, evs, max, ms);
    }
done:
    for (int i = 0; i < n; i++) {
        events_out[i] = evs[i].events;
        tokens_out[i] = evs[i].data.u64;
    }
    return n;
}

ssize_t cload_send(int fd, const void *bytes, size_t count) {
    return send(fd, bytes, count, MSG_NOSIGNAL);
}

ssize_t cload_send2(int fd, const void *first, size_t first_count, const void *second, size_t second_count) {
    struct iovec iov[2] = {
        { .iov_base = (void *)first, .iov_len = first_count },
        { .iov_base = (void *)second, .iov_len = second_count },
    };
    struct msghdr msg = { .msg_iov = iov, .msg_iovlen = 2 };
    return sendmsg(fd, &msg, MSG_NOSIGNAL);
}
