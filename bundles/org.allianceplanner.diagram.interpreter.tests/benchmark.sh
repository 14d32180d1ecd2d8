#!/usr/bin/env bash
# Diagram interpretation benchmark (docs/PERFORMANCE.md, "Diagrams: interpretation").
# Usage, from the repository root: bundles/org.allianceplanner.diagram.interpreter.tests/benchmark.sh [elements...]
# Builds the bundles and runs the benchmark on a plain class path (releng/run-benchmark.sh).
set -euo pipefail
exec "$(dirname "$0")/../../releng/run-benchmark.sh" org.allianceplanner.diagram.interpreter.tests \
  releng/org.allianceplanner.target,bundles/org.allianceplanner.model,bundles/org.allianceplanner.fonts,bundles/org.allianceplanner.validation,bundles/org.allianceplanner.dsl,bundles/org.allianceplanner.docgen,bundles/org.allianceplanner.diagram,bundles/org.allianceplanner.diagram.description,bundles/org.allianceplanner.diagram.interpreter,bundles/org.allianceplanner.diagram.interpreter.tests \
  org.allianceplanner.diagram.interpreter.DiagramBenchmark -Xmx1g -- "$@"
