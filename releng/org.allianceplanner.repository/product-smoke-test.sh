#!/bin/sh
# Starts the materialized Alliance Planner product on the current X display (Xvfb in CI) and
# checks that it reaches a workbench window in the Alliance Planning perspective with an empty
# error log. Usage: product-smoke-test.sh PRODUCT_DIR OUTPUT_DIR
set -u
product=$1
out=$2
timeout=${ALLIANCE_SMOKE_TIMEOUT:-90}
mkdir -p "$out"
ws="$out/workspace"
rm -rf "$ws"

fail() { echo "product smoke test: $*" >&2; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; exit 1; }

[ -n "${DISPLAY:-}" ] || fail "no DISPLAY; run under xvfb-run or skip with -DskipUITests"
command -v xwininfo >/dev/null || fail "xwininfo is missing (Debian package x11-utils)"
[ -x "$product/alliance-planner" ] || fail "no start script at $product/alliance-planner"

"$product/alliance-planner" -data "$ws" -consoleLog > "$out/console.log" 2>&1 &
pid=$!

# The IDE names workspace, perspective and product in the window title.
title=" - Alliance Planning - Alliance Planner"
i=0
until xwininfo -root -tree | grep -q -- "$title"; do
  kill -0 "$pid" 2>/dev/null || fail "the product exited before its window appeared; see $out/console.log"
  i=$((i + 1))
  [ "$i" -le "$timeout" ] || fail "no window titled '...$title' after $timeout s"
  sleep 1
done
echo "product smoke test: workbench window '$(xwininfo -root -tree | grep -o -- "\"[^\"]*$title[^\"]*\"" | head -n 1)' after ${i} s"
sleep 3  # let startup jobs run, so errors they log are seen

if command -v import >/dev/null && import -version >/dev/null 2>&1; then
  import -window root "$out/product.png" && echo "product smoke test: screenshot $out/product.png"
fi
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null

log="$ws/.metadata/.log"
if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
  cat "$log" >&2
  fail "errors in the workspace log $log"
fi
if grep -qiE 'exception|^!ENTRY [^ ]* 4 ' "$out/console.log"; then
  cat "$out/console.log" >&2
  fail "errors on the console"
fi
echo "product smoke test: passed (no errors logged)"
