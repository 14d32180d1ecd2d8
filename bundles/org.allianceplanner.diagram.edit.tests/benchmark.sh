#!/usr/bin/env bash
# Diagram edit benchmark (docs/PERFORMANCE.md, "Diagram edits"): operation call to text edits ready.
# Usage, from the repository root: bundles/org.allianceplanner.diagram.edit.tests/benchmark.sh [runs] (add Maven options in MAVEN_ARGS)
# Builds the bundles and runs the benchmark on a plain class path (releng/run-benchmark.sh).
set -euo pipefail
exec "$(dirname "$0")/../../releng/run-benchmark.sh" org.allianceplanner.diagram.edit.tests \
  releng/org.allianceplanner.target,bundles/org.allianceplanner.model,bundles/org.allianceplanner.validation,bundles/org.allianceplanner.dsl,bundles/org.allianceplanner.dsl.ide,bundles/org.allianceplanner.diagram.edit,bundles/org.allianceplanner.diagram.edit.tests \
  org.allianceplanner.diagram.edit.EditBenchmark -Dalliance.edit.examples="$(cd "$(dirname "$0")" && pwd)/resources/examples" -- "$@"
