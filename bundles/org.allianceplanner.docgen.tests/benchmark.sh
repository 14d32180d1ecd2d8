#!/usr/bin/env bash
# Document generator benchmark (docs/PERFORMANCE.md): every output for a synthetic 10,000-task plan.
# Usage, from the repository root: bundles/org.allianceplanner.docgen.tests/benchmark.sh [tasks] [output folder]
# Builds the bundles and runs the benchmark on a plain class path (releng/run-benchmark.sh).
set -euo pipefail
exec "$(dirname "$0")/../../releng/run-benchmark.sh" org.allianceplanner.docgen.tests \
  releng/org.allianceplanner.target,bundles/org.allianceplanner.model,bundles/org.allianceplanner.testing,bundles/org.allianceplanner.fonts,bundles/org.allianceplanner.docgen,bundles/org.allianceplanner.docgen.tests \
  org.allianceplanner.docgen.DocgenBenchmark -Xmx1g -- "$@"
