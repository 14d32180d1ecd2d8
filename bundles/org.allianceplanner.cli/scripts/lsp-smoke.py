#!/usr/bin/env python3
"""End-to-end check and timing of `alliance lsp` as an editor runs it: a subprocess speaking JSON-RPC on
stdin/stdout. Opens every plan of a folder (default: examples/), waits for the diagnostics of each, then asks
for completion in a task. Fails if the server writes anything but protocol messages to stdout.
Usage: lsp-smoke.py [ALLIANCE_SCRIPT] [FOLDER]   (run after ./mvnw -B verify)"""
import json, os, pathlib, subprocess, sys, time

root = pathlib.Path(__file__).resolve().parents[3]
script = sys.argv[1] if len(sys.argv) > 1 else str(root / "alliance")
folder = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else root / "examples").resolve()

server = subprocess.Popen([script, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
next_id = 0

def send(method, params, request=True):
    global next_id
    message = {"jsonrpc": "2.0", "method": method, "params": params}
    if request:
        next_id += 1
        message["id"] = next_id
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()
    return message.get("id")

published = {}  # uri -> error count of the last diagnostics published for it

def receive():
    headers = {}
    while True:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("server closed stdout")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode().partition(":")
        if name.strip().lower() != "content-length" and name.strip().lower() != "content-type":
            raise SystemExit("not a protocol header on stdout: %r" % line)
        headers[name.strip().lower()] = value.strip()
    message = json.loads(server.stdout.read(int(headers["content-length"])))
    if message.get("method") == "textDocument/publishDiagnostics":
        uri = message["params"]["uri"].replace("file:///", "file:/")
        published[uri] = sum(1 for d in message["params"]["diagnostics"] if d.get("severity") == 1)
    return message

def until(predicate):
    while True:
        message = receive()
        if predicate(message):
            return message

started = time.monotonic()
init = send("initialize", {"processId": os.getpid(), "rootUri": folder.as_uri(), "capabilities": {}})
until(lambda m: m.get("id") == init)
send("initialized", {}, request=False)
ready = time.monotonic()

plans = sorted(folder.glob("*.alliance"))
uris = [p.as_uri().replace("file:///", "file:/") for p in plans]
lines = 0
for plan in plans:
    text = plan.read_text(encoding="utf-8")
    lines += text.count("\n")
    send("textDocument/didOpen", {"textDocument": {"uri": plan.as_uri(), "languageId": "alliance", "version": 1, "text": text}}, request=False)
while not all(u in published for u in uris):
    receive()
errors = sum(published[u] for u in uris)
diagnosed = time.monotonic()

target = next(p for p in plans if "\ttask " in p.read_text(encoding="utf-8"))
row = next(i for i, l in enumerate(target.read_text(encoding="utf-8").splitlines()) if l.startswith("\t\t") and "primary responsibility" in l)
asked = time.monotonic()
completion = send("textDocument/completion", {"textDocument": {"uri": target.as_uri()}, "position": {"line": row, "character": 2}})
result = until(lambda m: m.get("id") == completion)["result"]
items = result["items"] if isinstance(result, dict) else result
completed = time.monotonic()

shutdown = send("shutdown", None)
until(lambda m: m.get("id") == shutdown)
send("exit", None, request=False)
code = server.wait(timeout=30)
print("plans: %d files, %d lines; errors reported: %d" % (len(plans), lines, errors))
print("start to initialized (workspace indexed): %.2f s" % (ready - started))
print("start to diagnostics of every plan: %.2f s" % (diagnosed - started))
print("completion in %s line %d: %d proposals in %.3f s" % (target.name, row + 1, len(items), completed - asked))
print("exit code after exit: %d" % code)
if not items:
    raise SystemExit("no completion proposals")
