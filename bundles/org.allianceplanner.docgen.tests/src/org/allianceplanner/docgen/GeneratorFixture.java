package org.allianceplanner.docgen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;

/** Runs the generator the way the command line does, with a fixed date. */
final class GeneratorFixture {

	static final Instant DATE = Instant.parse("2026-02-03T04:05:06Z");

	private GeneratorFixture() {
	}

	static GenerationResult generate(PlanModel model, Path out, Audience audience, Set<OutputFormat> formats)
			throws IOException {
		return new PlanDocumentGenerator().generate(List.of(model),
				GeneratorOptions.builder(out).audience(audience).formats(formats).date(DATE).build(),
				findings(), CoverageSource.fromTraceability());
	}

	static GenerationResult generateAll(PlanModel model, Path out, Audience audience) throws IOException {
		return generate(model, out, audience, EnumSet.allOf(OutputFormat.class));
	}

	/**
	 * One open finding, one suppressed, one about a task only Japan may see, and one about the plan whose
	 * message names that task (only the Japan edition may show those two).
	 */
	static FindingsSource findings() {
		return plan -> {
			Plan p = plan;
			var air = p.getTasks().stream().filter(t -> "airDefense".equals(t.getName())).findFirst().orElse(null);
			var kestrel = p.getTasks().stream().filter(t -> "kestrel".equals(t.getName())).findFirst().orElse(null);
			return List.of(
					new Finding("PLAN-REPORTING", "warning", "VI.1", "Milestone 'Plan review' reports to the SCC and SDC only.",
							p, "plans/alpha.alliance:12", null),
					new Finding("ROLE-AIR-DEFENSE", "error", "IV.2(2)a", "Air defense: U.S. Forces supplement.", air,
							"plans/alpha.alliance:30", "Agreed at the SDC working group"),
					new Finding("ROLE-GUERRILLA", "error", "IV.2(2)d.i", "Guerrilla response lacks agency coordination.",
							kestrel, "plans/alpha.alliance:44", null),
					new Finding("PREMISE-JAPANESE-LAW", "warning", "II.4", "Task JPNONLYKestrelTask names no Japanese law.",
							p, "plans/alpha.alliance:45", null));
		};
	}
}
