package org.allianceplanner.docgen.internal.build;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.allianceplanner.docgen.ClauseCoverage;
import org.allianceplanner.docgen.CoverageSource;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanElement;

/**
 * Declared traceability: for every element of the Guidelines documents a plan refers to, the plan elements
 * whose {@code implements} names it, and nothing else (see {@link CoverageSource#fromTraceability()}). Not to
 * be confused with the validation bundle's {@code CoverageAnalyzer}, which computes Guidelines coverage: it
 * also counts what a plan contains (a minesweeping task covers V.2(3)) and reports on its own clause catalog.
 */
public final class DeclaredTraceability implements CoverageSource {

	@Override
	public List<ClauseCoverage> coverageFor(Plan plan) {
		Map<GuidelinesElement, List<PlanElement>> coveredBy = new IdentityHashMap<>();
		Set<GuidelinesDocument> documents = new LinkedHashSet<>();
		List<EObject> elements = new ArrayList<>();
		elements.add(plan);
		plan.eAllContents().forEachRemaining(elements::add);
		for (EObject e : elements) {
			if (e instanceof PlanElement pe) {
				for (GuidelinesElement g : pe.getImplements()) {
					if (!g.eIsProxy()) {
						coveredBy.computeIfAbsent(g, k -> new ArrayList<>()).add(pe);
						if (EcoreUtil.getRootContainer(g) instanceof GuidelinesDocument doc) {
							documents.add(doc);
						}
					}
				}
			}
		}
		List<ClauseCoverage> result = new ArrayList<>();
		for (GuidelinesDocument doc : documents) {
			doc.eAllContents().forEachRemaining(e -> {
				if (e instanceof GuidelinesElement g) {
					result.add(new ClauseCoverage(g, coveredBy.getOrDefault(g, List.of())));
				}
			});
		}
		return result;
	}
}
