/*
 * A lean load generator for scripts/bench: N connections, each keeping D
 * requests in flight, on one epoll loop; reports calls per second, latency
 * percentiles, errors and the total number of answers.
 *
 *   loadgen resp            HOST PORT CONNECTIONS DEPTH SECONDS   redis PING
 *   loadgen resp-get KEY    HOST PORT CONNECTIONS DEPTH SECONDS   redis GET KEY
 *   loadgen echo            HOST PORT CONNECTIONS DEPTH SECONDS   resumed Echo, 40-byte payload
 *   loadgen frames FILE     HOST PORT CONNECTIONS DEPTH SECONDS   resumed, frames replayed from FILE
 *
 * Output, one line: rps p50_us p99_us errors total
 *   rps, p50, p99 cover the SECONDS after a 0.5 s warm-up; errors and total
 *   (answers received) cover the whole run, warm-up included, so that a
 *   caller can divide a server's CPU time over the run by total.
 *
 * resumed (echo, frames): FILE is a sequence of complete request frames as
 * on the wire (4-byte big-endian length, then a RequestFrame body), sent
 * round-robin (connection i starts at frame i). Whatever call_id a frame
 * holds is ignored: at load every top-level field 1 record is cut out of
 * the body, and each send writes a new envelope, the length, then field 1
 * (a minimal varint of a fresh call_id), then the rest of the body as it
 * was. Protobuf lets fields come in any order, so this is an ordinary
 * RequestFrame to any decoder. A call_id is (n << 8 | slot): n counts the
 * connection's sends from 1 (so ids are never 0 and never repeat on a
 * connection), slot (0..255) indexes the table of calls in flight, so
 * answers are matched by call_id in any order. An answer whose
 * Status.code (ResponseFrame field 2, Status field 1) is not 0 counts as
 * an error; an answer with call_id 0 (a connection-level error) or an
 * unknown call_id ends the run with exit code 1.
 *
 * redis (resp, resp-get): answers come in order (a FIFO of send times). An
 * error reply (-ERR ...) or a nil bulk reply (GET of a missing key) counts
 * as an error.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <math.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { MAXD = 256, MAX_FRAME = 64 << 20 };

typedef struct { unsigned char *rest; size_t len; } frame_t;   /* a RequestFrame body without field 1 */

typedef struct {
    int fd, want_out;
    uint64_t sends;                      /* call ids: (sends << 8) | slot */
    size_t next_frame;
    uint64_t slot_id[MAXD], slot_sent[MAXD];
    int free_slot[MAXD], nfree;
    uint64_t fifo[MAXD];                 /* resp modes: send times in order */
    int head, inflight;
    unsigned char *in, *out;
    size_t in_len, in_cap, out_off, out_len, out_cap;
} conn_t;

enum { RESP, RESP_GET, FRAMES } mode;
static frame_t *frames;
static size_t nframes;
static char *resp_request;
static size_t resp_request_len;
static uint64_t errors, total, done, first_error_code, nsamples, cap;
static uint64_t *samples;
static uint64_t warm;
static int ep;

static void die(const char *what) { fprintf(stderr, "loadgen: %s\n", what); exit(1); }

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) die("out of memory");
    return q;
}

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static size_t put_varint(unsigned char *p, uint64_t v) {
    size_t n = 0;
    while (v >= 0x80) { p[n++] = (unsigned char)(v | 0x80); v >>= 7; }
    p[n++] = (unsigned char)v;
    return n;
}

/* Reads a varint at *p (< end); 0 on a malformed or truncated one. */
static int get_varint(const unsigned char **p, const unsigned char *end, uint64_t *v) {
    uint64_t r = 0;
    for (int shift = 0; shift < 64 && *p < end; shift += 7) {
        unsigned char b = *(*p)++;
        r |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) { *v = r; return 1; }
    }
    return 0;
}

/* Skips one field's value of wire type wt; 0 if malformed. */
static int skip_field(const unsigned char **p, const unsigned char *end, unsigned wt) {
    uint64_t v;
    switch (wt) {
    case 0: return get_varint(p, end, &v);
    case 1: if (end - *p < 8) return 0; *p += 8; return 1;
    case 5: if (end - *p < 4) return 0; *p += 4; return 1;
    case 2: if (!get_varint(p, end, &v) || (uint64_t)(end - *p) < v) return 0; *p += v; return 1;
    default: return 0;
    }
}

static void add_frame(const unsigned char *body, size_t len) {
    frame_t f = { .rest = malloc(len ? len : 1), .len = 0 };
    const unsigned char *p = body, *end = body + len;
    while (p < end) {
        const unsigned char *start = p;
        uint64_t key;
        if (!get_varint(&p, end, &key) || !skip_field(&p, end, (unsigned)(key & 7))) die("frame file: a body is not a valid RequestFrame");
        if (key >> 3 == 1) continue;                      /* call_id: replaced on every send */
        memcpy(f.rest + f.len, start, (size_t)(p - start));
        f.len += (size_t)(p - start);
    }
    frames = xrealloc(frames, (nframes + 1) * sizeof *frames);
    frames[nframes++] = f;
}

static void load_frames(const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) { perror(path); exit(2); }
    unsigned char *data = NULL;
    size_t len = 0, got;
    unsigned char chunk[1 << 16];
    while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0) { data = xrealloc(data, len + got); memcpy(data + len, chunk, got); len += got; }
    fclose(fp);
    for (size_t i = 0; i < len;) {
        if (len - i < 4) die("frame file: trailing bytes after the last frame");
        uint32_t n = (uint32_t)data[i] << 24 | (uint32_t)data[i + 1] << 16 | (uint32_t)data[i + 2] << 8 | data[i + 3];
        if (len - i - 4 < n) die("frame file: the last frame is cut short");
        add_frame(data + i + 4, n);
        i += 4 + (size_t)n;
    }
    free(data);
    if (!nframes) die("frame file: no frames");
}

static void echo_frame(void) {
    static const char method[] = "/resume.rpc.v1.Diagnostics/Echo";
    unsigned char body[128];
    size_t n = 0;
    body[n++] = 0x12; body[n++] = (unsigned char)(sizeof method - 1);
    memcpy(body + n, method, sizeof method - 1); n += sizeof method - 1;
    body[n++] = 0x1a; body[n++] = 42;           /* payload = EchoRequest{payload: 40 bytes} */
    body[n++] = 0x0a; body[n++] = 40;
    memset(body + n, 'x', 40); n += 40;
    add_frame(body, n);
}

static void out_reserve(conn_t *c, size_t more) {
    if (c->out_off && c->out_off == c->out_len) c->out_off = c->out_len = 0;
    if (c->out_len + more <= c->out_cap) return;
    if (c->out_off) { memmove(c->out, c->out + c->out_off, c->out_len - c->out_off); c->out_len -= c->out_off; c->out_off = 0; }
    while (c->out_len + more > c->out_cap) c->out_cap = c->out_cap ? c->out_cap * 2 : 4096;
    c->out = xrealloc(c->out, c->out_cap);
}

/* Queues one request on c. */
static void send_one(conn_t *c, uint64_t now) {
    if (mode != FRAMES) {
        out_reserve(c, resp_request_len);
        memcpy(c->out + c->out_len, resp_request, resp_request_len);
        c->out_len += resp_request_len;
        c->fifo[(c->head + c->inflight++) % MAXD] = now;
        return;
    }
    if (!c->nfree) die("internal: no free slot");
    int slot = c->free_slot[--c->nfree];
    uint64_t id = ++c->sends << 8 | (uint64_t)slot;
    c->slot_id[slot] = id;
    c->slot_sent[slot] = now;
    const frame_t *f = &frames[c->next_frame++ % nframes];
    unsigned char head[16];
    size_t h = put_varint(head + 1, id) + 1;
    head[0] = 0x08;                                   /* field 1, varint */
    uint32_t body = (uint32_t)(h + f->len);
    out_reserve(c, 4 + h + f->len);
    unsigned char *o = c->out + c->out_len;
    o[0] = (unsigned char)(body >> 24); o[1] = (unsigned char)(body >> 16); o[2] = (unsigned char)(body >> 8); o[3] = (unsigned char)body;
    memcpy(o + 4, head, h);
    memcpy(o + 4 + h, f->rest, f->len);
    c->out_len += 4 + h + f->len;
}

static void flush(conn_t *c) {
    while (c->out_off < c->out_len) {
        ssize_t w = write(c->fd, c->out + c->out_off, c->out_len - c->out_off);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && errno == EAGAIN) break;
        if (w < 0) { perror("write"); exit(1); }
        c->out_off += (size_t)w;
    }
    int want = c->out_off < c->out_len;
    if (want != c->want_out) {
        struct epoll_event ev = { .events = EPOLLIN | (want ? EPOLLOUT : 0), .data.ptr = c };
        epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
        c->want_out = want;
    }
}

static void answered(uint64_t sent, uint64_t now, int error, uint64_t code) {
    total++;
    if (error) { if (!errors) first_error_code = code; errors++; }
    if (now >= warm) {
        done++;
        if (nsamples < cap) samples[nsamples++] = now - sent;
    }
}

/* One RESP reply at p (< end): its length, 0 if incomplete; *error set for -ERR and nil. */
static size_t resp_reply(const unsigned char *p, const unsigned char *end, int *error) {
    const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) return 0;
    size_t line = (size_t)(nl - p) + 1;
    *error = 0;
    switch (p[0]) {
    case '+': case ':': return line;
    case '-': *error = 1; return line;
    case '$': {
        long n = strtol((const char *)p + 1, NULL, 10);
        if (n < 0) { *error = 1; return line; }
        if ((size_t)(end - p) < line + (size_t)n + 2) return 0;
        return line + (size_t)n + 2;
    }
    default: die("unexpected RESP reply (arrays are not supported)");
    }
    return 0;
}

/* Handles every whole answer at the front of c->in and queues a request for each. */
static void consume(conn_t *c, uint64_t now) {
    size_t i = 0;
    if (mode != FRAMES) {
        for (;;) {
            int error;
            size_t n = c->in_len > i ? resp_reply(c->in + i, c->in + c->in_len, &error) : 0;
            if (!n) break;
            if (!c->inflight) die("redis answered more than was asked");
            i += n;
            uint64_t sent = c->fifo[c->head];
            c->head = (c->head + 1) % MAXD;
            c->inflight--;
            answered(sent, now, error, 0);
            send_one(c, now);
        }
    } else {
        while (c->in_len - i >= 4) {
            uint32_t len = (uint32_t)c->in[i] << 24 | (uint32_t)c->in[i + 1] << 16 | (uint32_t)c->in[i + 2] << 8 | c->in[i + 3];
            if (len > MAX_FRAME) die("response frame over 64 MiB");
            if (c->in_len - i - 4 < len) {
                if (4 + (size_t)len > c->in_cap) {          /* grow to hold the whole frame */
                    memmove(c->in, c->in + i, c->in_len - i); c->in_len -= i; i = 0;
                    while (4 + (size_t)len > c->in_cap) c->in_cap *= 2;
                    c->in = xrealloc(c->in, c->in_cap);
                }
                break;
            }
            const unsigned char *p = c->in + i + 4, *end = p + len;
            uint64_t id = 0, code = 0, key;
            while (p < end) {
                if (!get_varint(&p, end, &key)) die("malformed ResponseFrame");
                if (key == 0x08) { if (!get_varint(&p, end, &id)) die("malformed ResponseFrame"); }
                else if (key == 0x12) {                     /* Status */
                    uint64_t n, k;
                    if (!get_varint(&p, end, &n) || (uint64_t)(end - p) < n) die("malformed ResponseFrame");
                    const unsigned char *q = p, *qend = p + n;
                    while (q < qend) {
                        if (!get_varint(&q, qend, &k)) die("malformed Status");
                        if (k == 0x08) { if (!get_varint(&q, qend, &code)) die("malformed Status"); }
                        else if (!skip_field(&q, qend, (unsigned)(k & 7))) die("malformed Status");
                    }
                    p = qend;
                } else if (!skip_field(&p, end, (unsigned)(key & 7))) die("malformed ResponseFrame");
            }
            i += 4 + (size_t)len;
            if (id == 0) { fprintf(stderr, "loadgen: connection-level error, status code %llu\n", (unsigned long long)code); exit(1); }
            int slot = (int)(id & 0xff);
            if (c->slot_id[slot] != id) { fprintf(stderr, "loadgen: answer for unknown call_id %llu\n", (unsigned long long)id); exit(1); }
            c->slot_id[slot] = 0;
            c->free_slot[c->nfree++] = slot;
            answered(c->slot_sent[slot], now, code != 0, code);
            send_one(c, now);
        }
    }
    memmove(c->in, c->in + i, c->in_len - i);
    c->in_len -= i;
}

static int cmp(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void usage(void) {
    fprintf(stderr, "usage: loadgen resp|echo HOST PORT CONNECTIONS DEPTH SECONDS\n"
                    "       loadgen resp-get KEY HOST PORT CONNECTIONS DEPTH SECONDS\n"
                    "       loadgen frames FILE HOST PORT CONNECTIONS DEPTH SECONDS\n");
    exit(2);
}

int main(int argc, char **argv) {
    if (argc < 2) usage();
    const char *m = argv[1], *arg = NULL;
    if (!strcmp(m, "resp-get") || !strcmp(m, "frames")) { if (argc != 8) usage(); arg = argv[2]; argv++; argc--; }
    else if (argc != 7) usage();
    if (!strcmp(m, "resp")) { mode = RESP; resp_request = "*1\r\n$4\r\nPING\r\n"; resp_request_len = 14; }
    else if (!strcmp(m, "resp-get")) {
        mode = RESP_GET;
        size_t k = strlen(arg);
        resp_request = malloc(k + 64);
        resp_request_len = (size_t)sprintf(resp_request, "*2\r\n$3\r\nGET\r\n$%zu\r\n%s\r\n", k, arg);
    } else if (!strcmp(m, "echo")) { mode = FRAMES; echo_frame(); }
    else if (!strcmp(m, "frames")) { mode = FRAMES; load_frames(arg); }
    else usage();
    int nconn = atoi(argv[4]), depth = atoi(argv[5]);
    double seconds = atof(argv[6]);
    if (depth < 1 || depth > MAXD || nconn < 1) { fprintf(stderr, "bad connections or depth (depth at most %d)\n", MAXD); return 2; }
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[3])) };
    if (inet_pton(AF_INET, argv[2], &sa.sin_addr) != 1) { fprintf(stderr, "bad IPv4 address %s\n", argv[2]); return 2; }
    ep = epoll_create1(0);
    conn_t *conns = calloc((size_t)nconn, sizeof *conns);
    cap = 1 << 22;
    samples = malloc(cap * sizeof *samples);
    for (int i = 0; i < nconn; i++) {
        conn_t *c = &conns[i];
        c->fd = socket(AF_INET, SOCK_STREAM, 0);
        c->next_frame = (size_t)i;
        c->in_cap = mode == FRAMES ? 1 << 18 : 1 << 16;
        c->in = malloc(c->in_cap);
        for (int s = MAXD - 1; s >= 0; s--) c->free_slot[c->nfree++] = s;
        if (connect(c->fd, (struct sockaddr *)&sa, sizeof sa) != 0) { perror("connect"); return 1; }
        int one = 1;
        setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        fcntl(c->fd, F_SETFL, fcntl(c->fd, F_GETFL) | O_NONBLOCK);
        struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };
        epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev);
        uint64_t t = now_ns();
        for (int d = 0; d < depth; d++) send_one(c, t);
        flush(c);
    }
    /* The warm-up and the measured window start once every connection is made:
       opening 10,000 of them takes longer than a short run. */
    uint64_t start = now_ns();
    warm = start + (uint64_t)(0.5e9);
    uint64_t end = warm + (uint64_t)(seconds * 1e9);
    struct epoll_event evs[256];
    for (;;) {
        uint64_t t = now_ns();
        if (t >= end) break;
        int n = epoll_wait(ep, evs, 256, 100);
        for (int e = 0; e < n; e++) {
            conn_t *c = evs[e].data.ptr;
            if (evs[e].events & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
                if (c->in_len == c->in_cap) { c->in_cap *= 2; c->in = xrealloc(c->in, c->in_cap); }
                ssize_t r = read(c->fd, c->in + c->in_len, c->in_cap - c->in_len);
                if (r > 0) { c->in_len += (size_t)r; consume(c, now_ns()); }
                else if (r == 0 || (errno != EAGAIN && errno != EINTR)) { fprintf(stderr, "loadgen: connection closed by the server\n"); return 1; }
            }
            flush(c);
        }
    }
    double elapsed = (double)(now_ns() - warm) / 1e9;
    qsort(samples, nsamples, sizeof *samples, cmp);
    double p50 = nsamples ? samples[nsamples / 2] / 1e3 : 0, p99 = nsamples ? samples[nsamples * 99 / 100] / 1e3 : 0;
    if (errors && mode == FRAMES) fprintf(stderr, "loadgen: %llu error answers (first: status code %llu)\n", (unsigned long long)errors, (unsigned long long)first_error_code);
    if (errors && mode != FRAMES) fprintf(stderr, "loadgen: %llu error or nil replies\n", (unsigned long long)errors);
    /* LOADGEN_PERCENTILES=FILE: the latency distribution as HdrHistogram plots it,
       "percentile µs" at 1 - 1/2^(k/4) for k = 0, 1, ... (ten quarter-steps per
       nine), up to the largest sample. */
    const char *pfile = getenv("LOADGEN_PERCENTILES");
    if (pfile && nsamples) {
        FILE *f = fopen(pfile, "w");
        if (!f) { perror(pfile); return 1; }
        for (int k = 0;; k++) {
            double q = 1.0 - pow(2.0, -k / 4.0);
            size_t i = (size_t)(q * (double)nsamples);
            if (i >= nsamples) break;
            fprintf(f, "%.6f %.1f\n", q * 100.0, samples[i] / 1e3);
        }
        fprintf(f, "%.6f %.1f\n", 100.0 * (1.0 - 1.0 / (double)nsamples), samples[nsamples - 1] / 1e3);
        fclose(f);
    }
    /* calls/s, p50 µs, p99 µs (after warm-up); errors, answers (whole run) */
    printf("%.0f %.1f %.1f %llu %llu\n", (double)done / elapsed, p50, p99, (unsigned long long)errors, (unsigned long long)total);
    return 0;
}
