/*
 * Linux readiness primitives the Swift Glibc module does not expose.
 * struct epoll_event is packed (12 bytes) on x86_64; these helpers keep Swift
 * away from its layout.
 */
#ifndef CEPOLL_H
#define CEPOLL_H

#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <malloc.h>

/*
 * glibc's allocator settings, which the Swift Glibc module does not expose:
 * map blocks of `mmap_threshold` bytes and more on their own (unmapped when
 * freed), trim the heap's top past `trim_threshold` free bytes.
 */
static inline void cepoll_return_freed_memory(int mmap_threshold, int trim_threshold) {
    mallopt(M_MMAP_THRESHOLD, mmap_threshold);
    mallopt(M_TRIM_THRESHOLD, trim_threshold);
}

/* Gives free heap memory back to the system now (after a large release). */
static inline void cepoll_trim_memory(void) { malloc_trim(0); }

/* Interest flags, as plain integers. */
static const uint32_t CEPOLL_IN = EPOLLIN;
static const uint32_t CEPOLL_OUT = EPOLLOUT;
static const uint32_t CEPOLL_ERR = EPOLLERR;
static const uint32_t CEPOLL_HUP = EPOLLHUP;
static const uint32_t CEPOLL_RDHUP = EPOLLRDHUP;

/* Creates an epoll set (close-on-exec). Returns -1 and sets errno on failure. */
int cepoll_create(void);

/* Adds, modifies (op = EPOLL_CTL_ADD/MOD/DEL) a descriptor with `events` and opaque `token`. */
int cepoll_ctl(int epfd, int op, int fd, uint32_t events, uint64_t token);

/*
 * Waits up to `timeout_ms` (0: poll) for at most `max` events and unpacks them
 * into two parallel arrays. Returns the count, or -1 with errno.
 */
int cepoll_wait(int epfd, uint32_t *events_out, uint64_t *tokens_out, int max, int timeout_ms);

/* accept4(2) with SOCK_NONBLOCK | SOCK_CLOEXEC (glibc declares it only under _GNU_SOURCE). */
int cepoll_accept(int listener);

/*
 * The event loop whose queue this thread is running a callback for, or NULL:
 * a thread-local set on entry to every loop callback and cleared on exit, so
 * that code can tell cheaply whether it runs on a given loop.
 */
void *cepoll_current_loop(void);
void cepoll_set_current_loop(void *loop);

static const int CEPOLL_CTL_ADD = EPOLL_CTL_ADD;
static const int CEPOLL_CTL_MOD = EPOLL_CTL_MOD;
static const int CEPOLL_CTL_DEL = EPOLL_CTL_DEL;

#endif
