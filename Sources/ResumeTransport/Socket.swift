#if canImport(Glibc)
import Glibc
#endif
import CEpoll
import ResumeCore

/// Thin wrappers over the BSD socket calls the server and client make. Every
/// descriptor is close-on-exec; listening and accepted sockets are non-blocking.
public enum Socket {
    /// A listening socket bound to `address`. For TCP, `SO_REUSEADDR` is set
    /// and port 0 picks a free port (see `localAddress`). A stale Unix socket
    /// file is replaced.
    public static func listen(_ address: SocketAddress, backlog: Int32 = 1024) throws -> Int32 {
        switch address {
        case .tcp(let host, let port):
            return try withResolved(host: host, port: port, passive: true, address: address) { family, sa, len in
                let fd = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
                guard fd >= 0 else { throw SocketError("socket", address: "\(address)") }
                var one: Int32 = 1
                setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
                guard bind(fd, sa, len) == 0 else { let e = SocketError("bind", address: "\(address)"); close(fd); throw e }
                guard Glibc.listen(fd, backlog) == 0 else { let e = SocketError("listen", address: "\(address)"); close(fd); throw e }
                return fd
            }
        case .unix(let path):
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { throw SocketError("socket", address: "\(address)") }
            unlink(path)
            do {
                try withUnixAddress(path) { sa, len in
                    guard bind(fd, sa, len) == 0 else { throw SocketError("bind", address: "\(address)") }
                }
            } catch {
                close(fd)
                throw error
            }
            guard Glibc.listen(fd, backlog) == 0 else { let e = SocketError("listen", address: "\(address)"); close(fd); throw e }
            return fd
        }
    }

    /// Accepts one pending connection, non-blocking and close-on-exec; nil when none is pending.
    public static func accept(_ listener: Int32) throws(SocketError) -> Int32? {
        while true {
            let fd = cepoll_accept(listener)
            if fd >= 0 { return fd }
            switch errno {
            case EAGAIN, EWOULDBLOCK: return nil
            case EINTR, ECONNABORTED, EPROTO: continue
            default: throw SocketError("accept")
            }
        }
    }

    /// A connected socket, left blocking or not as asked. Gives up after `timeoutMilliseconds`.
    public static func connect(_ address: SocketAddress, timeoutMilliseconds: Int32, nonBlocking: Bool) throws -> Int32 {
        let open: (Int32, UnsafePointer<sockaddr>, socklen_t) throws -> Int32 = { family, sa, len in
            let fd = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { throw SocketError("socket", address: "\(address)") }
            do {
                try finishConnect(fd, sa, len, timeoutMilliseconds: timeoutMilliseconds, address: address)
            } catch {
                close(fd)
                throw error
            }
            if !nonBlocking { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) }
            return fd
        }
        switch address {
        case .tcp(let host, let port):
            let fd = try withResolved(host: host, port: port, passive: false, address: address, open)
            setNoDelay(fd)
            return fd
        case .unix(let path):
            return try withUnixAddress(path) { sa, len in try open(AF_UNIX, sa, len) }
        }
    }

    private static func finishConnect(_ fd: Int32, _ sa: UnsafePointer<sockaddr>, _ len: socklen_t, timeoutMilliseconds: Int32, address: SocketAddress) throws {
        if Glibc.connect(fd, sa, len) == 0 { return }
        guard errno == EINPROGRESS || errno == EINTR else { throw SocketError("connect", address: "\(address)") }
        let deadline = Deadline.after(milliseconds: UInt64(max(timeoutMilliseconds, 0)))
        var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        while true {
            let r = poll(&p, 1, Int32(min(deadline.remainingMilliseconds(), UInt64(Int32.max))))
            if r > 0 { break }
            if r == 0 { throw SocketError("connect", address: "\(address)", code: ETIMEDOUT) }
            if errno != EINTR { throw SocketError("poll", address: "\(address)") }
        }
        var soError: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &size)
        if soError != 0 { throw SocketError("connect", address: "\(address)", code: soError) }
    }

    /// Turns off Nagle's algorithm: every response goes out at once.
    public static func setNoDelay(_ fd: Int32) {
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    /// The address a socket is bound to (the real port after binding port 0).
    public static func localAddress(_ fd: Int32) -> SocketAddress? {
        var storage = sockaddr_storage()
        var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let ok = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) == 0 }
        }
        guard ok else { return nil }
        return describe(&storage)
    }

    private static func describe(_ storage: inout sockaddr_storage) -> SocketAddress? {
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
                    var addr = sin.pointee.sin_addr
                    var buf = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                    inet_ntop(AF_INET, &addr, &buf, socklen_t(buf.count))
                    return .tcp(host: buf.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, port: UInt16(bigEndian: sin.pointee.sin_port))
                }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { sin in
                    var addr = sin.pointee.sin6_addr
                    var buf = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
                    inet_ntop(AF_INET6, &addr, &buf, socklen_t(buf.count))
                    return .tcp(host: buf.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, port: UInt16(bigEndian: sin.pointee.sin6_port))
                }
            }
        case AF_UNIX:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_un.self, capacity: 1) { sun in
                    withUnsafePointer(to: sun.pointee.sun_path) {
                        $0.withMemoryRebound(to: CChar.self, capacity: 108) { .unix(path: String(cString: $0)) }
                    }
                }
            }
        default:
            return nil
        }
    }

    private static func withResolved<T>(
        host: String, port: UInt16, passive: Bool, address: SocketAddress,
        _ body: (Int32, UnsafePointer<sockaddr>, socklen_t) throws -> T
    ) throws -> T {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = passive ? AI_PASSIVE : 0
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, String(port), &hints, &list)
        guard rc == 0, let first = list else {
            throw AddressError("\(address)", String(cString: gai_strerror(rc)))
        }
        defer { freeaddrinfo(list) }
        var lastError: (any Error)?
        var ai: UnsafeMutablePointer<addrinfo>? = first
        while let a = ai {
            do {
                return try body(a.pointee.ai_family, a.pointee.ai_addr, a.pointee.ai_addrlen)
            } catch {
                lastError = error
            }
            ai = a.pointee.ai_next
        }
        throw lastError ?? AddressError("\(address)", "no usable address")
    }

    private static func withUnixAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) throws -> T) throws -> T {
        var sun = sockaddr_un()
        sun.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: sun.sun_path) else { throw AddressError(path, "unix socket path too long") }
        withUnsafeMutableBytes(of: &sun.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return try withUnsafePointer(to: &sun) {
            try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                try body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
    }
}
