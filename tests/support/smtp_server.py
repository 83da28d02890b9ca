"""A real SMTP server on a local port, for tests of sending: it takes `accept` messages (all, when None), then
answers every further one with 421 and hangs up, as a mail server going down does. `on_message(count)`, if
given, is called as each message has arrived, before the server answers that it took it; the address `refuse`
is refused (550), as a mailbox that does not exist is."""

import socketserver
import threading


class SMTPServer:
    def __init__(self, accept=None, on_message=None, refuse=None):
        self.accept = accept
        self.refuse = refuse
        self.on_message = on_message
        self.messages = []  # (recipients, data) of each message taken
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line):
                self.wfile.write(f"{line}\r\n".encode())

            def handle(self):
                self.reply("220 localhost test SMTP")
                recipients = []
                while line := self.rfile.readline():
                    command = line.decode(errors="replace").strip()
                    verb = command[:4].upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply("250 localhost")
                    elif verb == "MAIL":
                        if server.accept is not None and len(server.messages) >= server.accept:
                            self.reply("421 localhost closing: out of service")
                            return
                        recipients = []
                        self.reply("250 OK")
                    elif verb == "RCPT":
                        address = command.split(":", 1)[1].strip(" <>")
                        if address == server.refuse:
                            self.reply("550 no such mailbox")
                            continue
                        recipients.append(address)
                        self.reply("250 OK")
                    elif verb == "DATA":
                        self.reply("354 go ahead")
                        data = []
                        while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                            data.append(chunk)
                        server.messages.append((recipients, b"".join(data)))
                        if server.on_message is not None:
                            server.on_message(len(server.messages))
                        try:
                            self.reply("250 OK queued")
                        except OSError:  # the sender is gone
                            return
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    else:  # RSET, NOOP
                        self.reply("250 OK")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def recipients(self):
        return [address for recipients, _data in self.messages for address in recipients]
