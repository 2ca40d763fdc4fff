#!/usr/bin/env python3
"""make system-test ARCH=arm64: the whole kiosk, booted (tests/system/README.md).

The package, installed with apt in a bookworm root of ARCH with Debian's
kernel, systemd and udev (tests/system/image.sh), boots in qemu-system-ARCH
and is driven as a person would through QMP (tests/system/machine.py):
screendumps, taps on the tablet, USB sticks plugged in and pulled, the
power cut. Each screen is compared with the same screen drawn by this
machine's kiosk (build/storstil, offscreen) from the same script of taps.
Prints one line per check, the figures, and "N passed, N failed".

usage: system_test.py ARCH DEB OUT      (run as root: images, chroot)
"""
import base64
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from machine import Machine  # noqa: E402

W, H = 800, 480          # the 7" panel, 154x86 mm (tests/system/guest.sh sets it)
KEY_PHRASE = "bibliotekets nyckel till kiosken"
REPLACED = "03-valfardsteknik-lund-e-halsokommun"  # a bundled text the large stick replaces
# Where the controls are on that panel at text size 3 (the host's kiosk
# draws the same screens from the same taps, so a moved control fails both).
CARD_1 = (400, 160)
NEXT = (722, 430)
BIGGER = (594, 430)
ALL_TEXTS = (211, 430)
READ = (347, 430)
# How long a screen may take to appear under emulation, in seconds (TCG runs
# a Cortex-A72 at a tenth of a Pi 4's speed or less; measured in the note).
BOOT_LIMIT = int(os.environ.get("SYSTEM_BOOT_LIMIT", "900"))
STEP_LIMIT = int(os.environ.get("SYSTEM_STEP_LIMIT", "120"))

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.abspath(os.path.join(here, "..", ".."))
results = []
figures = {}


def say(line):
    print(line, flush=True)


def check(name, ok, detail=""):
    results.append(ok)
    say(f"system: {name} {'ok' if ok else 'FAILED'}{' (' + detail + ')' if detail else ''}")
    return ok


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


# --- what this machine draws: the references ---

def host_shots(out, conf, data, taps, names, usb_status=None, status_text=None):
    """Runs build/storstil offscreen at W x H with conf and data, taps each of
    taps in turn and saves a shot after each under out/ref-NAME.png (names[0]
    before any tap). With usb_status, status_text is written there a second
    after the start, as storstil-usb does, and the shot comes at 3.5 s."""
    # Ten seconds let pass on the kiosk's clock at once (skip): the screens
    # as they settle, with the first-visit hint and the slide over, which is
    # what the emulated kiosk shows seconds after each tap.
    lines = ["wait 300", "skip 10000", f"shot {out}/ref-{names[0]}.png"]
    for (x, y), n in zip(taps, names[1:]):
        lines += [f"tap {x} {y}", "wait 300", "skip 10000", f"shot {out}/ref-{n}.png"]
    if usb_status:
        lines = ["wait 3500", f"shot {out}/ref-{names[0]}.png"]
    script = os.path.join(out, f"ref-{names[0]}.script")
    with open(script, "w") as f:
        f.write("\n".join(lines) + "\n")
    env = dict(os.environ, SDL_VIDEODRIVER="offscreen", SDL_RENDER_DRIVER="software", SDL_AUDIODRIVER="dummy")
    cmd = [os.path.join(repo, "build", "storstil"), "--windowed", "--size", f"{W}x{H}", "--config", conf,
           "--data", data, "--script", script]
    writer = None
    if usb_status:
        if os.path.exists(usb_status):
            os.unlink(usb_status)
        cmd += ["--usb-status", usb_status]
        writer = subprocess.Popen(["sh", "-c", 'sleep 1; cat > "$1.tmp" && mv "$1.tmp" "$1"', "sh", usb_status],
                                  stdin=subprocess.PIPE)
        writer.stdin.write(status_text.encode())
        writer.stdin.close()
    run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if writer:
        writer.wait()


def same(actual, ref, permille=5):
    """True when pngdiff finds the two pictures alike (0.5% by default)."""
    r = subprocess.run([os.path.join(repo, "build", "pngdiff"), actual, ref, str(permille),
                        actual.replace(".png", ".diff.png")], capture_output=True, text=True)
    return r.returncode == 0, (r.stdout + r.stderr).strip()


def wait_screen(m, ref, path, limit):
    """Screendumps every second until one looks like ref (kept as path);
    returns (seconds taken or None, pngdiff's last words)."""
    t0 = time.time()
    words = ""
    while time.time() - t0 < limit:
        m.shot(path)
        if os.path.exists(path):
            ok, words = same(path, ref)
            if ok:
                return time.time() - t0, words
        time.sleep(1)
    return None, words


# --- sticks, made without mounting ---

def make_stick(path, files, label="STICK"):
    """A FAT file system image holding files ({name on the stick: local path})."""
    if os.path.exists(path):
        os.unlink(path)
    run(["mkfs.vfat", "-n", label, "-C", path, "65536"], stdout=subprocess.DEVNULL)
    dirs = set()
    for name in sorted(files):
        d = os.path.dirname(name)
        while d and d not in dirs:
            parts = d.split("/")
            for i in range(1, len(parts) + 1):
                sub = "/".join(parts[:i])
                if sub not in dirs:
                    run(["mmd", "-i", path, "::/" + sub])
                    dirs.add(sub)
        run(["mcopy", "-i", path, files[name], "::/" + name])


def make_ext4_stick(path, files):
    """An ext4 image holding files, marked as having a journal to recover
    (a "read-only" ext4 mount replays it, writing the stick)."""
    tree = path + ".tree"
    shutil.rmtree(tree, ignore_errors=True)
    for name, src in files.items():
        os.makedirs(os.path.dirname(os.path.join(tree, name)), exist_ok=True)
        shutil.copy(src, os.path.join(tree, name))
    if os.path.exists(path):
        os.unlink(path)
    run(["mkfs.ext4", "-q", "-L", "STICK", "-d", tree, path, "16M"], stdout=subprocess.DEVNULL)
    run(["debugfs", "-w", "-R", "feature needs_recovery", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def sha256(path):
    return subprocess.run(["sha256sum", path], capture_output=True, text=True).stdout.split()[0]


# --- the guest's state, through the agent ---

def unit(m, name="storstil.service"):
    rc, out = m.sh(f"systemctl show -p ActiveState -p MainPID -p NRestarts -p SubState {name}")
    return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)


def texts(m):
    """{name: sha256} of the data folder's texts, and its hidden scratch files."""
    rc, out = m.sh("cd /var/lib/storstil/data && for f in * .[!.]*; do [ -f \"$f\" ] && "
                   "printf '%s %s\\n' \"$(sha256sum < \"$f\" | cut -c1-16)\" \"$f\"; done; true")
    got = {}
    for line in out.splitlines():
        h, _, n = line.partition(" ")
        if n:
            got[n] = h
    return got


def journal(m, unit_name, since=""):
    rc, out = m.sh(f"journalctl -q -o cat -u '{unit_name}' {since} --no-pager")
    return out


def fetch_data(m, dest):
    """The guest's data folder copied here (to draw what the kiosk should show)."""
    rc, out = m.sh("tar -C /var/lib/storstil/data -cf - . | base64 -w0", timeout=300)
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    with tarfile.open(fileobj=io.BytesIO(base64.b64decode(out))) as t:
        t.extractall(dest)


def wav_energy(path, skip_bytes=0):
    """(bytes of sound after skip_bytes, how many of its 16-bit samples are not near 0)."""
    with open(path, "rb") as f:
        data = f.read()[44 + skip_bytes:]
    loud = 0
    for i in range(0, len(data) - 1, 2):
        v = int.from_bytes(data[i:i + 2], "little", signed=True)
        if abs(v) > 200:
            loud += 1
    return len(data), loud


def main():
    arch, deb, out = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".png"):
            os.unlink(os.path.join(out, f))
    work = os.path.join(out, "work")
    os.makedirs(work, exist_ok=True)

    # The staff's key, as README "Adding texts with a USB stick" makes it.
    keydir = os.path.join(work, "key")
    shutil.rmtree(keydir, ignore_errors=True)
    os.makedirs(keydir)
    r = run([os.path.join(repo, "build", "storstil-usb"), "--make-key", keydir], input=KEY_PHRASE + "\n",
            capture_output=True, text=True)
    key_hash = r.stdout.split("=", 1)[1].strip()
    with open(os.path.join(work, "key-hash"), "w") as f:
        f.write(key_hash)
    conf = os.path.join(work, "storstil.conf")
    with open(conf, "w") as f:
        f.write(f"staff_pin = 1234\nscreen_size_mm = 154x86\nattract_seconds = 0\nusb_key = {key_hash}\n")

    # The disks: a read-write root first.
    t0 = time.time()
    env = dict(os.environ, SYSTEST_KEY_HASH=os.path.join(work, "key-hash"))
    disks = os.path.join(work, "disks-rw")
    run(["bash", os.path.join(here, "image.sh"), "disks", arch, deb, disks], env=env)
    say(f"system: disks for {arch} made ({time.time() - t0:.0f} s)")

    # The references, from this machine's kiosk on the same texts.
    host_shots(out, conf, os.path.join(repo, "data"), [CARD_1, NEXT, BIGGER, ALL_TEXTS],
               ["shelf", "reader", "next", "bigger", "back"])

    # Sticks: staff's (key, a WebVTT file, a PDF), a visitor's (no key), and
    # a large one whose import takes long enough to be cut.
    vtt = os.path.join(repo, "tests", "import", "formats", "whisper.vtt")
    pdf = os.path.join(work, "rapport.pdf")
    run(["bash", os.path.join(repo, "tests", "tools", "textpdf.sh"),
         os.path.join(repo, "tests", "e2e", "read", os.listdir(os.path.join(repo, "tests", "e2e", "read"))[0]), pdf])
    key = os.path.join(keydir, "storstil", "nyckel.txt")
    staff = os.path.join(work, "staff.img")
    # samtal.vtt's recording beside it (README "The recording beside a text"),
    # spoken here by espeak-ng: the stick carries it and the guest's kiosk
    # decodes it.
    wav = os.path.join(work, "samtal.wav")
    run(["espeak-ng", "-v", "sv", "-w", wav, "Hej och välkomna till ett samtal om larm i hemmet."])
    make_stick(staff, {"storstil/nyckel.txt": key, "storstil/samtal.vtt": vtt, "storstil/samtal.wav": wav,
                       "storstil/rapport.pdf": pdf})
    visitor = os.path.join(work, "visitor.img")
    make_stick(visitor, {"storstil/samtal.vtt": vtt, "semester.vtt": vtt}, label="VISITOR")
    # The large stick replaces a bundled text (REPLACED) and adds 30 more, so
    # a cut import has both an old text being rewritten and new ones coming.
    big_files = {"storstil/nyckel.txt": key, f"storstil/{REPLACED}.vtt": vtt}
    for i in range(30):
        big_files[f"storstil/del-{i:02d}.vtt"] = vtt
    big = os.path.join(work, "big.img")
    make_stick(big, big_files)

    m = Machine(arch, out, disks, "rw", W, H)
    try:
        system_checks(m, out, work, conf, disks, staff, visitor, big, arch, deb, env)
    finally:
        m.close()
    ro_checks(out, work, conf, arch, deb, env, staff)

    for k, v in figures.items():
        say(f"{k}: {v}")
    passed = sum(1 for r in results if r)
    failed = len(results) - passed
    say(f"system-test {arch}: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def boot(m, out, name):
    """Powers m on and waits for the shelf of the bundled texts; returns
    (seconds from power-on, pngdiff's last words)."""
    m.start()
    took, words = wait_screen(m, os.path.join(out, "ref-shelf.png"), os.path.join(out, f"{name}.png"), BOOT_LIMIT)
    return (time.time() - m.t0 if took is not None else None), words


def boot_again(m, out, work, conf, name):
    """Powers m on after texts have come and gone: once the kiosk has drawn
    its first frame, the shelf it should show is drawn here from the guest's
    data folder, and the screen must match it. Returns (seconds from
    power-on, words)."""
    m.start()
    m.connect_agent(BOOT_LIMIT)
    t0 = time.time()
    while time.time() - t0 < BOOT_LIMIT and "first frame" not in journal(m, "storstil.service", "-b"):
        time.sleep(2)
    fetch_data(m, os.path.join(work, "guest-data"))
    host_shots(work, conf, os.path.join(work, "guest-data"), [], [name])
    took, words = wait_screen(m, os.path.join(work, f"ref-{name}.png"), os.path.join(out, f"{name}.png"), STEP_LIMIT)
    return (time.time() - m.t0 if took is not None else None), words


def system_checks(m, out, work, conf, disks, staff, visitor, big, arch, deb, env):
    # 1. Boot to the shelf.
    took, words = boot(m, out, "shelf")
    m.connect_agent()
    u = unit(m)
    pid = u.get("MainPID", "0")
    rc, who = m.sh(f"ps -o user= -p {pid}; tr '\\0' '\\n' < /proc/{pid}/environ | grep ^SDL_VIDEODRIVER=")
    log = journal(m, "storstil.service")
    ff = re.search(r"first frame after (\d+) ms, ([\d.]+) MiB", log)
    if took is not None:
        figures["boot_to_shelf_s"] = f"{took:.1f}"
    figures["kiosk_first_frame_ms"] = ff.group(1) if ff else "?"
    check("boot-to-shelf", took is not None and u.get("ActiveState") == "active"
          and who.split() == ["storstil", "SDL_VIDEODRIVER=kmsdrm"] and u.get("NRestarts") == "0",
          f"{'shelf after %.0f s' % took if took is not None else 'no shelf: ' + words}; unit {u.get('ActiveState')}, "
          f"restarts {u.get('NRestarts')}, runs as {' '.join(who.split())}")
    if took is None:
        say(log[-3000:])
        return

    # 2. Touch: open a text, turn a page, a larger size, back to the shelf.
    steps = [(CARD_1, "reader"), (NEXT, "next"), (BIGGER, "bigger"), (ALL_TEXTS, "back")]
    seen = []
    for (x, y), name in steps:
        m.tap(x, y)
        shot = {"reader": "reader", "next": "reader-next-page", "bigger": "reader-larger", "back": "shelf-again"}[name]
        t, words = wait_screen(m, os.path.join(out, f"ref-{name}.png"), os.path.join(out, f"{shot}.png"), STEP_LIMIT)
        seen.append(f"{name} {'%.1f s' % t if t is not None else 'not seen: ' + words}")
        if t is None:
            break
    check("touch", len(seen) == len(steps) and all("not seen" not in s for s in seen), "; ".join(seen))

    # 3. Sound: Läs upp in the reader, from inside the unit's sandbox.
    if wait_screen(m, os.path.join(out, "ref-shelf.png"), os.path.join(out, "shelf-3.png"), 5)[0] is None:
        m.tap(*ALL_TEXTS)  # a failed step above left a text open
        wait_screen(m, os.path.join(out, "ref-shelf.png"), os.path.join(out, "shelf-3.png"), STEP_LIMIT)
    size0 = os.path.getsize(m.wav) if os.path.exists(m.wav) else 44
    m.tap(*CARD_1)
    # The reader at whatever size the visitor before chose (the kiosk keeps
    # it): any screen that is no longer the shelf.
    t0 = time.time()
    while time.time() - t0 < STEP_LIMIT and same(m.shot(os.path.join(out, "reader-2.png")),
                                                 os.path.join(out, "ref-shelf.png"))[0]:
        time.sleep(1)
    time.sleep(3)
    m.tap(*READ)
    n = loud = 0
    t0 = time.time()
    while time.time() - t0 < 60 and loud <= 4000:  # speech within a minute of the tap
        time.sleep(3)
        n, loud = wav_energy(m.wav, max(0, size0 - 44))
    m.shot(os.path.join(out, "reading.png"))
    m.tap(*READ)  # Sluta läsa
    m.tap(*ALL_TEXTS)
    u = unit(m)
    check("sound", loud > 4000 and u.get("NRestarts") == "0",
          f"{n} bytes of sound after Läs upp, {loud} loud samples; unit restarts {u.get('NRestarts')}")
    rc, hwm = m.sh(f"grep VmHWM /proc/{u.get('MainPID')}/status")
    mm = re.search(r"(\d+)", hwm)
    figures["kiosk_rss_mib"] = f"{int(mm.group(1)) / 1024:.1f}" if mm else "?"

    # 4. Restart: kill -9 (Restart=), then a frozen frame loop (the watchdog).
    pid = unit(m)["MainPID"]
    t0 = time.time()
    if pid != "0":
        m.sh(f"kill -9 {pid}")
    newpid, t_kill = wait_new_pid(m, pid, 120)
    t, _ = wait_screen(m, os.path.join(out, "ref-shelf.png"), os.path.join(out, "after-kill.png"), STEP_LIMIT)
    check("restart-after-kill", newpid is not None and t is not None,
          f"new kiosk after {t_kill:.1f} s, shelf after {time.time() - t0:.1f} s" if newpid else "no new kiosk")
    pid = unit(m)["MainPID"]
    t0 = time.time()
    if pid != "0":  # no kiosk (kill -STOP 0 would stop the agent's own shell)
        m.sh(f"kill -STOP {pid}")
    newpid, t_stop = wait_new_pid(m, pid, 180)
    t, _ = wait_screen(m, os.path.join(out, "ref-shelf.png"), os.path.join(out, "after-watchdog.png"), STEP_LIMIT)
    wd = journal(m, "storstil.service")
    check("restart-by-watchdog", newpid is not None and t is not None and "Watchdog timeout" in wd,
          f"new kiosk {t_stop:.1f} s after SIGSTOP, shelf after {time.time() - t0:.1f} s" if newpid else "no new kiosk")
    if newpid:
        figures["watchdog_restart_s"] = f"{t_stop:.1f}"

    # 5. USB sticks: a visitor's (no key) changes nothing; staff's adds its
    #    texts and the banner says so, as this machine's kiosk draws it from
    #    the same status and texts.
    before = texts(m)
    m.plug(visitor, "visitor")
    time.sleep(20)
    after = texts(m)
    rc, log = m.sh("journalctl -q -o cat -u 'storstil-usb@*' | tail -2")
    m.pull("visitor")
    check("usb-visitor", before == after, f"texts unchanged: {before == after}; log: {' / '.join(log.splitlines())}")
    t0 = time.time()
    m.plug(staff, "staff")
    new = {}
    status = ""
    while time.time() - t0 < 300:  # both texts in and the report written
        new = {k: v for k, v in texts(m).items() if k not in before}
        rc, status = m.sh("cat /run/storstil/usb-status")
        if len([k for k in new if k.endswith(".txt")]) >= 2 and "state=done" in status:
            break
        time.sleep(2)
    t_import = time.time() - t0
    fetch_data(m, os.path.join(work, "guest-data"))
    host_shots(work, conf, os.path.join(work, "guest-data"), [], ["usb-banner"],
               usb_status=os.path.join(work, "usb-status"), status_text=status)
    t, words = wait_screen(m, os.path.join(work, "ref-usb-banner.png"), os.path.join(out, "usb-banner.png"), 20)
    m.pull("staff")
    rec = sorted(k for k in new if not k.endswith(".txt"))
    new = {k: v for k, v in new.items() if k.endswith(".txt")}
    check("usb-staff", len(new) == 2 and "key=ok" in status and t is not None,
          f"{sorted(new)} in the data folder {t_import:.1f} s after plugging; the banner as this machine draws it: "
          f"{'seen' if t is not None else 'not seen: ' + words}")
    # The recording came with its text, and the kiosk's own --check (arm64's
    # libsndfile) decodes it and would play it with the text following.
    rc, chk = m.sh("SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy storstil --check --config /etc/storstil.conf "
                   "2>/dev/null | grep 'recording'")
    check("usb-recording", rec == ["samtal.wav"] and "samtal.wav, played by Läs upp" in chk,
          f"carried: {rec}; --check: {chk.strip()}")

    usb_refusal_checks(m, work, visitor, status)

    # A stick pulled in the middle of an import leaves no half text, and an
    # "interrupted" report; the process reading it holds no capability.
    before = texts(m)
    m.plug(big, "big")
    started = wait_some_new(m, before, 120)
    rc, caps = m.sh("for p in $(pgrep -x storstil-usb); do grep -q -e --import /proc/$p/cmdline && "
                    "grep -E '^(CapEff|CapPrm|NoNewPrivs|Uid):' /proc/$p/status | tr '\\n\\t' '  ' && echo; done")
    m.pull("big")
    time.sleep(10)
    after = texts(m)
    half = [n for n in after if n.startswith(".")]
    rc, chk = m.sh("storstil --check --data /var/lib/storstil/data >/dev/null 2>&1; echo $?")
    check("usb-pulled", started and not half and chk.strip() == "0",
          f"import started: {started}; {len(after) - len(before)} texts added before the pull, "
          f"scratch files left: {half}; --check exit {chk.strip()}")
    rc, status = m.sh("cat /run/storstil/usb-status")
    check("usb-interrupted", started and "state=interrupted" in status,
          f"the report after the pull: {' '.join(status.split())}")
    readers = [c for c in caps.splitlines() if c.strip()]
    check("usb-unit-no-capability", readers != [] and all(no_privilege(c) and not re.search(r"Uid: 0\b", c)
                                                          for c in readers),
          f"the stick's reader in the unit: {readers}")

    # 6. Power cut in the middle of an import (the large stick replaces a
    #    text and adds 30): after the next boot every text is its old or its
    #    new version (the new one as a whole import of the same stick leaves
    #    it), and all pass --check; then one while reading aloud.
    old = texts(m)
    m.plug(big, "big2")
    started = wait_some_new(m, old, 120)
    m.power_cut()
    if os.environ.get("SYSTEM_BREAK") == "disk":
        tear_a_write(os.path.join(disks, "data.img"), "/data/" + REPLACED + ".txt")
    took, words = boot_again(m, out, work, conf, "after-power-cut")
    cut = texts(m)
    rc, chk = m.sh("storstil --check --data /var/lib/storstil/data >/dev/null 2>&1; echo $?")
    rc, status_before = m.sh("cat /run/storstil/usb-status 2>/dev/null")
    m.plug(big, "big3")  # the same stick again, imported whole this time
    done = wait_unit_done(m, status_before, 600)
    whole = texts(m)
    m.pull("big3")
    name = REPLACED + ".txt"
    mixed = [n for n in cut if not n.startswith(".") and n in whole and cut[n] != whole[n] and cut[n] != old.get(n)]
    scratch = sorted(n for n in cut if n.startswith(".") and "lock" not in n)
    shown = sorted(n for n in cut if not n.startswith("."))
    check("power-cut-import", started and took is not None and done and not mixed and chk.strip() == "0"
          and cut.get(name) in (old.get(name), whole.get(name)),
          f"cut {'during' if started else 'before'} the import; shelf after the next boot "
          f"{('after %.0f s' % took) if took is not None else 'not seen: ' + words}; {name} is "
          f"{'old' if cut.get(name) == old.get(name) else 'new' if cut.get(name) == whole.get(name) else 'NEITHER'}; "
          f"{len(shown) - len([n for n in old if not n.startswith('.')])} new texts were whole; texts neither old nor new: {mixed}; "
          f"scratch files the next import cleans: {scratch}; --check exit {chk.strip()}")
    m.tap(*CARD_1)
    wait_screen(m, os.path.join(out, "ref-reader.png"), os.path.join(out, "reader-3.png"), STEP_LIMIT)
    m.tap(*READ)
    time.sleep(5)
    m.power_cut()
    took, words = boot_again(m, out, work, conf, "after-power-cut-2")
    check("power-cut-reading", took is not None, f"shelf after {took:.0f} s" if took else "no shelf: " + words)
    m.power_off()
    fsck = [subprocess.run(["e2fsck", "-fn", os.path.join(disks, d)], capture_output=True, text=True)
            for d in ("root.img", "data.img")]
    check("file-systems-clean", all(r.returncode == 0 for r in fsck),
          "; ".join(f"{d}: e2fsck -fn exit {r.returncode}" for d, r in zip(("root", "data"), fsck)))


def no_privilege(status):
    """True when /proc/PID/status lines (tabs and newlines made blanks)
    show no permitted or effective capability and no_new_privs."""
    return all(re.search(pat, status) for pat in (r"CapPrm: 0{16}\b", r"CapEff: 0{16}\b", r"NoNewPrivs: 1\b"))


def usb_refusal_checks(m, work, visitor, staff_status):
    """A visitor's stick leaves staff's report; an ext4 stick is never
    mounted and stays unchanged; an exFAT stick is imported; storstil-usb
    --import run by root from a shell gives its importer no capability."""
    m.plug(visitor, "visitor2")
    time.sleep(15)
    rc, status = m.sh("cat /run/storstil/usb-status")
    m.pull("visitor2")
    check("usb-no-key-no-status", status == staff_status and "key=ok" in status,
          f"the report after a visitor's stick: {' '.join(status.split())}")

    key = os.path.join(work, "key", "storstil", "nyckel.txt")
    text = os.path.join(work, "ext4-text.txt")
    with open(text, "w") as f:
        f.write("Det här är en text på ett ext4-minne.\n")
    ext4 = os.path.join(work, "ext4.img")
    make_ext4_stick(ext4, {"storstil/nyckel.txt": key, "storstil/ext4-text.txt": text})
    h0, before = sha256(ext4), texts(m)
    rc, since = m.sh("date +%s")
    m.plug(ext4, "ext4")
    time.sleep(15)
    rc, units = m.sh(f"journalctl -q -o cat --since @{since.strip()} -u 'storstil-usb@*' | tail -3")
    after = texts(m)
    m.pull("ext4")
    time.sleep(2)
    check("usb-visitor-ext4", sha256(ext4) == h0 and after == before,
          f"image unchanged: {sha256(ext4) == h0}; texts unchanged: {after == before}; journal: {units.strip()!r}")

    # exFAT: made here blank (mkfs.exfat), filled in the guest (this
    # machine's kernel has no exFAT), plugged in again to be imported.
    exfat = os.path.join(work, "exfat.img")
    if os.path.exists(exfat):
        os.unlink(exfat)
    run(["truncate", "-s", "64M", exfat])
    run(["mkfs.exfat", "-L", "EXSTICK", exfat], stdout=subprocess.DEVNULL)
    m.plug(exfat, "exfat")
    rc, fill = m.sh("for i in $(seq 60); do [ -e /dev/disk/by-label/EXSTICK ] && break; sleep 1; done; sleep 5; "
                    "for i in $(seq 60); do systemctl list-units --plain --no-legend --state=activating,active "
                    "'storstil-usb@*' | grep -q . || break; sleep 1; done; "
                    "mkdir -p /run/exfat && mount -t exfat /dev/disk/by-label/EXSTICK /run/exfat && "
                    f"mkdir -p /run/exfat/storstil && printf '%s\\n' '{KEY_PHRASE}' > /run/exfat/storstil/nyckel.txt && "
                    "printf 'Det här är en text från ett exFAT-minne.\\n\\nEtt andra stycke.\\n' "
                    "> /run/exfat/storstil/exfat-text.txt && umount /run/exfat && echo filled", timeout=120)
    m.pull("exfat")
    before = texts(m)
    rc, status0 = m.sh("cat /run/storstil/usb-status")
    m.plug(exfat, "exfat2")
    done = wait_unit_done(m, status0, 180)
    rc, status = m.sh("cat /run/storstil/usb-status")
    new = sorted(k for k in texts(m) if k not in before)
    m.pull("exfat2")
    check("usb-exfat", "filled" in fill and done and new == ["exfat-text.txt"] and "key=ok" in status,
          f"stick filled: {'filled' in fill} ({fill.strip()[-200:]}); new texts {new}; "
          f"report {' '.join(status.split())}")

    # storstil-usb --import by root from a shell: its importer reports its
    # own capabilities and tries to make a read-only mount writable.
    rc, out = m.sh("set -e; d=/run/captest; rm -rf $d; mkdir -p $d/stick/storstil $d/data $d/ro; "
                   f"printf '%s\\n' '{KEY_PHRASE}' > $d/stick/storstil/nyckel.txt; "
                   "echo 'En text om läsning.' > $d/stick/storstil/a.txt; "
                   "mount -t tmpfs -o ro,size=1m captest $d/ro; "
                   "printf '#!/bin/sh\\ngrep -E \"^(CapEff|CapPrm|NoNewPrivs):\" /proc/self/status > "
                   "/run/captest/caps\\nmount -o remount,rw /run/captest/ro && echo REMOUNTED >> /run/captest/caps\\n"
                   "exit 1\\n' > $d/imp; chmod +x $d/imp; "
                   "storstil-usb --import $d/stick --data $d/data --status $d/status --importer $d/imp 2>/dev/null || true; "
                   "cat $d/caps | tr '\\n\\t' '  '; findmnt -no OPTIONS $d/ro | cut -d, -f1; umount $d/ro")
    check("usb-no-privilege", no_privilege(out) and "REMOUNTED" not in out and out.strip().endswith("ro"), f"the importer of a root shell's run: {out.strip()}")


def tear_a_write(image, path):
    """SYSTEM_BREAK=disk: the inode of path in the ext4 image zeroed, as a
    card that loses power in the middle of writing its block may leave it."""
    r = run(["debugfs", "-R", f"imap {path}", image], capture_output=True, text=True)
    m = re.search(r"located at block (\d+), offset (0x[0-9a-f]+)", r.stdout)
    sb = run(["dumpe2fs", "-h", image], capture_output=True, text=True).stdout
    size, block = re.search(r"Inode size:\s+(\d+)", sb), re.search(r"Block size:\s+(\d+)", sb)
    if not (m and size and block):
        say(f"system: SYSTEM_BREAK=disk could not find {path}'s inode: {r.stdout} {r.stderr}")
        return
    with open(image, "r+b") as f:
        f.seek(int(m.group(1)) * int(block.group(1)) + int(m.group(2), 16))
        f.write(bytes(int(size.group(1))))
    say(f"system: SYSTEM_BREAK=disk tore the write of {path}'s inode")


def wait_unit_done(m, status_before, limit):
    """True once storstil-usb has written a new status file (its report at
    the end of an import) and no import runs any more."""
    t0 = time.time()
    while time.time() - t0 < limit:
        rc, out = m.sh("systemctl list-units --plain --no-legend --state=activating,active 'storstil-usb@*'; "
                       "echo ---; cat /run/storstil/usb-status 2>/dev/null")
        running, _, status = out.partition("---\n")
        if not running.strip() and status.strip() and status != status_before:
            return True
        time.sleep(1)
    return False


def wait_new_pid(m, old, limit):
    t0 = time.time()
    while time.time() - t0 < limit:
        u = unit(m)
        if u.get("MainPID") not in ("0", old, None) and u.get("ActiveState") == "active":
            return u["MainPID"], time.time() - t0
        time.sleep(0.5)
    return None, time.time() - t0


def wait_some_new(m, before, limit):
    """True as soon as the import has written a text that was not in
    before, or rewritten one (it is under way, and the large stick's 31
    files are not all in yet); False after limit seconds."""
    t0 = time.time()
    while time.time() - t0 < limit:
        now = texts(m)
        if any(n not in before or before[n] != h for n, h in now.items() if not n.startswith(".")):
            return True
        time.sleep(0.2)
    return False


def ro_checks(out, work, conf, arch, deb, env, staff):
    # 7. Read-only root: boots to the shelf and takes a stick.
    disks = os.path.join(work, "disks-ro")
    run(["bash", os.path.join(here, "image.sh"), "disks", arch, deb, disks], env=dict(env, ROOT_MODE="ro"))
    m = Machine(arch, out, disks, "ro", W, H, read_only=True)
    try:
        took, words = boot(m, out, "read-only-shelf")
        m.connect_agent()
        rc, opts = m.sh("findmnt -no OPTIONS /")
        before = texts(m)
        m.plug(staff, "staff")
        t0 = time.time()
        txt = lambda: len([k for k in texts(m) if k.endswith(".txt")])  # the recording aside
        n0 = txt()
        while time.time() - t0 < 180 and txt() < n0 + 2:
            time.sleep(2)
        added = txt() - n0
        if added != 2:
            say(journal(m, "storstil-usb@*")[-1500:])
        check("read-only-root", took is not None and opts.startswith("ro") and added == 2,
              f"shelf {('after %.0f s' % took) if took is not None else 'not seen'}; / mounted {opts.split(',')[0]}; "
              f"{added} texts from the stick")
        m.power_cut()  # a read-only root has nothing to lose
    finally:
        m.close()


if __name__ == "__main__":
    sys.exit(main())
