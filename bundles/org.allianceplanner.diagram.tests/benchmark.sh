#!/usr/bin/env bash
# Diagram benchmark (docs/PERFORMANCE.md, "Diagrams"): diff, layout (ours beside plain ELK), SVG, PNG, peak heap.
# Builds the bundles, takes their classpath from the Tycho-resolved target platform and runs
# org.allianceplanner.diagram.DiagramBenchmark on a plain classpath with a 1 GiB heap.
# Usage, from the repository root: bundles/org.allianceplanner.diagram.tests/benchmark.sh [sizes...]   (default 100 1000 10000)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
modules=releng/org.allianceplanner.target,bundles/org.allianceplanner.fonts,bundles/org.allianceplanner.diagram,bundles/org.allianceplanner.diagram.tests
cpfile="$root/bundles/org.allianceplanner.diagram.tests/target/benchmark.classpath"
log="$root/bundles/org.allianceplanner.diagram.tests/target/benchmark-build.log"
mkdir -p "$(dirname "$log")"
if ! ./mvnw -B -q ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} ${MAVEN_OFFLINE:+-o} verify -DskipTests -pl "$modules" > "$log" 2>&1; then cat "$log"; exit 1; fi
if ! ./mvnw -B -q ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} ${MAVEN_OFFLINE:+-o} org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$cpfile" -pl "$modules" >> "$log" 2>&1; then cat "$log"; exit 1; fi
# Reactor bundles appear as their folders; use their compiled classes instead.
cp="$root/bundles/org.allianceplanner.diagram.tests/target/classes"
while IFS= read -r e; do
  if [ -d "$e/target/classes" ]; then cp="$cp:$e/target/classes"; else cp="$cp:$e"; fi
done < <(tr ':' '\n' < "$cpfile")
exec java -Xmx1g -Djava.awt.headless=true -cp "$cp" org.allianceplanner.diagram.DiagramBenchmark "$@"
