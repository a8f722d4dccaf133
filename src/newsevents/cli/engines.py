"""The engine flags `validate` and `convert` share: `--engine {local,dask}` and `--scheduler ADDRESS`.

The Dask engine lives in `feed.dask` and needs the `dask` extra; this module imports it only when asked, and
turns its absence into a usage error that says what to install.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .common import UsageError

__all__ = ["add_engine_options", "checked_on_dask"]


def add_engine_options(command: argparse.ArgumentParser) -> None:
    """Add `--engine` and `--scheduler` to a command."""
    command.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="where records are checked: here (with --jobs worker processes), or on a Dask "
                         "cluster (needs newsevents[dask]; default: local)")
    command.add_argument("--scheduler", metavar="ADDRESS", default=None,
                         help="with --engine dask: the scheduler of a running cluster (tcp://host:8786); without "
                         "it a local cluster of --jobs workers is started")


def checked_on_dask(sources: Iterable[Any], fmt: Any, *, scheduler: str | None, workers: int,
                    on_error: Callable[[Any, OSError], None] | None = None, progress: Any = None,
                    **settings: Any) -> Iterator[Any]:
    """Results of `feed.dask.check_on_dask` on the cluster at ``scheduler`` or on a local one of ``workers``."""
    try:
        from ..feed.dask import check_on_dask, dask_client
    except ImportError as exc:
        raise UsageError(f"--engine dask needs dask[distributed] (pip install 'newsevents[dask]'): {exc}") from None
    if scheduler is not None and not scheduler.strip():
        raise UsageError("--scheduler needs an address such as tcp://host:8786")
    with dask_client(scheduler, workers=max(1, workers)) as client:
        yield from check_on_dask(sources, fmt, client=client, on_error=on_error, progress=progress, **settings)
