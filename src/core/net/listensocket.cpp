// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/listensocket.h"

#include <cerrno>
#include <cstring>

#include "net/endpoint.h"
#include "net/socketerrortext.h"

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#ifdef Q_OS_UNIX
namespace {
int openFamily(int family)
{
    return ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, IPPROTO_TCP);
}
} // namespace
#endif

qintptr ListenSocket::open(const Options &options, QString *error)
{
#ifdef Q_OS_UNIX
    const bool any = options.address.isNull();
    const QString shown =
        any ? QStringLiteral("*:%1").arg(options.port) : Endpoint::format(options.address, options.port);
    SocketErrorText::Context context;
    context.endpoint = shown;
    context.port = options.port;
    context.reuseAddress = options.reuseAddress;

    bool useV6 = any || options.address.protocol() == QAbstractSocket::IPv6Protocol;
    int fd = openFamily(useV6 ? AF_INET6 : AF_INET);
    if (fd < 0 && any && (errno == EAFNOSUPPORT || errno == EPROTONOSUPPORT)) {
        // No IPv6 on this machine: "any" falls back to every IPv4 address.
        useV6 = false;
        fd = openFamily(AF_INET);
    }
    if (fd < 0) {
        *error = SocketErrorText::describeErrno(errno, context);
        return -1;
    }
    const auto fail = [&](int errorNumber) -> qintptr {
        *error = SocketErrorText::describeErrno(errorNumber, context);
        ::close(fd);
        return -1;
    };

    const int reuse = options.reuseAddress ? 1 : 0;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse) != 0)
        return fail(errno);
    if (useV6) {
        const int v6only = (!any && options.ipv6Only) ? 1 : 0;
        if (::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only) != 0)
            return fail(errno);
    }

    int bound = -1;
    if (useV6) {
        sockaddr_in6 address{};
        address.sin6_family = AF_INET6;
        address.sin6_port = htons(options.port);
        if (any) {
            address.sin6_addr = in6addr_any;
        } else {
            const Q_IPV6ADDR bytes = options.address.toIPv6Address();
            std::memcpy(&address.sin6_addr, bytes.c, sizeof bytes.c);
            address.sin6_scope_id = options.address.scopeId().toUInt();
        }
        bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    } else {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(options.port);
        address.sin_addr.s_addr = any ? htonl(INADDR_ANY) : htonl(options.address.toIPv4Address());
        bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    }
    if (bound != 0)
        return fail(errno);
    if (::listen(fd, options.backlog > 0 ? options.backlog : SOMAXCONN) != 0)
        return fail(errno);
    return fd;
#else
    Q_UNUSED(options)
    *error = tr("Creating a listening socket natively is not supported on this system.");
    return -1;
#endif
}

void ListenSocket::close(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    if (descriptor >= 0)
        ::close(static_cast<int>(descriptor));
#else
    Q_UNUSED(descriptor)
#endif
}
