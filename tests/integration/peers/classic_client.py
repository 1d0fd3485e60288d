# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""The tutorials' remote-command client (struct version), bounded: send each argument as a command, read the
4-byte struct.pack('i') length, then recv(1024) until that many bytes arrived; print the length and the result."""
import socket
import struct
import sys

port = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.settimeout(10)
s.connect(('127.0.0.1', port))
for cmd in sys.argv[2:]:
    s.send(cmd.encode('utf-8'))
    x = struct.unpack('i', s.recv(4))[0]
    r_s = 0
    data = b''
    while r_s < x:
        r_d = s.recv(1024)
        if not r_d:
            sys.exit('the agent closed the connection after %d of %d bytes' % (r_s, x))
        data += r_d
        r_s += len(r_d)
    print(x)
    print(data.decode('utf-8'), end='')
s.close()
