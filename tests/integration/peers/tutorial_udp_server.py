# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""The tutorials' UDP "QQ" server, bounded: answer N datagrams with their upper case, then exit."""
import socket
import sys

count = int(sys.argv[1])
u_server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u_server.settimeout(10)
u_server.bind(('127.0.0.1', 0))
print(u_server.getsockname()[1], flush=True)
for _ in range(count):
    qq_msg, addr = u_server.recvfrom(1024)
    u_server.sendto(qq_msg.upper(), addr)
