#!/usr/bin/env bash
# Shared by the test bundles' benchmark.sh scripts: builds the given reactor modules, takes their class path
# from the Tycho-resolved target platform and runs a benchmark's main class on a plain class path.
# Usage: releng/run-benchmark.sh TESTS_BUNDLE MODULES MAIN_CLASS [JAVA_OPTION...] -- [BENCHMARK_ARGUMENT...]
# Maven options go in MAVEN_ARGS (e.g. "-o -Dmaven.repo.local=..."); MAVEN_REPO=... and MAVEN_OFFLINE=1 are
# short forms of the last two.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tests="$1" modules="$2" main="$3"
shift 3
java_options=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do java_options+=("$1"); shift; done
[ $# -gt 0 ] && shift
# shellcheck disable=SC2206 # MAVEN_ARGS is a list of words
maven=(-B -q ${MAVEN_ARGS:-} ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} ${MAVEN_OFFLINE:+-o})
cpfile="$root/bundles/$tests/target/benchmark.classpath"
log="$root/bundles/$tests/target/benchmark-build.log"
mkdir -p "$(dirname "$log")"
if ! ./mvnw "${maven[@]}" verify -DskipTests -pl "$modules" > "$log" 2>&1; then cat "$log"; exit 1; fi
if ! ./mvnw "${maven[@]}" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$cpfile" -pl "$modules" >> "$log" 2>&1; then cat "$log"; exit 1; fi
# Reactor bundles appear as their folders: use their compiled classes, and the folder itself for the
# resources a bundle ships beside its classes (such as the built-in viewpoint under viewpoints/).
cp="$root/bundles/$tests/target/classes"
while IFS= read -r e; do
  if [ -d "$e/target/classes" ]; then cp="$cp:$e/target/classes:$e"; else cp="$cp:$e"; fi
done < <(tr ':' '\n' < "$cpfile")
exec java "${java_options[@]}" -cp "$cp" "$main" "$@"
