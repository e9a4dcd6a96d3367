#!/usr/bin/env python3
"""An HTTP/1.1 proxy in front of an S3 store that counts what a client asks of it: requests by
method and bytes each way (the bill a user of a paid store gets). For bench/s3.sh.

    python3 bench/s3_meter.py UPSTREAM_HOST:PORT PORT_FILE COUNTS_FILE

Listens on a free loopback port (written to PORT_FILE once listening); on SIGTERM or SIGINT
writes the counts as JSON to COUNTS_FILE. Request heads are parsed only to find each body's
length (Content-Length; chunked bodies are followed chunk by chunk), never changed.
"""
import json
import signal
import socket
import sys
import threading
from collections import Counter

upstream_host, upstream_port = sys.argv[1].rsplit(":", 1)
port_file, counts_file = sys.argv[2], sys.argv[3]
counts = Counter()
lock = threading.Lock()


def add(key, n=1):
    with lock:
        counts[key] += n


def read_line(f):
    line = f.readline(65536)
    if not line:
        raise EOFError
    return line


def close_both(*sockets):
    """Ends a proxied connection in both directions (the other copier then sees EOF)."""
    for s in sockets:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def client_to_server(client, server):
    """Forwards requests one by one, counting each and its body."""
    f = client.makefile("rb")
    try:
        while True:
            head = [read_line(f)]
            while head[-1] not in (b"\r\n", b"\n"):
                head.append(read_line(f))
            method = head[0].split(b" ", 1)[0].decode(errors="replace")
            if method == "GET" and (b"list-type=" in head[0] or b"prefix=" in head[0]):
                method = "LIST"
            headers = {}
            for h in head[1:-1]:
                k, _, v = h.decode(errors="replace").partition(":")
                headers[k.strip().lower()] = v.strip()
            server.sendall(b"".join(head))
            sent = sum(len(h) for h in head)
            if headers.get("transfer-encoding", "").lower() == "chunked":
                while True:
                    size_line = read_line(f)
                    server.sendall(size_line)
                    size = int(size_line.split(b";")[0].strip(), 16)
                    data = f.read(size + 2)
                    server.sendall(data)
                    sent += len(size_line) + len(data)
                    if size == 0:
                        break
            else:
                left = int(headers.get("content-length", "0"))
                while left > 0:
                    data = f.read(min(left, 1 << 20))
                    if not data:
                        raise EOFError
                    server.sendall(data)
                    left -= len(data)
                    sent += len(data)
            add("requests")
            add("requests_" + method)
            add("bytes_up", sent)
    except (EOFError, OSError, ValueError):
        pass
    finally:
        close_both(client, server)


def server_to_client(server, client):
    try:
        while True:
            data = server.recv(1 << 20)
            if not data:
                break
            client.sendall(data)
            add("bytes_down", len(data))
    except OSError:
        pass
    finally:
        close_both(client, server)


def serve(listener):
    while True:
        client, _ = listener.accept()
        server = socket.create_connection((upstream_host, int(upstream_port)))
        add("connections")
        threading.Thread(target=client_to_server, args=(client, server), daemon=True).start()
        threading.Thread(target=server_to_client, args=(server, client), daemon=True).start()


def stop(*_):
    with lock:
        with open(counts_file, "w") as out:
            json.dump(dict(counts), out)
    sys.exit(0)


listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(64)
signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
with open(port_file, "w") as out:
    out.write(str(listener.getsockname()[1]))
threading.Thread(target=serve, args=(listener,), daemon=True).start()
signal.pause()
