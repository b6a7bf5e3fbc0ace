"""Load test of `lessonpack serve` (run by hand, never in the test suite).

    python bench/web_load.py [--clients 10 50] [--requests-per-client 4] [--builders N]

Starts `lessonpack serve` on a free loopback port, warms each build worker with one pack, then
for each client count N runs N clients at once, each downloading the KS2 pack for a school of
its own (a brand with a logo, the form a teacher sends) a fixed number of times, and stops.
Prints requests per second, p50/p95/max latency, errors (any answer other than a zip), and the
peak memory of the server with its build workers (resident memory of the whole process tree,
sampled every 20 ms). Standard library only: the clients are threads speaking HTTP/1.1.
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOGO = ROOT / "examples" / "brands" / "oakfield-primary" / "logo.png"
COLOURS = ["#1B2A4A", "#123524", "#3B1F5C", "#2B2B2B", "#0B3C5D", "#4A1C1C", "#1E3A34"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def multipart(fields: dict[str, str], logo: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
             .encode() for k, v in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="logo"; '
                 f'filename="logo.png"\r\nContent-Type: image/png\r\n\r\n'.encode() + logo
                 + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary


def download(port: int, school: int, logo: bytes) -> tuple[float, bool]:
    body, boundary = multipart({"audience": "ks2", "org_name": f"School {school}",
                                "primary": COLOURS[school % len(COLOURS)]}, logo)
    start = time.perf_counter()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        conn.request("POST", "/download", body, {
            "Content-Type": f"multipart/form-data; boundary={boundary}"})
        response = conn.getresponse()
        data = response.read()
        conn.close()
        ok = response.status == 200 and data[:2] == b"PK"
    except OSError:
        ok = False
    return time.perf_counter() - start, ok


def tree_rss(root_pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            time.sleep(0.02)


def run_load(port: int, clients: int, per_client: int, logo: bytes, server: int
             ) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def client(n: int) -> None:
        nonlocal errors
        for _ in range(per_client):
            took, ok = download(port, n, logo)
            with lock:
                latencies.append(took)
                errors += not ok

    sampler = Sampler(server)
    sampler.start()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    ordered = sorted(latencies)
    return {"clients": clients, "requests": len(ordered), "rps": len(ordered) / wall,
            "p50": statistics.median(ordered) * 1000,
            "p95": ordered[max(0, round(0.95 * len(ordered)) - 1)] * 1000,
            "max": ordered[-1] * 1000, "errors": errors, "peak_mib": sampler.peak / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[10, 50])
    parser.add_argument("--requests-per-client", type=int, default=4)
    parser.add_argument("--builders", type=int, help="passed to lessonpack serve")
    args = parser.parse_args()
    port = free_port()
    command = [sys.executable, "-m", "lessonpack", "serve", "--port", str(port)]
    if args.builders:
        command += ["--builders", str(args.builders)]
    server = subprocess.Popen(command, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.1)
        logo = LOGO.read_bytes()
        run_load(port, 4, 1, logo, server.pid)  # warm every worker: first builds are slower
        cpus = len(os.sched_getaffinity(0))
        model = next((line.split(":", 1)[1].strip() for line in
                      Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), platform.processor())
        print(f"# {cpus} CPUs ({model}), Linux {platform.release()}, Python "
              f"{platform.python_version()}; KS2 pack with a school's logo and colours, "
              f"{args.requests_per_client} downloads per client")
        print("| clients | requests | req/s | p50 ms | p95 ms | max ms | errors | peak MiB |")
        print("|---|---|---|---|---|---|---|---|")
        for clients in args.clients:
            r = run_load(port, clients, args.requests_per_client, logo, server.pid)
            print(f"| {clients} | {r['requests']} | {r['rps']:.1f} | {r['p50']:.0f} | "
                  f"{r['p95']:.0f} | {r['max']:.0f} | {r['errors']} | {r['peak_mib']:.0f} |",
                  flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
