#!/usr/bin/env bash
# Document generator benchmark (docs/PERFORMANCE.md): every output for a synthetic 10,000-task plan.
# Builds the bundles, takes their classpath from the Tycho-resolved target platform and runs
# org.allianceplanner.docgen.DocgenBenchmark on a plain classpath with a 1 GiB heap.
# Usage, from the repository root: bundles/org.allianceplanner.docgen.tests/benchmark.sh [tasks] [output folder]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
modules=releng/org.allianceplanner.target,bundles/org.allianceplanner.model,bundles/org.allianceplanner.testing,bundles/org.allianceplanner.docgen,bundles/org.allianceplanner.docgen.tests
cpfile="$root/bundles/org.allianceplanner.docgen.tests/target/benchmark.classpath"
log="$root/bundles/org.allianceplanner.docgen.tests/target/benchmark-build.log"
mkdir -p "$(dirname "$log")"
if ! ./mvnw -B -q verify -DskipTests -pl "$modules" > "$log" 2>&1; then cat "$log"; exit 1; fi
if ! ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$cpfile" -pl "$modules" >> "$log" 2>&1; then cat "$log"; exit 1; fi
# Reactor bundles appear as their folders; use their compiled classes instead.
cp="$root/bundles/org.allianceplanner.docgen.tests/target/classes"
while IFS= read -r e; do
  if [ -d "$e/target/classes" ]; then cp="$cp:$e/target/classes"; else cp="$cp:$e"; fi
done < <(tr ':' '\n' < "$cpfile")
exec java -Xmx1g -cp "$cp" org.allianceplanner.docgen.DocgenBenchmark "$@"
