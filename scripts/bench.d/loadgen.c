/*
 * A lean load generator for scripts/bench: N connections, each keeping D
 * requests in flight, on one epoll loop. It speaks either RESP (PING, to
 * measure redis-server) or resumed's framing (Echo with a 40-byte payload),
 * and reports round trips per second and latency percentiles.
 *
 *   loadgen resp|echo HOST PORT CONNECTIONS DEPTH SECONDS
 *
 * Responses on one connection are answered in order by both servers for
 * these requests, so latency is measured with a FIFO of send times.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { MAXD = 64, BUF = 1 << 16 };

typedef struct {
    int fd;
    uint64_t next_id;
    uint64_t sent_at[MAXD];
    int head, inflight;
    unsigned char in[BUF];
    size_t in_len;
} conn_t;

static int echo_mode;
static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static size_t varint(unsigned char *p, uint64_t v) {
    size_t n = 0;
    while (v >= 0x80) { p[n++] = (unsigned char)(v | 0x80); v >>= 7; }
    p[n++] = (unsigned char)v;
    return n;
}

/* One request into out; returns its length. */
static size_t request(conn_t *c, unsigned char *out) {
    if (!echo_mode) { memcpy(out, "*1\r\n$4\r\nPING\r\n", 14); return 14; }
    static const char method[] = "/resume.rpc.v1.Diagnostics/Echo";
    unsigned char body[128];
    size_t n = 0;
    body[n++] = 0x08; n += varint(body + n, c->next_id++);
    body[n++] = 0x12; body[n++] = (unsigned char)(sizeof method - 1);
    memcpy(body + n, method, sizeof method - 1); n += sizeof method - 1;
    body[n++] = 0x1a; body[n++] = 42;           /* payload = EchoRequest{payload: 40 bytes} */
    body[n++] = 0x0a; body[n++] = 40;
    memset(body + n, 'x', 40); n += 40;
    out[0] = (unsigned char)(n >> 24); out[1] = (unsigned char)(n >> 16);
    out[2] = (unsigned char)(n >> 8); out[3] = (unsigned char)n;
    memcpy(out + 4, body, n);
    return n + 4;
}

/* Counts whole responses at the front of the buffer and drops them. */
static int consume(conn_t *c) {
    int got = 0;
    size_t i = 0;
    if (echo_mode) {
        while (c->in_len - i >= 4) {
            uint32_t len = (uint32_t)c->in[i] << 24 | (uint32_t)c->in[i + 1] << 16 | (uint32_t)c->in[i + 2] << 8 | c->in[i + 3];
            if (c->in_len - i - 4 < len) break;
            i += 4 + len;
            got++;
        }
    } else {
        for (size_t k = 0; k < c->in_len; k++) if (c->in[k] == '\n') { got++; i = k + 1; }
    }
    memmove(c->in, c->in + i, c->in_len - i);
    c->in_len -= i;
    return got;
}

static int cmp(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc != 7) { fprintf(stderr, "usage: loadgen resp|echo HOST PORT CONNECTIONS DEPTH SECONDS\n"); return 2; }
    echo_mode = strcmp(argv[1], "echo") == 0;
    int nconn = atoi(argv[4]), depth = atoi(argv[5]);
    double seconds = atof(argv[6]);
    if (depth < 1 || depth > MAXD || nconn < 1) { fprintf(stderr, "bad connections or depth\n"); return 2; }
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[3])) };
    inet_pton(AF_INET, argv[2], &sa.sin_addr);
    int ep = epoll_create1(0);
    conn_t *conns = calloc((size_t)nconn, sizeof *conns);
    size_t cap = 1 << 22, nsamples = 0;
    uint64_t *samples = malloc(cap * sizeof *samples);
    unsigned char out[MAXD * 128];
    for (int i = 0; i < nconn; i++) {
        conn_t *c = &conns[i];
        c->fd = socket(AF_INET, SOCK_STREAM, 0);
        c->next_id = 1;
        if (connect(c->fd, (struct sockaddr *)&sa, sizeof sa) != 0) { perror("connect"); return 1; }
        int one = 1;
        setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };
        epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev);
        size_t n = 0;
        for (int d = 0; d < depth; d++) {
            n += request(c, out + n);
            c->sent_at[(c->head + c->inflight++) % MAXD] = now_ns();
        }
        if (write(c->fd, out, n) != (ssize_t)n) { perror("write"); return 1; }
    }
    uint64_t start = now_ns(), warm = start + (uint64_t)(0.5e9), end = warm + (uint64_t)(seconds * 1e9), done = 0;
    struct epoll_event evs[256];
    for (;;) {
        uint64_t t = now_ns();
        if (t >= end) break;
        int n = epoll_wait(ep, evs, 256, 100);
        for (int e = 0; e < n; e++) {
            conn_t *c = evs[e].data.ptr;
            ssize_t r = read(c->fd, c->in + c->in_len, BUF - c->in_len);
            if (r <= 0) { fprintf(stderr, "connection closed by the server\n"); return 1; }
            c->in_len += (size_t)r;
            int got = consume(c);
            uint64_t now = now_ns();
            size_t len = 0;
            for (int g = 0; g < got; g++) {
                uint64_t sent = c->sent_at[c->head];
                c->head = (c->head + 1) % MAXD;
                c->inflight--;
                if (now >= warm) {
                    done++;
                    if (nsamples < cap) samples[nsamples++] = now - sent;
                }
                len += request(c, out + len);
                c->sent_at[(c->head + c->inflight++) % MAXD] = now;
            }
            if (len && write(c->fd, out, len) != (ssize_t)len) { perror("write"); return 1; }
        }
    }
    double elapsed = (double)(now_ns() - warm) / 1e9;
    qsort(samples, nsamples, sizeof *samples, cmp);
    double p50 = nsamples ? samples[nsamples / 2] / 1e3 : 0, p99 = nsamples ? samples[nsamples * 99 / 100] / 1e3 : 0;
    printf("%.0f %.1f %.1f\n", (double)done / elapsed, p50, p99);   /* round trips/s, p50 µs, p99 µs */
    return 0;
}
