"""Run a snippet in a fresh Python that notes every source it compiles under a given file-name prefix: how the
tests tell that generated code came precompiled instead of being compiled at run time."""

from __future__ import annotations

import subprocess
import sys

from ._paths import REPO

_COUNTING = """
import builtins
compiled = []
real = compile
def counting(source, filename, *args, **kwargs):
    if str(filename).startswith({prefix!r}):
        compiled.append(filename)
    return real(source, filename, *args, **kwargs)
builtins.compile = counting
"""


def fresh_run(prefix: str, snippet: str) -> list[str]:
    """What ``snippet`` prints, split into words; in it, ``compiled`` lists the file names compiled so far that
    start with ``prefix``."""
    done = subprocess.run([sys.executable, "-c", _COUNTING.format(prefix=prefix) + snippet], cwd=REPO,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()
