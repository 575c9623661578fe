/*
 * What resume-load's event loops need from Linux beyond CEpoll: waiting on
 * an epoll set with a nanosecond timeout (epoll_pwait2), so an open-loop
 * schedule can send each call when it is due instead of rounding up to the
 * next millisecond, and writes that never raise SIGPIPE.
 */
#ifndef CRESUMELOAD_H
#define CRESUMELOAD_H

#include <stdint.h>
#include <sys/types.h>

/*
 * Waits up to `timeout_ns` nanoseconds (negative: no limit, 0: poll) for at
 * most `max` (<= 256) events of `epfd` and unpacks them into two parallel
 * arrays. Uses epoll_pwait2 where the kernel has it (5.11+), else epoll_wait
 * with the timeout rounded up to whole milliseconds. Returns the count, or -1
 * with errno.
 */
int cload_wait(int epfd, uint32_t *events_out, uint64_t *tokens_out, int max, int64_t timeout_ns);

/* send(2) with MSG_NOSIGNAL: a peer that closed gives EPIPE, never SIGPIPE. */
ssize_t cload_send(int fd, const void *bytes, size_t count);

/*
 * sendmsg(2) of two buffers, one after the other, with MSG_NOSIGNAL: a frame's
 * few header bytes and its long pre-encoded rest, without copying the rest
 * into an output buffer first. Returns the bytes sent, or -1 with errno.
 */
ssize_t cload_send2(int fd, const void *first, size_t first_count, const void *second, size_t second_count);

#endif
