"""Drives the triage screen in a real pseudo-terminal for `npm run bench`.

Reads a plan as JSON on stdin, runs the app in a pty of the plan's size,
and writes the measured times as JSON on stdout. Times are in ms:
- first frame: from spawning the process to the footer hints on screen;
- per key: from writing the key to the end of the first burst of output
  (quiet for `quietMs`; its size in bytes is reported too), and to the end of all output it caused (quiet for
  `settleMs`: counts are drawn a moment after the rows). Keys typed before
  a timed key (the filter text) are followed by `setupQuietMs` of quiet.
"""

import fcntl
import json
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time

ANSI = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def now_ms():
    return time.monotonic() * 1000


class Pty:
    def __init__(self, plan):
        self.fd, child_fd = os.openpty()
        size = struct.pack("HHHH", plan["rows"], plan["cols"], 0, 0)
        fcntl.ioctl(child_fd, termios.TIOCSWINSZ, size)
        env = dict(os.environ, **plan["env"])
        self.started = now_ms()
        self.process = subprocess.Popen(
            plan["command"],
            stdin=child_fd,
            stdout=child_fd,
            stderr=child_fd,
            env=env,
            cwd=plan["cwd"],
            start_new_session=True,
        )
        os.close(child_fd)
        self.received = 0

    def read(self, timeout_ms):
        """Output within timeout_ms, or b"" when there was none."""
        ready, _, _ = select.select([self.fd], [], [], timeout_ms / 1000)
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return b""
        self.received += len(data)
        return data

    def write(self, data):
        os.write(self.fd, data.encode("utf-8"))

    def wait_for_text(self, texts, timeout_ms):
        """The time when every text has appeared in the output."""
        seen = b""
        deadline = now_ms() + timeout_ms
        while now_ms() < deadline:
            chunk = self.read(50)
            if chunk:
                seen += chunk
                plain = ANSI.sub(b"", seen).decode("utf-8", "replace")
                if all(text in plain for text in texts):
                    return now_ms()
        tail = ANSI.sub(b"", seen).decode("utf-8", "replace")[-2000:]
        raise RuntimeError(f"never saw {texts!r}; last output: {tail!r}")

    def quiet(self, quiet_ms, limit_ms):
        """Reads until nothing came for quiet_ms; the last output's time."""
        last = None
        deadline = now_ms() + limit_ms
        while now_ms() < deadline:
            if self.read(quiet_ms):
                last = now_ms()
            else:
                return last
        return last

    def press(self, key, quiet_ms, settle_ms):
        """Writes a key; ms to the end of its frame and of all its output."""
        sent = now_ms()
        before = self.received
        self.write(key)
        first = self.read(2000)
        if not first:
            return None
        frame_end = self.quiet(quiet_ms, 2000) or now_ms()
        frame_bytes = self.received - before
        settled = self.quiet(settle_ms, 5000) or frame_end
        return {
            "frame": frame_end - sent,
            "settled": settled - sent,
            "bytes": frame_bytes,
        }

    def memory_kb(self):
        """Peak and current resident memory of the app, in KiB."""
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmHWM", "VmRSS"):
                    fields[name] = int(value.split()[0])
        return {"peak": fields.get("VmHWM", 0), "end": fields.get("VmRSS", 0)}


def run(plan):
    pty = Pty(plan)
    try:
        first = pty.wait_for_text(plan["ready"], plan["timeoutMs"])
        result = {"firstFrameMs": first - pty.started}
        result["firstSettledMs"] = (
            pty.quiet(plan["settleMs"], 5000) or first
        ) - pty.started
        samples = {}
        for step in plan["steps"]:
            for key in step["setup"]:
                pty.write(key)
                pty.quiet(plan["setupQuietMs"], 5000)
            measured = pty.press(step["key"], plan["quietMs"], plan["settleMs"])
            samples.setdefault(step["kind"], []).append(measured)
        result["samples"] = samples
        result["memoryKb"] = pty.memory_kb()
        pty.write(plan["quit"])
        result["exitCode"] = pty.process.wait(timeout=10)
        return result
    finally:
        if pty.process.poll() is None:
            pty.process.kill()
            pty.process.wait()
        os.close(pty.fd)


if __name__ == "__main__":
    json.dump(run(json.load(sys.stdin)), sys.stdout)
