#!/usr/bin/env bash
# Diagram benchmark (docs/PERFORMANCE.md, "Diagrams"): diff, layout (ours beside plain ELK), SVG, PNG, peak heap.
# Usage, from the repository root: bundles/org.allianceplanner.diagram.tests/benchmark.sh [sizes...]   (default 100 1000 10000)
# Builds the bundles and runs the benchmark on a plain class path (releng/run-benchmark.sh).
set -euo pipefail
exec "$(dirname "$0")/../../releng/run-benchmark.sh" org.allianceplanner.diagram.tests \
  releng/org.allianceplanner.target,bundles/org.allianceplanner.model,bundles/org.allianceplanner.testing,bundles/org.allianceplanner.fonts,bundles/org.allianceplanner.diagram,bundles/org.allianceplanner.diagram.tests \
  org.allianceplanner.diagram.DiagramBenchmark -Xmx1g -Djava.awt.headless=true -- "$@"
