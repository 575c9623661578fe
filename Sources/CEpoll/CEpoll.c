#define _GNU_SOURCE
#include "CEpoll.h"

#include <sys/socket.h>

#include <stdlib.h>

int cepoll_create(void) { return epoll_create1(EPOLL_CLOEXEC); }

int cepoll_ctl(int epfd, int op, int fd, uint32_t events, uint64_t token) {
    struct epoll_event ev;
    ev.events = events;
    ev.data.u64 = token;
    return epoll_ctl(epfd, op, fd, &ev);
}

int cepoll_wait(int epfd, uint32_t *events_out, uint64_t *tokens_out, int max, int timeout_ms) {
    enum { CHUNK = 256 };
    struct epoll_event evs[CHUNK];
    if (max > CHUNK) max = CHUNK;
    int n = epoll_wait(epfd, evs, max, timeout_ms);
    for (int i = 0; i < n; i++) {
        events_out[i] = evs[i].events;
        tokens_out[i] = evs[i].data.u64;
    }
    return n;
}

int cepoll_accept(int listener) {
    return accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

static __thread void *current_loop;

void *cepoll_current_loop(void) { return current_loop; }

void cepoll_set_current_loop(void *loop) { current_loop = loop; }
