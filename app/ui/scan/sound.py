"""The scan sounds: a short high beep for a scan, a double beep for a tag not in the
store, a low tone for a code that is no tag of ours.

Played by playsound3 through the platform's own player (winsound on Windows, AppKit on
macOS, GStreamer/ALSA/ffplay on Linux), never on the GUI thread's time: playing returns at
once. A computer without any player scans silently; the log says so once.
"""

from __future__ import annotations

import logging
import threading
from typing import Literal

from app.log import get_logger
from app.resources import resource_path

log = get_logger("scan")

Cue = Literal["ok", "unknown", "refused"]
FILES: dict[Cue, str] = {
    "ok": "scan-ok.wav",
    "unknown": "scan-unknown.wav",
    "refused": "scan-refused.wav",
}


class Beeper:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._player: object | None = None
        self._unavailable = False
        self.played: list[Cue] = []  # what was asked for (tests and the benchmark read it)

    def play(self, cue: Cue) -> None:
        self.played.append(cue)
        del self.played[:-50]
        if not self.enabled or self._unavailable:
            return
        # importing playsound3 probes the system's players: keep it off the GUI thread
        threading.Thread(target=self._play, args=(cue,), name="fieldtag-beep", daemon=True).start()

    def _play(self, cue: Cue) -> None:
        try:
            logging.getLogger("playsound3").setLevel(logging.ERROR)
            import playsound3

            if not playsound3.AVAILABLE_BACKENDS:
                self._unavailable = True
                log.info("no sound player found on this computer; scans are silent")
                return
            playsound3.playsound(resource_path("sounds", FILES[cue]), block=False)
        except Exception as exc:  # a broken audio setup must never break scanning
            self._unavailable = True
            log.warning("cannot play the scan sound (%s); scans are silent", exc)
