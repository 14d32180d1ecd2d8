#!/bin/sh
# Runs the validation benchmark (org.allianceplanner.validation.ValidationBenchmark) on the jars the build made.
# First: ./mvnw -B -o verify -pl releng/org.allianceplanner.target,bundles/org.allianceplanner.validation.tests -am
# Usage: bundles/org.allianceplanner.validation.tests/benchmark.sh [TASKS...]   (default 10000 50000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundles=$(dirname "$here")
m2=${M2_REPO:-$HOME/.m2/repository}/org/eclipse/emf
cp="$bundles/org.allianceplanner.model/target/classes:$bundles/org.allianceplanner.validation/target/classes:$here/target/classes"
cp="$cp:$m2/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar"
cp="$cp:$m2/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar"
cp="$cp:$m2/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar"
exec java -Xmx4g -cp "$cp" org.allianceplanner.validation.ValidationBenchmark "$@"
