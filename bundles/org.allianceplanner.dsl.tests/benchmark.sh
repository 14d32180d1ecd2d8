#!/usr/bin/env bash
# Completion benchmark (docs/PERFORMANCE.md): completion through the plan language server on the examples.
# Usage, from the repository root: bundles/org.allianceplanner.dsl.tests/benchmark.sh [runs] [examples folder]
# Builds the bundles and runs the benchmark on a plain class path (releng/run-benchmark.sh).
set -euo pipefail
exec "$(dirname "$0")/../../releng/run-benchmark.sh" org.allianceplanner.dsl.tests \
  releng/org.allianceplanner.target,bundles/org.allianceplanner.model,bundles/org.allianceplanner.validation,bundles/org.allianceplanner.dsl,bundles/org.allianceplanner.dsl.ide,bundles/org.allianceplanner.dsl.tests \
  org.allianceplanner.dsl.ide.server.CompletionBenchmark -Xmx1g -- "$@"
