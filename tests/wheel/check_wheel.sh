#!/usr/bin/env bash
# Checks the wheel the way an office installs NRM Desk: build it from a clean copy of the sources, install
# `nrm-desk[central]` from the built file into a fresh venv outside the checkout, then run from a folder outside
# the checkout (so nothing of the source tree can be found by accident): --version, self-test, the instruments,
# a demo post's letter export, an office (nrm-central init) that enrols the post by USB and verifies the letter,
# and finally the sentence and exit code of an install that lost a font. Any failing step fails the script.
#
# usage: tests/wheel/check_wheel.sh [--keep]
#   PYTHON  the interpreter that builds the wheel and makes the venv (default: the checkout's .venv, else python3;
#           the new venv is made from its base interpreter and gets nothing of the checkout's venv)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
keep=0
[ "${1:-}" = "--keep" ] && keep=1
default_python=python3
[ -x "$root/.venv/bin/python" ] && default_python="$root/.venv/bin/python"
python="${PYTHON:-$default_python}"

work="$(mktemp -d "${TMPDIR:-/tmp}/nrm-wheel.XXXXXX")"
cleanup() { if [ "$keep" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
mkdir -p "$work/src" "$work/dist" "$work/home" "$work/run" "$work/log"
began=$(date +%s)
failures=0
step_no=0
LAST_OUT=""

step() {  # step NAME CMD...: run in $work/run, keep the output, report ok/FAIL with the time
  local name="$1"; shift
  step_no=$((step_no + 1))
  local out="$work/log/$step_no.out" err="$work/log/$step_no.err" start rc=0
  start=$(date +%s.%N)
  (cd "$work/run" && "$@") >"$out" 2>"$err" || rc=$?
  local secs
  secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  if [ "$rc" = 0 ]; then
    printf 'ok    %-58s %6ss\n' "$name" "$secs"
  else
    printf 'FAIL  %-58s %6ss (exit %s)\n' "$name" "$secs" "$rc"
    sed 's/^/      | /' "$err" | tail -20
    sed 's/^/      > /' "$out" | tail -10
    failures=$((failures + 1))
  fi
  LAST_OUT="$out"
}

fail() { echo "FAIL  $*"; failures=$((failures + 1)); }

exits() {  # exits CODE CMD...: CMD fails with exactly CODE
  local want="$1" rc=0; shift
  "$@" || rc=$?
  [ "$rc" = "$want" ] || { echo "exit $rc, expected $want" >&2; return 1; }
}

# 1. Build from a copy of what git would commit (no .venv, no build/ left over from an earlier build).
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$root" && git ls-files -z -co --exclude-standard | tar --null -T - -cf -) | tar -C "$work/src" -xf -
else
  tar -C "$root" --exclude=.venv --exclude=build --exclude=dist --exclude='*.egg-info' -cf - . | tar -C "$work/src" -xf -
fi
step "build the wheel" "$python" -m pip wheel -q --no-deps -w "$work/dist" "$work/src"
wheel="$(ls "$work"/dist/nrm_desk-*.whl 2>/dev/null | head -1 || true)"
[ -n "$wheel" ] || { fail "no wheel was built"; exit 1; }
echo "wheel: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) kB)"
version="$(basename "$wheel" | cut -d- -f2)"
wheel_contents() {
  "$python" - "$wheel" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
want = ["app/_resources/instruments/ilo2009-adult-labour.json", "app/_resources/fonts/NotoSans-Regular.ttf",
        "app/_resources/fonts/NotoNastaliqUrdu-Bold.ttf", "app/_resources/fonts/OFL.txt",
        "app/_resources/translations/nrm_desk_ur.qm", "app/_resources/icons/letterhead-logo.png",
        "app/_resources/standards/screening-mappings.json", "app/_resources/schemas/cases-v1.schema.json",
        "app/storage/migrations/001_initial.sql", "central/migrations/env.py", "protocol/__init__.py"]
missing = [n for n in want if n not in names]
extra = sorted(n for n in names if n.endswith(".ts") or n.startswith(("tests/", "bench/", "resources/")))
if missing or extra:
    sys.exit(f"missing: {missing}; should not ship: {extra}")
PY
}
step "the wheel holds resources, migrations; no .ts, tests or bench" wheel_contents

# 2. A fresh venv outside the checkout, nrm-desk[central] from the built file.
step "fresh venv" "$python" -m venv --without-pip "$work/venv"  # pip of $python installs into it (faster)
bin="$work/venv/bin"
step "pip install nrm-desk[central] from the wheel" "$python" -m pip --python "$bin/python" install -q "${wheel}[central]"

# Everything below runs in $work/run with a throw-away HOME and no trace of the checkout in the environment.
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH NRM_DESK_DATA VIRTUAL_ENV
step "the installed app is the one in the venv" "$bin/python" -c \
  "import app, central, protocol, sys; assert all(m.__file__.startswith(sys.prefix) for m in (app, central, protocol)), app.__file__"
step "nrm-desk --version" "$bin/nrm-desk" --version
[ "$(cat "$LAST_OUT")" = "nrm-desk $version" ] || fail "--version printed '$(cat "$LAST_OUT")', the wheel is $version"
step "nrm-desk screening instrument --json" "$bin/nrm-desk" screening instrument --json
count="$("$bin/python" -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["instruments"]))' "$LAST_OUT" || echo 0)"
[ "$count" = 6 ] || fail "screening instrument --json listed $count instruments, not 6"
step "nrm-desk self-test" "$bin/nrm-desk" self-test

# 3. A demo post: its supervisor issues the letter of an approved referral.
ADMIN_PW="Khyber pass winter 2026"
OFFICE_PW="Margalla hills office 2026"
post="$work/post"
office="$work/office"
stick="$work/stick"
step "nrm-desk demo --cases 20" env NRM_DESK_PASSWORD="$ADMIN_PW" "$bin/nrm-desk" demo --into "$post" --cases 20
desk() { env NRM_DESK_PASSWORD="$ADMIN_PW" "$bin/nrm-desk" --data-dir "$post" "$@"; }
step "referral list --status approved --json" desk referral list --user supervisor --status approved --json
referral="$("$bin/python" -c 'import json, sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$LAST_OUT" || true)"
[ -n "$referral" ] || fail "the demo post has no approved referral"

# 4. An office: init, an enrolment code, the post enrols by USB (no network), then it verifies the letter.
central() { env NRM_CENTRAL_PASSPHRASE="$OFFICE_PW" "$bin/nrm-central" "$@"; }
step "nrm-central init" central init --data-dir "$office" --office-name "Central office"
step "nrm-central enroll-code" central enroll-code --data-dir "$office" --post-code DEMO --post-name "Demo post"
code="$(head -1 "$LAST_OUT")"
step "sync enroll by USB" desk sync enroll --user admin --code "$code" --root "$office/root.json" --to "$stick"
step "nrm-central import (answers the enrolment)" central import --data-dir "$office" --from "$stick"
step "sync import (the post is enrolled)" desk sync import --user admin --from "$stick"
step "letter export --lang en+ur" desk letter export --user supervisor "$referral" --out "$work/run/letter.pdf"
step "nrm-desk letter verify" desk letter verify "$work/run/letter.pdf"
step "nrm-central letter verify" central letter verify --data-dir "$office" "$work/run/letter.pdf" --json
grep -q '"valid": true' "$LAST_OUT" || fail "the office did not find the letter valid"

# 5. An install that lost a font: one sentence and exit 4, not a reportlab traceback.
font="$(cd "$work/run" && "$bin/python" -c 'import app.resources as r; print(r.resource_path("fonts", "NotoSans-Regular.ttf"))')"
case "$font" in "$work/venv/"*) rm "$font" ;; *) fail "the font was not found in the venv: $font" ;; esac
step "a missing font: exit 4" exits 4 desk letter export --user supervisor "$referral" --out "$work/run/again.pdf" --force
grep -q "^The file fonts/NotoSans-Regular.ttf is missing from this installation" "$work/log/$step_no.err" &&
  ! grep -q Traceback "$work/log/$step_no.err" || fail "the missing font was not one clear sentence"

if [ "$failures" -gt 0 ]; then
  echo "wheel check: $failures step(s) failed"
  exit 1
fi
echo "wheel check: every step passed ($(( $(date +%s) - began )) s)"
