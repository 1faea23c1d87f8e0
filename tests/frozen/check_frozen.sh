#!/usr/bin/env bash
# Checks the frozen desktop client (dist/nrm-desk/) the way a post laptop would run it: a clean environment
# (env -i, PATH=/usr/bin:/bin, a throw-away HOME and TMPDIR, offscreen Qt, no venv, no Python of ours), then
# --version, the bundle's contents, init + user add + case import + case list, demo, the self-test with
# screenshots (no system fonts, so only the bundled ones can draw them), and that nothing readable was
# written to the data folder. Any failing step fails the script.
#
# usage: tests/frozen/check_frozen.sh [DIST_DIR] [--screenshots DIR] [--keep]
#   DIST_DIR       the one-folder build (default: dist/nrm-desk next to this repository's root)
#   --screenshots  where the frozen self-test writes its screenshots (default: inside the temp folder)
#   --keep         keep the temp folder for inspection
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dist="$root/dist/nrm-desk"
shots=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshots) shots="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) dist="$1"; shift ;;
  esac
done
dist="$(cd "$dist" && pwd)"
app="$dist/nrm-desk"
internal="$dist/_internal"
[ -x "$app" ] || { echo "FAIL: no frozen executable at $app (run make dist)" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/nrm-frozen.XXXXXX")"
cleanup() { if [ "$keep" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
mkdir -p "$work/home" "$work/tmp"
[ -n "$shots" ] || shots="$work/screenshots"
mkdir -p "$shots"
shots="$(cd "$shots" && pwd)"
log="$work/log"
mkdir -p "$log"

ADMIN_PW="Khyber pass winter 2026"
OFFICER_PW="Torkham river 2026"
failures=0
step_no=0

# Run the frozen app with nothing of the build machine's environment but a minimal PATH.
frozen() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" TMPDIR="$work/tmp" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "${extra_env[@]}" "$app" "$@"
}

# step NAME CMD...: run, time, keep the output, report ok/FAIL.
step() {
  local name="$1"; shift
  step_no=$((step_no + 1))
  local out="$log/$step_no.out" err="$log/$step_no.err" start end rc=0
  start=$(date +%s.%N)
  "$@" >"$out" 2>"$err" || rc=$?
  end=$(date +%s.%N)
  local secs
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  if [ "$rc" = 0 ]; then
    printf 'ok    %-55s %6ss\n' "$name" "$secs"
  else
    printf 'FAIL  %-55s %6ss (exit %s)\n' "$name" "$secs" "$rc"
    sed 's/^/      | /' "$err" | tail -20
    sed 's/^/      > /' "$out" | tail -20
    failures=$((failures + 1))
  fi
  LAST_OUT="$out"
  return 0
}

expect() {  # expect NAME CONDITION-CMD...: a check on files already produced
  step "$@"
}

exits() {  # exits CODE CMD...: CMD fails with exactly CODE
  local want="$1" rc=0; shift
  "$@" || rc=$?
  [ "$rc" = "$want" ] || { echo "exit $rc, expected $want" >&2; return 1; }
}

extra_env=()
echo "frozen app: $app"
echo "size: $(du -sh "$dist" | cut -f1)"

# 1. The version comes from the bundled package metadata.
meta_version="$(cat "$internal"/nrm_desk*/METADATA "$internal"/nrm_desk*/PKG-INFO 2>/dev/null | sed -n 's/^Version: //p' | head -1 || true)"
step "--version" frozen --version
if [ "$(cat "$LAST_OUT")" != "nrm-desk $meta_version" ] || [ -z "$meta_version" ]; then
  echo "FAIL  --version printed '$(cat "$LAST_OUT")', the bundled metadata says '$meta_version'"
  failures=$((failures + 1))
fi

# 2. What is in the folder: resources and migrations present, server side and unused Qt absent.
present() { for p in "$@"; do compgen -G "$internal/$p" >/dev/null || { echo "missing: $p" >&2; return 1; }; done; }
absent() { for p in "$@"; do ! compgen -G "$internal/$p" >/dev/null || { echo "should not ship: $p" >&2; return 1; }; done; }
expect "bundle has resources, translations, fonts, migrations" present \
  "resources/instruments/*.json" "resources/schemas/*.json" "resources/standards/*.json" "resources/training/*.json" \
  "resources/translations/nrm_desk_ur.qm" "resources/fonts/NotoNaskhArabic-Regular.ttf" "resources/fonts/OFL.txt" \
  "resources/icons/*.png" "app/storage/migrations/001_*.sql" "sqlcipher3/_sqlite3*" \
  "resources/places/countries.json" "resources/places/pakistan.json" "tzdata/zoneinfo/Asia/Karachi" \
  "PySide6/Qt/plugins/platforms/*qoffscreen*" "PySide6/Qt/plugins/platforms/*qxcb*"
expect "bundle has no server, tests or unused Qt" absent \
  "central" "tests" "bench" "fastapi" "uvicorn" "sqlalchemy" "alembic" "psycopg*" "schemathesis" "hypothesis" \
  "_pytest" "pytest*" "numpy" "PySide6/Qt/lib/*Qt6Qml*" "PySide6/Qt/lib/*Qt6Quick*" "PySide6/Qt/lib/*WebEngine*" \
  "PySide6/Qt/translations" "PySide6/Qt/qml" "resources/translations/*.ts"

# BUILD-INFO.txt names the version; MANIFEST.sha256 matches every file (what a post's IT contact checks).
manifest_ok() {
  grep -q "^NRM Desk $meta_version\$" "$dist/BUILD-INFO.txt" && (cd "$dist" && sha256sum -c --quiet --strict MANIFEST.sha256)
}
expect "BUILD-INFO.txt and MANIFEST.sha256 match the folder" manifest_ok

# Every shared library resolves inside the bundle or on the base system (libc, libGL, X11 itself).
unresolved() {
  local missing
  missing="$(find "$internal" "$app" -type f \( -name '*.so*' -o -name nrm-desk \) -print0 |
    LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 -n 20 ldd 2>/dev/null |
    awk '/not found/ { print $1 }' | sort -u || true)"
  [ -z "$missing" ] || { echo "unresolved libraries: $missing" >&2; return 1; }
}
if command -v ldd >/dev/null; then expect "shared libraries resolve" unresolved; fi

# 3. A new post in the default data folder (platformdirs under HOME): init, an officer, import, list, search.
default_data="$work/home/.local/share/nrm-desk"
extra_env=(NRM_DESK_PASSWORD="$ADMIN_PW")
step "init (default data folder)" frozen init --post-code ISB --post-name "Islamabad Airport" --admin admin
expect "post.db and keystore.json in the platformdirs folder" test -s "$default_data/post.db" -a -s "$default_data/keystore.json"
extra_env=(NRM_DESK_PASSWORD="$ADMIN_PW" NRM_DESK_NEW_PASSWORD="$OFFICER_PW")
step "user add officer" frozen user add --user admin --username officer --role officer
extra_env=(NRM_DESK_PASSWORD="$OFFICER_PW")
step "case import tests/frozen/example-cases.json" frozen case import --user officer "$here/example-cases.json"
step "case list" frozen case list --user officer
grep -q "ISB-2026-000001.*Amina Bibi" "$LAST_OUT" || { echo "FAIL  case list does not show the imported case"; failures=$((failures + 1)); }
step "case list --search Ameena --json (alias)" frozen case list --user officer --search Ameena --json
grep -q '"name_native": "آمنہ بی بی"' "$LAST_OUT" || { echo "FAIL  search by alias did not find the case"; failures=$((failures + 1)); }
step "case edit: district by its data, reason required (issue 14)" frozen case edit --user officer ISB-2026-000001 \
  --set identity.origin_province=KP --set identity.origin_district=KP-khyber --reason "frozen check"
extra_env=(NRM_DESK_PASSWORD="wrong password")
step "wrong password is refused (exit 3)" exits 3 frozen case list --user officer
extra_env=(NRM_DESK_PASSWORD="$ADMIN_PW")
step "audit verify" frozen audit verify --user admin
no_plaintext() {
  ! grep -r -l -a -e "Amina" -e "P1234567" -e "Torkham" "$default_data" "$work/tmp" &&
    ! head -c 16 "$default_data/post.db" | grep -q "SQLite format 3"
}
expect "no plaintext in the data folder or temp files" no_plaintext

# An update: a store saved by an earlier version (schema 1, tests/vectors/stores/post-v1.db) opened by this
# build migrates in place, keeps its case, and leaves the encrypted pre-migration copy post.db.before-v2.
# tests/vectors/stores/post-v1.keystore.json seals that vector's test key to user "old" (password below; made with
# app.crypto.keystore.Keystore.add_slot).
v1="$work/v1"
mkdir -p "$v1"
cp "$root/tests/vectors/stores/post-v1.db" "$v1/post.db"
cp "$root/tests/vectors/stores/post-v1.keystore.json" "$v1/keystore.json"
extra_env=(NRM_DESK_PASSWORD="$OFFICER_PW")
step "schema-1 store: migrated on open, case kept" frozen --data-dir "$v1" case list --user old
grep -q "OLD-2026-000001" "$LAST_OUT" || { echo "FAIL  the migrated store lost its case"; failures=$((failures + 1)); }
pre_migration_copy() { test -s "$v1/post.db.before-v2" && ! head -c 16 "$v1/post.db.before-v2" | grep -q "SQLite format 3"; }
expect "encrypted pre-migration copy post.db.before-v2" pre_migration_copy

# 4. Instruments load from the bundle; a demo post in a fresh folder given with --data-dir style options.
extra_env=()
step "screening instrument --json" frozen screening instrument --json
extra_env=(NRM_DESK_PASSWORD="$ADMIN_PW")
step "demo --into fresh folder --cases 20" frozen demo --into "$work/demo" --cases 20
step "case list on the demo post (--data-dir)" frozen --data-dir "$work/demo" case list --user officer
[ "$(grep -c -- '-2026-' "$LAST_OUT" || true)" -ge 20 ] || { echo "FAIL  demo post lists fewer than 20 cases"; failures=$((failures + 1)); }
# A bilingual referral letter: reportlab, harfbuzz shaping with the bundled Urdu fonts, QR, pikepdf, signature.
step "referral list --status approved --json (demo)" frozen --data-dir "$work/demo" referral list --user supervisor --status approved --json
referral_id="$(grep -m1 '"id":' "$LAST_OUT" | sed 's/.*"id": "\([^"]*\)".*/\1/' || true)"
if [ -n "$referral_id" ]; then
  step "letter export --lang en+ur" frozen --data-dir "$work/demo" letter export --user supervisor "$referral_id" --out "$work/letter.pdf"
  step "letter verify" frozen --data-dir "$work/demo" letter verify "$work/letter.pdf"
else
  echo "FAIL  the demo post has no approved referral to issue a letter for"
  failures=$((failures + 1))
fi

# 5. The desktop self-test (offscreen), with screenshots, when this build has the command.
extra_env=()
# Every command group the source tree has must be in the build (app.cli skips a group it cannot import, so a
# module missing from the bundle would otherwise just make a command vanish).
help_text="$(frozen --help 2>/dev/null || true)"
missing_cmds=""
for module in $(grep -oE '"app\.cli\.[a-z_]+"' "$root/app/cli/__init__.py" | tr -d '"'); do
  src="$root/${module//.//}.py"
  [ -f "$src" ] || continue  # a group not written yet
  for cmd in $(grep -oE '(^|[^a-z_])sub\.add_parser\("[a-z-]+"' "$src" | grep -oE '"[a-z-]+"' | tr -d '"'); do
    grep -q -E "^    $cmd( |$)" <<<"$help_text" || missing_cmds="$missing_cmds $cmd"
  done
done
if [ -n "$missing_cmds" ]; then
  echo "FAIL  commands missing from the frozen build:$missing_cmds"
  failures=$((failures + 1))
else
  echo "ok    every command of the source tree is in the build"
fi
if grep -q -E "^    self-test( |$)" <<<"$help_text"; then
  # With an empty fontconfig (no system fonts at all), so the screenshots can only be drawn with the fonts the
  # build carries: Latin, Naskh and Nastaliq from resources/fonts.
  printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n' "$work/fontcache" >"$work/fonts.conf"
  extra_env=(FONTCONFIG_FILE="$work/fonts.conf")
  step "self-test --screenshots (bundled fonts only)" frozen --data-dir "$work/selftest" self-test --screenshots "$shots"
  extra_env=()
  n_png=$(find "$shots" -name '*.png' | wc -l)
  echo "      $n_png screenshots in $shots"
  [ "$n_png" -gt 0 ] || { echo "FAIL  self-test wrote no screenshots"; failures=$((failures + 1)); }
else
  echo "skip  self-test (this build has no self-test command)"
fi

# 6. The real desktop path on Linux: Qt's xcb platform plugin on an X server (Xvfb), up to the unlock screen.
xcb_unlock_screen() {
  local xlog="$work/xvfb.log" dfile="$work/xvfb.display" qtlog="$work/xcb.err" xpid display
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dfile" 2>"$xlog" &
  xpid=$!
  for _ in $(seq 1 50); do [ -s "$dfile" ] && break; sleep 0.1; done
  display=":$(head -1 "$dfile")"
  extra_env=(DISPLAY="$display" QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="qt.widgets.painting=true")
  frozen --data-dir "$default_data" 2>"$qtlog" &
  local app_pid=$! ok=1
  for _ in $(seq 1 100); do
    if grep -q "of UnlockPage(" "$qtlog" && grep -q "Flushing QRegion.*MainWindow(" "$qtlog"; then ok=0; break; fi
    sleep 0.2
  done
  kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true
  kill "$xpid" 2>/dev/null; wait "$xpid" 2>/dev/null || true
  extra_env=()
  [ "$ok" = 0 ] || { grep -v "^qt.widgets.painting" "$qtlog" | tail -5 >&2; return 1; }
}
if command -v Xvfb >/dev/null; then
  step "desktop on X11 (xcb via Xvfb) shows the unlock screen" xcb_unlock_screen
else
  echo "skip  desktop on X11 (no Xvfb on this machine)"
fi

if [ "$failures" -gt 0 ]; then
  echo "frozen check: $failures failure(s)"
  exit 1
fi
echo "frozen check: all steps passed"
