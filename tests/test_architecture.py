"""The import direction of DESIGN.md §2 is law: this test reads every module's imports and fails on a breach."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "protocol", "central")

LOWER = {"domain", "storage", "crypto", "sync", "letters"}
# layer -> layers it may import (its own layer is always allowed; "base" is app/__init__, app/resources and app/atomic)
ALLOWED = {
    "domain": set(),
    "storage": {"domain", "protocol", "base"},
    "crypto": {"domain", "protocol", "base"},
    "sync": {"domain", "protocol", "base"},
    "letters": {"domain", "protocol", "base"},
    "services": LOWER | {"protocol", "base", "training"},
    "ui": {"services", "domain", "base", "training"},
    "cli": {"services", "domain", "base", "ui"},  # the entry point starts the GUI; nothing else imports ui
    "training": {"domain", "base", "letters"},  # scenarios, feedback and the report (issue 19); no Qt, no SQL
    "entry": {"cli", "services", "domain", "base"},
    "base": {"domain"},  # app.resources raises domain.errors.MissingResource (domain imports nothing of ours)
    "protocol": set(),
    "central": {"protocol", "central.hub"},  # the feed and the service read the hub's timers (see test_office_layers)
    # the hub (DESIGN.md §7): web -> hub -> store; the entry points (app, cli) assemble them
    "central.hub": {"central", "protocol"},
    "central.web": {"central.hub", "central", "protocol"},
    "central.entry": {"central.web", "central.hub", "central", "protocol"},
}
CENTRAL_ENTRY = {"app", "cli", "user_cmds", "retention_cmds", "stats_cmds"}
# what the web layer may take from the store layer: the running service and error types, never SQL
WEB_MAY_USE = {"central.service", "central.errors"}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "central" and len(parts) > 1:
        if parts[1] in ("web", "hub"):
            return f"central.{parts[1]}"
        if parts[1] in CENTRAL_ENTRY:
            return "central.entry"
    if parts[0] in ("protocol", "central"):
        return parts[0]
    if parts[0] != "app":
        return None
    if len(parts) == 1 or parts[1] in ("resources", "atomic"):
        return "base"
    if parts[1] in ALLOWED:
        return parts[1]
    if parts[1] == "__main__" or parts[1].endswith("_main"):
        return "entry"
    return "unknown:" + parts[1]


def modules():
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            yield ".".join(parts), path


def imports_of(module: str, path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_pkg = path.name == "__init__.py"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_pkg else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            yield name, node.lineno


ALL = list(modules())


def test_modules_found():
    names = {m for m, _ in ALL}
    assert {"app.domain", "app.storage", "app.ui", "protocol", "central"} <= names


@pytest.mark.parametrize(("module", "path"), ALL, ids=[m for m, _ in ALL])
def test_import_direction(module, path):
    src_layer = layer_of(module)
    assert src_layer and not src_layer.startswith("unknown"), f"{module} is in no layer of DESIGN.md §2"
    problems = problems_of(module, path)
    assert not problems, f"{module}:\n" + "\n".join(problems)


def problems_of(module, path):
    src_layer = layer_of(module)
    problems = []
    for name, line in imports_of(module, path):
        top = name.split(".")[0]
        if top == "sqlite3":
            problems.append(f"line {line}: imports the standard sqlite3 (case data must live in SQLCipher)")
        if top == "PySide6" and src_layer != "ui":
            problems.append(f"line {line}: imports PySide6 outside app/ui")
        if src_layer == "central.web" and top == "sqlalchemy":
            problems.append(f"line {line}: the web layer never touches SQL (sqlalchemy)")
        if src_layer == "central.web" and layer_of(name) == "central" and name not in WEB_MAY_USE:
            problems.append(f"line {line}: the web layer reaches the store only through central.hub ({name})")
        dst_layer = layer_of(name)
        if dst_layer is None or dst_layer == src_layer:
            continue
        if dst_layer not in ALLOWED[src_layer]:
            problems.append(f"line {line}: {src_layer} must not import {dst_layer} ({name})")
    return problems


def test_rule_catches_a_breach(tmp_path):
    """The checker itself must see a breach: a domain module importing storage, and PySide6 in services."""
    bad = tmp_path / "bad.py"
    bad.write_text("import app.storage.db\nfrom PySide6 import QtCore\nimport sqlite3\n")
    found = [(layer_of(n), n) for n, _ in imports_of("app.domain.bad", bad)]
    assert ("storage", "app.storage.db") in found
    assert "storage" not in ALLOWED["domain"]
    assert any(n == "sqlite3" for _, n in found)


def test_hub_layers_are_checked(tmp_path):
    """A route importing sqlalchemy or the store, or the store importing the hub, is a breach."""
    assert layer_of("central.web.routes_auth") == "central.web"
    assert layer_of("central.hub.accounts") == "central.hub"
    assert layer_of("central.store") == "central"
    assert "central.web" not in ALLOWED["central.hub"] and "central.web" not in ALLOWED["central"]
    route = tmp_path / "route.py"
    route.write_text("import sqlalchemy\nfrom central.store import Store\nfrom central.hub import accounts\n")
    found = problems_of("central.web.route", route)
    assert any("sqlalchemy" in p for p in found) and any("central.store" in p for p in found) and len(found) == 2
    store = tmp_path / "store.py"
    store.write_text("from central.hub import audit\nfrom central.web import render\n")
    assert len(problems_of("central.store2", store)) == 1  # web; the storage-hub rule is test_office_layers


# The office's own layers (STYLE.md 23): central/web → central/hub → the rest of central; the storage modules
# import neither, the hub never imports the web layer, and routes never touch tables or SQL.
CENTRAL_STORAGE = {"central.store", "central.hubstore", "central.tables", "central.db", "central.accountstore",
                   "central.accounttables", "central.pgdriver"}


def central_part(module: str) -> str | None:
    """web, hub, storage or core for a module of central/; None elsewhere."""
    parts = module.split(".")
    if parts[0] != "central" or module == "central.errors":  # error types are shared by every layer
        return None
    if len(parts) > 1 and parts[1] in ("web", "hub"):
        return parts[1]
    return "storage" if ".".join(parts[:2]) in CENTRAL_STORAGE else "core"


CENTRAL_FORBIDDEN = {
    "storage": {"web", "hub", "core"},
    "hub": {"web"},
    "core": {"web"},
    "web": {"storage"},
}
CENTRAL_FORBIDDEN_EXTERNAL = {"web": {"sqlalchemy"}}
CENTRAL_EXEMPT = {"central.service", "central.cli", "central.app", "central.stats_cmds"}  # composition roots


@pytest.mark.parametrize(("module", "path"), [(m, p) for m, p in ALL if m.startswith("central")],
                         ids=[m for m, _ in ALL if m.startswith("central")])
def test_office_layers(module, path):
    src = central_part(module)
    if module in CENTRAL_EXEMPT and src == "core":
        return
    problems = []
    for name, line in imports_of(module, path):
        dst = central_part(name)
        if dst is not None and dst != src and dst in CENTRAL_FORBIDDEN.get(src, set()):
            problems.append(f"line {line}: central {src} must not import central {dst} ({name})")
        if name.split(".")[0] in CENTRAL_FORBIDDEN_EXTERNAL.get(src or "", set()):
            problems.append(f"line {line}: central {src} must not use {name} (no SQL in routes)")
    assert not problems, f"{module}:\n" + "\n".join(problems)


def test_office_rule_catches_a_breach():
    assert "hub" in CENTRAL_FORBIDDEN["storage"] and central_part("central.hubstore") == "storage"
    assert central_part("central.web.routes") == "web" and "storage" in CENTRAL_FORBIDDEN["web"]
