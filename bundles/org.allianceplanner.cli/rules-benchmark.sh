#!/bin/sh
# Times the rules of the Guidelines against parse+link of synthetic .alliance plans
# (org.allianceplanner.cli.RulesOnTextBenchmark, test code). Build first: ./mvnw -B -o verify -pl bundles/org.allianceplanner.cli -am
# Usage: bundles/org.allianceplanner.cli/rules-benchmark.sh [TASKS...]   (default 10000 50000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$(dirname "$here")")
exec java -Xmx6g -Dalliance.examples="$root/examples" \
  -cp "$here/target/test-classes:$here/target/classes:$here/target/lib/*:$here/target/test-lib/*" org.allianceplanner.cli.RulesOnTextBenchmark "$@"
