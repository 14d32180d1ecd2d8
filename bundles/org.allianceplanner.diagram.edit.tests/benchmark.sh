#!/usr/bin/env bash
# Diagram edit benchmark (docs/PERFORMANCE.md, "Diagram edits"): operation call to text edits ready.
# Builds the bundles, takes their classpath from the Tycho-resolved target platform and runs
# org.allianceplanner.diagram.edit.EditBenchmark on a plain classpath.
# Usage, from the repository root: bundles/org.allianceplanner.diagram.edit.tests/benchmark.sh [runs] (add Maven options in MAVEN_ARGS)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
modules=releng/org.allianceplanner.target,bundles/org.allianceplanner.model,bundles/org.allianceplanner.validation,bundles/org.allianceplanner.dsl,bundles/org.allianceplanner.dsl.ide,bundles/org.allianceplanner.diagram.edit,bundles/org.allianceplanner.diagram.edit.tests
cpfile="$root/bundles/org.allianceplanner.diagram.edit.tests/target/benchmark.classpath"
log="$root/bundles/org.allianceplanner.diagram.edit.tests/target/benchmark-build.log"
mkdir -p "$(dirname "$log")"
if ! ./mvnw -B -q ${MAVEN_ARGS:-} verify -DskipTests -pl "$modules" > "$log" 2>&1; then cat "$log"; exit 1; fi
if ! ./mvnw -B -q ${MAVEN_ARGS:-} org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$cpfile" -pl "$modules" >> "$log" 2>&1; then cat "$log"; exit 1; fi
# Reactor bundles appear as their folders; use their compiled classes instead.
cp="$root/bundles/org.allianceplanner.diagram.edit.tests/target/classes"
while IFS= read -r e; do
  if [ -d "$e/target/classes" ]; then cp="$cp:$e/target/classes"; else cp="$cp:$e"; fi
done < <(tr ':' '\n' < "$cpfile")
exec java -Dalliance.edit.examples="$root/bundles/org.allianceplanner.diagram.edit.tests/resources/examples" -cp "$cp" org.allianceplanner.diagram.edit.EditBenchmark "$@"
