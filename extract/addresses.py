"""Where a fetch may connect: a host name resolved within the fetch's deadline, and the refusal of private,
loopback and link-local addresses (checked on the resolved address, so a public name for an inside
address is refused too)."""

import ipaddress
import socket
import threading

from extract.deadline import Deadline


class AddressRefused(Exception):
    """A host that may not or cannot be connected to, with a one-line reason."""


def is_public(address: str) -> bool:
    """True for an address on the public internet; False for private, loopback, link-local, multicast
    and reserved ones (an IPv4 address written as IPv6 counts as itself)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int, deadline: Deadline) -> list[tuple]:
    """getaddrinfo() of host:port for TCP, given up (TimeoutError) when the deadline passes first."""
    answer: dict = {}

    def lookup() -> None:
        try:
            answer["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as err:
            answer["error"] = err

    worker = threading.Thread(target=lookup, daemon=True)
    worker.start()
    worker.join(deadline.remaining())
    if worker.is_alive():
        raise TimeoutError(f"looking up {host}")
    if "error" in answer or not answer.get("infos"):
        raise AddressRefused(f"the host name {host} cannot be resolved")
    return answer["infos"]


def allowed_addresses(host: str, port: int, deadline: Deadline, allow_private: bool) -> list[tuple]:
    """The (family, sockaddr) pairs a fetch may connect to; AddressRefused when there is none."""
    infos = resolve(host, port, deadline)
    usable = [(family, sockaddr) for family, _, _, _, sockaddr in infos
              if allow_private or is_public(sockaddr[0])]
    if not usable:
        address = infos[0][4][0]
        named = host if address == host.strip("[]") else f"{host} ({address})"
        raise AddressRefused(f"refused: {named} is a private, loopback or link-local address; "
                             "--allow-private permits it")
    return usable
