#!/bin/sh
# Benchmark of the plan language and the alliance command (see docs/PERFORMANCE.md).
# The benchmark is test code (src/test): run from the repository root after ./mvnw -B verify:
#   sh bundles/org.allianceplanner.cli/benchmark.sh              # print the results
#   sh bundles/org.allianceplanner.cli/benchmark.sh --write docs/PERFORMANCE.md
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../.." && pwd)
cd "$root" || exit 2
cli="$here/target"
java_cmd=java
if [ -n "$JAVA_HOME" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
exec "$java_cmd" -Xmx2g -cp "$cli/test-classes:$cli/org.allianceplanner.cli.jar:$cli/lib/*:$cli/test-lib/*" \
  org.allianceplanner.cli.bench.Benchmark --launcher "$root/alliance" "$@"
