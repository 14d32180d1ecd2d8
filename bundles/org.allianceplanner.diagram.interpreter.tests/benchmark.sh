#!/usr/bin/env bash
# Diagram interpretation benchmark (docs/PERFORMANCE.md, "Diagrams: interpretation").
# Builds the bundles, takes their classpath from the Tycho-resolved target platform and runs
# org.allianceplanner.diagram.interpreter.DiagramBenchmark on a plain classpath with a 1 GiB heap.
# Usage, from the repository root: bundles/org.allianceplanner.diagram.interpreter.tests/benchmark.sh [elements...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
modules=releng/org.allianceplanner.target,bundles/org.allianceplanner.model,bundles/org.allianceplanner.fonts,bundles/org.allianceplanner.validation,bundles/org.allianceplanner.dsl,bundles/org.allianceplanner.docgen,bundles/org.allianceplanner.diagram,bundles/org.allianceplanner.diagram.description,bundles/org.allianceplanner.diagram.interpreter,bundles/org.allianceplanner.diagram.interpreter.tests
cpfile="$root/bundles/org.allianceplanner.diagram.interpreter.tests/target/benchmark.classpath"
log="$root/bundles/org.allianceplanner.diagram.interpreter.tests/target/benchmark-build.log"
mkdir -p "$(dirname "$log")"
if ! ./mvnw -B -q verify -DskipTests -pl "$modules" > "$log" 2>&1; then cat "$log"; exit 1; fi
if ! ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$cpfile" -pl "$modules" >> "$log" 2>&1; then cat "$log"; exit 1; fi
# Reactor bundles appear as their folders; use their compiled classes instead.
cp="$root/bundles/org.allianceplanner.diagram.interpreter.tests/target/classes"
while IFS= read -r e; do
  if [ -d "$e/target/classes" ]; then cp="$cp:$e/target/classes"; else cp="$cp:$e"; fi
done < <(tr ':' '\n' < "$cpfile")
exec java -Xmx1g -cp "$cp" org.allianceplanner.diagram.interpreter.DiagramBenchmark "$@"
