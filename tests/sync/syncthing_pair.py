"""Two Syncthing daemons on the loopback address only, sharing one folder each.

Discovery (global and local), relays, NAT traversal, usage reports and
upgrades are off; each daemon listens on 127.0.0.1 and knows the other's
address; the GUI/API is on 127.0.0.1 too. Nothing leaves this machine.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

BINARY = shutil.which("syncthing")

CONFIG = """<configuration version="36">
    <folder id="tyokykytiimi" label="tyokykytiimi" path="{path}" type="sendreceive"
            rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{me}"></device>
        <device id="{peer}"></device>
    </folder>
    <device id="{me}" name="{name}"><address>dynamic</address></device>
    <device id="{peer}" name="peer"><address>tcp://127.0.0.1:{peer_port}</address></device>
    <gui enabled="true" tls="false"><address>127.0.0.1:{gui_port}</address>
        <apikey>tyokykytiimi-test</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
    </options>
</configuration>
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _generate(home: Path) -> str:
    out = subprocess.run([BINARY, "generate", f"--home={home}", "--no-default-folder"],
                         capture_output=True, text=True, check=True, env=_env(home))
    for line in (out.stdout + out.stderr).splitlines():
        if "Device ID:" in line:
            return line.split("Device ID:")[1].strip()
    raise RuntimeError("syncthing generate printed no device id")


def _env(home: Path) -> dict:
    env = dict(os.environ)
    env.update({"HOME": str(home), "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"})
    return env


class Pair:
    def __init__(self, root: Path):
        self.root = root
        self.folders = [root / "sync-a", root / "sync-b"]
        self.homes = [root / "st-a", root / "st-b"]
        self.procs: list[subprocess.Popen] = []

    def start(self) -> "Pair":
        ids = [_generate(h) for h in self.homes]
        ports = [free_port(), free_port()]
        for i in range(2):
            self.folders[i].mkdir(parents=True, exist_ok=True)
            (self.folders[i] / ".stfolder").mkdir(exist_ok=True)
            (self.homes[i] / "config.xml").write_text(CONFIG.format(
                path=self.folders[i], me=ids[i], peer=ids[1 - i], name=f"w{i}",
                peer_port=ports[1 - i], port=ports[i], gui_port=free_port()))
        for i in range(2):
            log = open(self.root / f"syncthing-{i}.log", "wb")
            self.procs.append(subprocess.Popen(
                [BINARY, "serve", f"--home={self.homes[i]}", "--no-browser", "--no-restart",
                 "--no-upgrade"], stdout=log, stderr=subprocess.STDOUT, env=_env(self.homes[i])))
        return self

    def stop(self) -> None:
        for p in self.procs:
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
