"""How to run `videosdk-sip` again from a shell, for the hints the commands print.

The README runs the kit through `scripts/videosdk-sip`, which starts the console script in
the project's `.venv` without putting it on PATH; a bare `videosdk-sip` would not be found.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

__all__ = ["SCRIPT_NAME", "shell_command"]

SCRIPT_NAME = "videosdk-sip"


def shell_command(
    argv0: str | None = None,
    executable: str | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> str:
    """A command line that runs this installation's `videosdk-sip` from any directory.

    `videosdk-sip` when that name on PATH is this installation's script; else the script's
    absolute path (the one this process was started as, or the one beside its interpreter);
    else `python -m videosdk_sip.cli` with this interpreter.
    """
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    candidates = [Path(argv0)] if Path(argv0).name == SCRIPT_NAME else []
    candidates.append(Path(executable).parent / SCRIPT_NAME)
    for script in candidates:
        if script.is_file():
            on_path = which(SCRIPT_NAME)
            if on_path is not None and os.path.samefile(on_path, script):
                return SCRIPT_NAME
            return shlex.quote(str(script.absolute()))
    return f"{shlex.quote(executable)} -m videosdk_sip.cli"
