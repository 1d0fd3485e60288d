// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/socketerrortext.h"

#include <cerrno>
#include <cstring>

QString SocketErrorText::describe(QAbstractSocket::SocketError error, const Context &context)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("Connection to %1 was refused: nothing is listening on that port (or a firewall said no). Check the "
                  "address and that the server is running.")
            .arg(context.endpoint);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("%1 closed the connection.").arg(context.endpoint);
    case QAbstractSocket::HostNotFoundError:
        return tr("Host \"%1\" was not found: check the name, or use an IP address.").arg(context.endpoint);
    case QAbstractSocket::SocketTimeoutError:
        return tr("Connecting to %1 timed out after %2 ms: the host may be down, or a firewall drops the packets.")
            .arg(context.endpoint)
            .arg(context.timeoutMs);
    case QAbstractSocket::AddressInUseError:
        if (context.reuseAddress) {
            return tr("Port %1 is in use by another program (address reuse was on, so this is not a socket left in "
                      "TIME_WAIT): stop that program or pick another port.")
                .arg(context.port);
        }
        return tr("Port %1 is in use (maybe by a socket in TIME_WAIT from an earlier run): allow address reuse "
                  "(SO_REUSEADDR) or pick another port.")
            .arg(context.port);
    case QAbstractSocket::SocketAccessError:
        return tr("Permission denied for port %1: ports below 1024 need administrator rights. Use a port from 1024 up.")
            .arg(context.port);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return tr("The address %1 is not on this machine: bind to one of its own addresses, or to any address.")
            .arg(context.endpoint);
    case QAbstractSocket::NetworkError:
        return tr("Network error with %1: the network is unreachable or the connection was reset (%2).")
            .arg(context.endpoint, context.systemText);
    case QAbstractSocket::DatagramTooLargeError:
        return tr("The datagram to %1 is too large for the network: send at most 65,507 bytes over IPv4.")
            .arg(context.endpoint);
    case QAbstractSocket::UnsupportedSocketOperationError:
        return tr("%1: this is not supported here (is IPv6 disabled?). %2").arg(context.endpoint, context.systemText);
    case QAbstractSocket::SocketResourceError:
        return tr("Out of sockets or memory for %1: close some connections or raise the open-files limit (ulimit -n).")
            .arg(context.endpoint);
    default:
        return tr("Socket error with %1: %2").arg(context.endpoint, context.systemText);
    }
}

QString SocketErrorText::describeErrno(int errorNumber, const Context &context)
{
    Context withText = context;
    if (withText.systemText.isEmpty())
        withText.systemText = QString::fromLocal8Bit(std::strerror(errorNumber));
    switch (errorNumber) {
    case EADDRINUSE:
        return describe(QAbstractSocket::AddressInUseError, withText);
    case EACCES:
    case EPERM:
        return describe(QAbstractSocket::SocketAccessError, withText);
    case EADDRNOTAVAIL:
        return describe(QAbstractSocket::SocketAddressNotAvailableError, withText);
    case ECONNREFUSED:
        return describe(QAbstractSocket::ConnectionRefusedError, withText);
    case ETIMEDOUT:
        return describe(QAbstractSocket::SocketTimeoutError, withText);
    case EAFNOSUPPORT:
    case EPROTONOSUPPORT:
        return describe(QAbstractSocket::UnsupportedSocketOperationError, withText);
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM:
        return describe(QAbstractSocket::SocketResourceError, withText);
    case ENETUNREACH:
    case EHOSTUNREACH:
    case ECONNRESET:
        return describe(QAbstractSocket::NetworkError, withText);
    default:
        return describe(QAbstractSocket::UnknownSocketError, withText);
    }
}
