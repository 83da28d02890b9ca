"""The services the fault suite starts, stops and restarts: its own PostgreSQL, Redis, mail server, worker and
web server, each on a free port of 127.0.0.1, in a temporary directory."""

import os
import shutil
import signal
import socket
import socketserver
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
HUB = str(ROOT / ".venv" / "bin" / "hub")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST = "127.0.0.1"
POSTGRES_BIN = next(
    (Path(path) for path in ("/usr/local/bin", "/usr/lib/postgresql/15/bin") if (Path(path) / "pg_ctl").exists()),
    None,
)


def missing_programs():
    missing = [name for name in ("redis-server",) if shutil.which(name) is None]
    if POSTGRES_BIN is None:
        missing.append("pg_ctl and initdb")
    return missing


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise TimeoutError(f"Timed out waiting for {what}")


def listening(port):
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


class Postgres:
    """A cluster of its own. initdb refuses to run as root: as root (CI), it runs as the postgres user."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.data = self.directory / "data"
        self.port = free_port()
        self.as_owner = []
        if os.geteuid() == 0:
            self.as_owner = ["runuser", "-u", "postgres", "--"]
            self.directory.chmod(0o755)
        self.data.mkdir()
        if self.as_owner:
            shutil.chown(self.data, "postgres", "postgres")

    @property
    def url(self):
        return f"postgres://postgres@{HOST}:{self.port}/hub_faults"

    def run(self, *args):
        subprocess.run([*self.as_owner, *args], check=True, capture_output=True, text=True)

    def create(self):
        self.run(str(POSTGRES_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8")
        self.start()
        with self.connect("postgres") as connection:
            connection.execute("CREATE DATABASE hub_faults")

    def connect(self, database="hub_faults"):
        return psycopg.connect(host=HOST, port=self.port, user="postgres", dbname=database, autocommit=True)

    def start(self):
        options = f"-p {self.port} -k {self.data} -c listen_addresses={HOST} -c fsync=off"
        log = str(self.data / "log")
        self.run(str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self):
        self.run(str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop_if_running(self):
        if (self.data / "postmaster.pid").exists():
            self.stop()


class Redis:
    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://{HOST}:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", HOST, "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: listening(self.port), 10, "Redis")
        except TimeoutError:
            self.stop()
            raise

    def stop(self):
        stop(self.process)


class MailServer(socketserver.ThreadingTCPServer):
    """An SMTP server that first accepts connections and never answers (a mail server gone wrong), then, once
    `answer()` is called, speaks enough SMTP to take every message, recording its recipients."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.answering = False
        self.received = []  # the recipients of each message taken
        self.lock = threading.Lock()
        super().__init__((HOST, free_port()), SMTPConversation)
        self.port = self.server_address[1]
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def answer(self):
        self.answering = True


class SMTPConversation(socketserver.StreamRequestHandler):
    def handle(self):
        try:
            self.converse()
        except ConnectionResetError:
            pass  # a worker killed in the middle of a message, as the tests do

    def converse(self):
        if not self.server.answering:
            # Silent: whatever the client sends is read and never answered, until it gives up.
            while self.rfile.readline():
                pass
            return
        self.reply("220 hub-faults ESMTP")
        recipients = []
        while line := self.rfile.readline():
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith("RCPT TO:"):
                recipients.append(line.decode().strip()[8:].strip(" <>"))
                self.reply("250 OK")
            elif command == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                while self.rfile.readline() not in (b".\r\n", b".\n", b""):
                    pass
                with self.server.lock:
                    self.server.received.append(recipients)
                recipients = []
                self.reply("250 Queued")
            elif command == "QUIT":
                self.reply("221 Bye")
                return
            else:  # EHLO, HELO, MAIL FROM, RSET, NOOP
                self.reply("250 OK")

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")


def stop(process, sig=signal.SIGTERM):
    if process is not None and process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def hub_command(env, *args):
    return subprocess.run([HUB, *args], env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout


def start_worker(env, worker_id, log):
    return subprocess.Popen(
        [HUB, "db_worker", "--interval", "0.2", "--no-startup-delay", "--worker-id", worker_id],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def start_web(env, port, log):
    process = subprocess.Popen(
        [GUNICORN, "hub.wsgi", "-b", f"{HOST}:{port}", "-w", "2", "--timeout", "30", "--graceful-timeout", "5"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def answers():
        try:
            return urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2).status == 200
        except OSError:
            return False

    try:
        wait_until(answers, 60, "the web server")
    except TimeoutError:
        stop(process)
        raise
    return process
