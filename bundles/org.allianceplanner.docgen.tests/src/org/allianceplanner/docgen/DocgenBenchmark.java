package org.allianceplanner.docgen;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PointOfContact;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandard;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.Releasability;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.testing.SyntheticPlans;

/**
 * Benchmark (not a unit test): every output, in every format, for a synthetic plan of 10,000 tasks, one
 * audience. Prints wall time and peak heap. Run with {@code benchmark.sh} in this bundle (see
 * docs/PERFORMANCE.md); arguments: {@code [tasks] [output folder]}.
 */
public final class DocgenBenchmark {

	private DocgenBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("docgen-benchmark");
		PlanModel model = SyntheticPlans.model(tasks);
		long start = System.nanoTime();
		GenerationResult result = new PlanDocumentGenerator().generate(List.of(model),
				GeneratorOptions.builder(out).audience(Audience.BOTH).date(Instant.parse("2026-01-01T00:00:00Z"))
						.overwriteForeignFiles(true).build(),
				FindingsSource.NOT_SUPPLIED, CoverageSource.fromTraceability());
		double seconds = (System.nanoTime() - start) / 1e9;
		long bytes;
		try (Stream<Path> s = Files.walk(out)) {
			bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
		System.out.printf(Locale.ROOT, "tasks=%d files=%d size=%.1f MiB time=%.2f s peakHeap=%.0f MiB maxHeap=%.0f MiB out=%s%n",
				tasks, result.written().size(), bytes / 1048576.0, seconds, peakHeap() / 1048576.0,
				Runtime.getRuntime().maxMemory() / 1048576.0, out);
	}

	/** The sum of the heap pools' peak usage since the JVM started. */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
