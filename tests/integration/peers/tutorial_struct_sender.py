# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""The tutorials' sticky-packet fix: every message as struct.pack('i', len(b)) + b, all in one sendall."""
import socket
import struct
import sys

port = int(sys.argv[1])
conn = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
conn.settimeout(10)
conn.connect(('127.0.0.1', port))
data = b''
for msg in sys.argv[2:]:
    body = msg.encode('utf-8')
    data += struct.pack('i', len(body)) + body
conn.sendall(data)
conn.close()
