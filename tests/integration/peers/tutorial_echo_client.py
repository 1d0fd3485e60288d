# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""The tutorials' TCP client (phone_client), bounded: send each argument, print each reply."""
import socket
import sys

port = int(sys.argv[1])
phone_client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
phone_client.settimeout(10)
phone_client.connect(('127.0.0.1', port))
for msg in sys.argv[2:]:
    phone_client.send(msg.encode('utf-8'))
    server_res = phone_client.recv(1024)
    print(server_res.decode('utf-8'))
phone_client.close()
