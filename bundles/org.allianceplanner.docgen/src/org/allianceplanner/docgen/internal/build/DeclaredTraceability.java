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

/** Coverage from the plan's own {@code implements} references (see {@link CoverageSource#fromTraceability()}). */
public final class TraceCoverage implements CoverageSource {

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
