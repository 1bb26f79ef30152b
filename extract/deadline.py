"""One deadline for a whole fetch, and sockets whose every read waits at most until it.

A socket timeout alone bounds each read, not the fetch: a server sending two bytes a second never trips
it. Setting the timeout to the time left before every read makes the deadline hold for the name lookup,
the connection, the TLS handshake, the headers and the body alike.
"""

import socket
import ssl
import time


class Deadline:
    """A point in monotonic time `seconds` from now; remaining() raises TimeoutError once it has passed."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"the {self.seconds:g} s deadline passed")
        return left


class _ReadsBeforeDeadline:
    """Mixed into a socket class: each read waits at most until the socket's `deadline`."""

    deadline: Deadline

    def recv_into(self, buffer, nbytes=0, flags=0):
        self.settimeout(self.deadline.remaining())
        return super().recv_into(buffer, nbytes, flags)

    def recv(self, bufsize, flags=0):
        self.settimeout(self.deadline.remaining())
        return super().recv(bufsize, flags)


class DeadlineSocket(_ReadsBeforeDeadline, socket.socket):
    """A plain TCP socket bound to a deadline."""


class DeadlineTLSSocket(_ReadsBeforeDeadline, ssl.SSLSocket):
    """A TLS socket bound to a deadline (an SSLContext's sslsocket_class)."""


def connect(addresses: list[tuple], deadline: Deadline) -> DeadlineSocket:
    """A socket connected to the first of the (family, sockaddr) pairs that answers before the deadline."""
    error: OSError = ConnectionError("no address to connect to")
    for family, sockaddr in addresses:
        sock = DeadlineSocket(family, socket.SOCK_STREAM)
        sock.deadline = deadline
        try:
            sock.settimeout(deadline.remaining())
            sock.connect(sockaddr)
        except TimeoutError:
            sock.close()
            raise
        except OSError as err:
            sock.close()
            error = err
        else:
            return sock
    raise error


def tls_wrap(sock: DeadlineSocket, host: str, deadline: Deadline) -> DeadlineTLSSocket:
    """The socket after a verified TLS handshake with `host`, the handshake bounded by the deadline."""
    context = ssl.create_default_context()
    context.sslsocket_class = DeadlineTLSSocket
    sock.settimeout(deadline.remaining())
    tls = context.wrap_socket(sock, server_hostname=host)
    tls.deadline = deadline
    return tls
