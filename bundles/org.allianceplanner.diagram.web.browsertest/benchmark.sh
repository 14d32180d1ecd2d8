#!/usr/bin/env bash
# Browser benchmark (docs/PERFORMANCE.md, "Diagrams in a browser"): a synthetic plan's Responsibility diagram
# opened through `alliance serve` in chromium, navigation start -> model rendered, first run cold, then warm.
# Usage, from the repository root: bundles/org.allianceplanner.diagram.web.browsertest/benchmark.sh [elements] [runs]
# (default 1000 6). Maven options go in MAVEN_ARGS (e.g. "-o -Dmaven.repo.local=...").
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
module=bundles/org.allianceplanner.diagram.web.browsertest
# shellcheck disable=SC2206 # MAVEN_ARGS is a list of words
maven=(-B -q ${MAVEN_ARGS:-})
mkdir -p "$module/target"
log="$module/target/benchmark-build.log"
if ! ./mvnw "${maven[@]}" verify -DskipTests -pl "releng/org.allianceplanner.target,$module" -am > "$log" 2>&1; then cat "$log"; exit 1; fi
# The command's own class path (as the alliance script builds it), which the serve process inherits, and the
# test support's synthetic plans.
cli="$root/bundles/org.allianceplanner.cli/target"
exec java -Dalliance.webClient="$root/bundles/org.allianceplanner.diagram.web/client" \
  -Dalliance.screenshots="$root/$module/target/screenshots" \
  -cp "$root/$module/target/test-classes:$root/bundles/org.allianceplanner.testing/target/org.allianceplanner.testing-0.1.0-SNAPSHOT.jar:$cli/org.allianceplanner.cli.jar:$cli/lib/*" \
  org.allianceplanner.diagram.web.browsertest.ServeBenchmark "$@"
