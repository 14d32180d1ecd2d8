#!/usr/bin/env bash
# Diagram server benchmark (docs/PERFORMANCE.md, "Diagram server"): model requests and an edit through GLSP.
# Usage, from the repository root: bundles/org.allianceplanner.diagram.glsp.tests/benchmark.sh [runs] [synthetic tasks]
# (add Maven options in MAVEN_ARGS). Builds the bundles and runs the benchmark on a plain class path.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../releng/run-benchmark.sh" org.allianceplanner.diagram.glsp.tests \
  releng/org.allianceplanner.target,bundles/org.allianceplanner.fonts,bundles/org.allianceplanner.model,bundles/org.allianceplanner.testing,bundles/org.allianceplanner.dsl,bundles/org.allianceplanner.dsl.ide,bundles/org.allianceplanner.validation,bundles/org.allianceplanner.docgen,bundles/org.allianceplanner.diagram,bundles/org.allianceplanner.diagram.description,bundles/org.allianceplanner.diagram.interpreter,bundles/org.allianceplanner.pipeline,bundles/org.allianceplanner.diagram.edit,bundles/org.allianceplanner.diagram.glsp,bundles/org.allianceplanner.diagram.glsp.tests \
  org.allianceplanner.diagram.glsp.GlspBenchmark -Dalliance.examples="$here/../../examples" \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -- "$@"
