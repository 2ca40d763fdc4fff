"""The emulated kiosk for the system test (tests/system/system_test.py).

Machine starts qemu-system-ARCH on the disks of tests/system/image.sh and
talks to it the two ways a test may: QEMU's monitor (QMP) for what a person
does at the kiosk (look at the screen, touch it, plug a stick in, pull it,
cut the power), and the QEMU guest agent for what the test asks the system
(the unit's state, the data folder) or does behind the visitor's back
(kill -9, SIGSTOP). Nothing here knows storstil's screens.
"""
import base64
import json
import os
import socket
import subprocess
import time

QEMU = {"arm64": "qemu-system-aarch64"}


class Channel:
    """One JSON line protocol over a unix socket (QMP and the guest agent)."""

    def __init__(self, path, timeout, proc=None):
        end = time.time() + timeout
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock.connect(path)
                break
            except OSError:
                self.sock.close()
                if proc is not None and proc.poll() is not None:
                    raise RuntimeError(f"QEMU ended (exit {proc.returncode}) before its socket {path} answered")
                if time.time() > end:
                    raise
                time.sleep(0.2)
        self.buf = b""

    def send(self, obj):
        self.sock.sendall(json.dumps(obj).encode() + b"\n")

    def recv(self, timeout):
        """The next JSON object, or None after timeout seconds."""
        self.sock.settimeout(timeout)
        while b"\n" not in self.buf:
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not chunk:
                raise ConnectionError("the machine closed its socket")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        line = line.strip(b"\xff")  # the agent's sync marker
        return json.loads(line) if line.strip() else self.recv(timeout)

    def close(self):
        self.sock.close()


class Qmp(Channel):
    """QEMU's monitor."""

    def __init__(self, path, proc):
        super().__init__(path, 30, proc)
        self.recv(30)  # the greeting
        self.cmd("qmp_capabilities")

    def cmd(self, name, **args):
        self.send({"execute": name, "arguments": args} if args else {"execute": name})
        while True:
            r = self.recv(120)
            if r is None:
                raise TimeoutError(f"QMP {name}: no answer")
            if "event" in r:
                continue
            if "error" in r:
                raise RuntimeError(f"QMP {name}: {r['error'].get('desc')}")
            return r.get("return")


class Agent(Channel):
    """The QEMU guest agent in the kiosk's system."""

    def __init__(self, path, timeout):
        super().__init__(path, timeout)
        end = time.time() + timeout
        while True:  # guest-sync-delimited until the agent in the guest answers
            n = int(time.time() * 1000) % 100000
            self.sock.sendall(b"\xff")
            self.send({"execute": "guest-sync-delimited", "arguments": {"id": n}})
            r = self.recv(3)
            while r is not None and r.get("return") != n:
                r = self.recv(3)
            if r is not None:
                return
            if time.time() > end:
                raise TimeoutError("the guest agent did not answer")

    def cmd(self, name, timeout=60, **args):
        self.send({"execute": name, "arguments": args} if args else {"execute": name})
        r = self.recv(timeout)
        if r is None:
            raise TimeoutError(f"guest agent {name}: no answer")
        if "error" in r:
            raise RuntimeError(f"guest agent {name}: {r['error'].get('desc')}")
        return r.get("return")

    def sh(self, script, timeout=120):
        """(exit code, stdout and stderr) of sh -c script in the guest, as root."""
        pid = self.cmd("guest-exec", path="/bin/sh", arg=["-c", script], **{"capture-output": True})["pid"]
        end = time.time() + timeout
        while True:
            st = self.cmd("guest-exec-status", pid=pid)
            if st.get("exited"):
                out = base64.b64decode(st.get("out-data", "")).decode(errors="replace")
                err = base64.b64decode(st.get("err-data", "")).decode(errors="replace")
                return st.get("exitcode", -1), out + err
            if time.time() > end:
                raise TimeoutError(f"guest: {script!r} still running after {timeout} s")
            time.sleep(0.2)


class Machine:
    """One boot of the kiosk's system; out is the run's folder."""

    def __init__(self, arch, out, disks, name, width, height, read_only=False):
        self.arch, self.out, self.disks, self.name = arch, out, disks, name
        self.width, self.height, self.read_only = width, height, read_only
        self.proc = None
        self.qmp = None
        self.agent = None
        self.usb = {}

    def start(self):
        """Powers the machine on; returns at once."""
        d, o = self.disks, self.out
        for f in ("qmp.sock", "qga.sock"):
            if os.path.exists(os.path.join(o, f)):
                os.unlink(os.path.join(o, f))
        self.console = os.path.join(o, f"console-{self.name}.log")
        self.wav = os.path.join(o, f"sound-{self.name}.wav")
        mode = "ro" if self.read_only else "rw"
        args = [QEMU[self.arch], "-M", "virt", "-cpu", "cortex-a72", "-smp", "2", "-m", "2048",
                "-accel", "tcg,thread=multi",
                "-kernel", os.path.join(d, "vmlinuz"), "-initrd", os.path.join(d, "initrd.img"),
                "-append", f"root=/dev/vda {mode} console=ttyAMA0 consoleblank=0 vt.global_cursor_default=0 "
                           "systemd.journald.forward_to_console=1 systemd.show_status=0",
                "-drive", f"file={os.path.join(d, 'root.img')},if=virtio,format=raw",
                "-drive", f"file={os.path.join(d, 'data.img')},if=virtio,format=raw",
                "-device", f"virtio-gpu-pci,xres={self.width},yres={self.height}",
                "-device", "virtio-tablet-pci", "-device", "virtio-keyboard-pci",
                "-device", "qemu-xhci,id=xhci",
                "-audiodev", f"wav,id=snd,path={self.wav}",
                "-device", "intel-hda", "-device", "hda-output,audiodev=snd",
                "-chardev", f"socket,id=qga,path={os.path.join(o, 'qga.sock')},server=on,wait=off",
                "-device", "virtio-serial-pci",
                "-device", "virtserialport,chardev=qga,name=org.qemu.guest_agent.0",
                "-display", "none", "-nic", "none",
                "-qmp", f"unix:{os.path.join(o, 'qmp.sock')},server=on,wait=off",
                "-serial", f"file:{self.console}"]
        self.t0 = time.time()
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=open(os.path.join(o, f"qemu-{self.name}.log"), "w"),
                                     stderr=subprocess.STDOUT)
        try:
            self.qmp = Qmp(os.path.join(o, "qmp.sock"), self.proc)
        except RuntimeError:
            with open(os.path.join(o, f"qemu-{self.name}.log")) as f:
                raise RuntimeError(f"QEMU did not start: {f.read().strip()}")

    def connect_agent(self, timeout=600):
        self.agent = Agent(os.path.join(self.out, "qga.sock"), timeout)

    def sh(self, script, timeout=120):
        return self.agent.sh(script, timeout)

    def shot(self, path):
        """The screen as a PNG at path."""
        self.qmp.cmd("screendump", filename=os.path.abspath(path), format="png")
        return path

    def tap(self, x, y):
        """A finger's tap at screen pixel (x, y), through the tablet.

        The tablet's axes run 0..32767, and a device would send (x, y)
        scaled to them; but Debian 12's SDL (2.26) takes an absolute
        pointer's raw value as the pixel (its evdev code does not scale by
        the device's range, which later SDL does), so such a device points
        at the bottom-right corner whatever is touched. The test sends the
        pixel itself, which is what SDL 2.26 reads. SDL 2.26 also takes an
        axis the device did not report in a move as 0, and the kernel drops
        an axis whose value did not change, so a tap at the same height as
        the one before lands on the top row: the pointer moves one pixel
        off first, so both axes change. README "Raspberry Pi kiosk" names
        both limits for absolute-pointer touch monitors."""
        ax, ay = int(x), int(y)
        for px, py in ((ax + 1 if ax + 1 < self.width else ax - 1, ay + 1 if ay + 1 < self.height else ay - 1),
                       (ax, ay)):
            self.qmp.cmd("input-send-event", events=[{"type": "abs", "data": {"axis": "x", "value": px}},
                                                     {"type": "abs", "data": {"axis": "y", "value": py}}])
        self.qmp.cmd("input-send-event", events=[{"type": "btn", "data": {"down": True, "button": "left"}}])
        time.sleep(0.08)
        self.qmp.cmd("input-send-event", events=[{"type": "btn", "data": {"down": False, "button": "left"}}])

    def plug(self, image, ident):
        """A USB stick holding image, plugged in."""
        self.qmp.cmd("blockdev-add", driver="raw", **{"node-name": ident},
                     file={"driver": "file", "filename": os.path.abspath(image)})
        self.qmp.cmd("device_add", driver="usb-storage", id=ident, drive=ident, bus="xhci.0", removable=True)
        self.usb[ident] = image

    def pull(self, ident):
        """The stick ident pulled out."""
        self.qmp.cmd("device_del", id=ident)
        end = time.time() + 30
        while time.time() < end:  # the drive goes with the device, once the guest lets go
            try:
                self.qmp.cmd("blockdev-del", **{"node-name": ident})
                break
            except RuntimeError:
                time.sleep(0.5)
        self.usb.pop(ident, None)

    def power_cut(self):
        """The plug pulled: QEMU ends at once, nothing is flushed by the guest."""
        try:
            self.qmp.cmd("quit")
        except (ConnectionError, OSError):
            pass
        self.proc.wait(30)
        self.close()

    def power_off(self, timeout=300):
        """A clean shutdown from inside (systemctl poweroff)."""
        try:
            self.agent.send({"execute": "guest-shutdown", "arguments": {"mode": "powerdown"}})
        except OSError:
            pass
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            self.close()
            return False
        self.close()
        return True

    def close(self):
        for c in (self.qmp, self.agent):
            if c:
                try:
                    c.close()
                except OSError:
                    pass
        self.qmp = self.agent = None
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
