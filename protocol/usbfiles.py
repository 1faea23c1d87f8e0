"""Safe reads and writes inside a USB folder: no symlinks, only regular files, every read bounded.

The post (`app.sync.usb`) and the office (`central.usb`) both read and write folders that someone else
prepared. Each path below the folder is walked one component at a time with `O_NOFOLLOW` relative to the
already-opened parent (where the OS allows it), so a symlinked `office/` or a `feed.json` pointing at
`/dev/zero` is refused before a single byte is read, and nothing is ever written outside the folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from protocol.errors import UsbNotAFile, UsbSymlink, UsbSymlinkedFolder, UsbTooLarge

CEILING = 64 * 1024 * 1024  # no file either side writes comes near this
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_AT = os.open in os.supports_dir_fd and bool(_NOFOLLOW)


def _refuse_link(path: Path, *, folder: bool) -> None:
    """Raise the specific refusal for something that is not what it should be (FileNotFoundError if absent)."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        if folder:
            raise UsbSymlinkedFolder(f"{path.name} is a symbolic link, not a folder")
        raise UsbSymlink(f"{path.name} is a symbolic link, not a file")
    if folder and not stat.S_ISDIR(info.st_mode):
        raise UsbNotAFile(f"{path.name} is not a folder")
    if not folder and not stat.S_ISREG(info.st_mode):
        raise UsbNotAFile(f"{path.name} is not a regular file")


@contextlib.contextmanager
def _parent(root: Path, parts: tuple[str, ...]) -> Iterator[int | None]:
    """An fd of root/parts[:-1] reached without following links (None where the OS has no *at calls)."""
    if not _AT:
        for depth in range(1, len(parts)):
            _refuse_link(root.joinpath(*parts[:depth]), folder=True)
        yield None
        return
    fd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        for depth, name in enumerate(parts[:-1], start=1):
            try:
                child = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=fd)
            except OSError:
                _refuse_link(root.joinpath(*parts[:depth]), folder=True)
                raise
            os.close(fd)
            fd = child
        yield fd
    finally:
        os.close(fd)


def _check_name(name: str) -> None:
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
        raise UsbNotAFile(f"{name!r} is not a plain file name")


def read_file(root: Path, *parts: str, limit: int) -> bytes:
    """The bytes of root/parts, refusing links, non-regular files and anything over `limit` (or CEILING).

    Raises FileNotFoundError when the file is absent, and a UsbUnsafe subclass when it is unsafe.
    """
    for name in parts:
        _check_name(name)
    bound = min(limit, CEILING)
    with _parent(Path(root), parts) as parent:
        path = Path(root).joinpath(*parts)
        flags = os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC | _BINARY
        try:
            fd = os.open(parts[-1], flags, dir_fd=parent) if parent is not None else os.open(path, flags)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                raise
            _refuse_link(path, folder=False)
            raise
        with os.fdopen(fd, "rb", buffering=0) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise UsbNotAFile(f"{path.name} is not a regular file")
            if parent is None:
                _refuse_link(path, folder=False)
            if info.st_size > bound:
                raise UsbTooLarge(f"{path.name} is larger than allowed ({info.st_size} > {bound} bytes)")
            data = handle.read(bound + 1)  # a file that grows while we read is refused, not followed
    if len(data) > bound:
        raise UsbTooLarge(f"{path.name} grew beyond {bound} bytes while it was read")
    return data


def is_file(root: Path, *parts: str) -> bool:
    """Whether root/parts exists as a regular file; a link or a special file there is refused."""
    try:
        read_file(root, *parts, limit=0)
    except FileNotFoundError:
        return False
    except UsbTooLarge:
        return True
    return True


def folder(root: Path, *parts: str, create: bool = False) -> Path | None:
    """root/parts as a real folder (created when asked); None when absent; links refused at every level."""
    current = Path(root)
    for name in parts:
        _check_name(name)
        current = current / name
        try:
            _refuse_link(current, folder=True)
        except FileNotFoundError:
            if not create:
                return None
            current.mkdir(mode=0o755)
    return current


def list_folder(root: Path, *parts: str) -> list[str]:
    """Names in root/parts (sorted); [] when the folder is absent; a linked folder is refused."""
    found = folder(root, *parts)
    return [] if found is None else sorted(os.listdir(found))


def write_file(root: Path, *parts: str, data: bytes, mode: int = 0o644) -> None:
    """Write root/parts atomically without following any link: real folders, fresh temp file, replace."""
    target_dir = folder(root, *parts[:-1], create=True)
    assert target_dir is not None
    _check_name(parts[-1])
    tmp = target_dir / f".{parts[-1]}.{os.getpid()}.tmp"
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISDIR(os.lstat(tmp).st_mode):
            raise UsbNotAFile(f"{tmp.name} is a folder")
        os.unlink(tmp)  # a leftover (or planted link) is removed, never written through
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        target = target_dir / parts[-1]
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISDIR(os.lstat(target).st_mode):
                raise UsbNotAFile(f"{target.name} is a folder")
        os.replace(tmp, target)  # replaces a link at the target itself, never what it points to
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
