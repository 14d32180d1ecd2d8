package org.allianceplanner.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.allianceplanner.validation.Finding;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The findings a diagram for an audience may carry as badges: those about elements the audience may see whose
 * message names nothing withheld from it (a finding about a shared task can name a task only one Government
 * may see; the documents leave such findings out of that edition too).
 */
final class ReleasableFindings {

	private ReleasableFindings() {
	}

	static List<Finding> of(Collection<Finding> findings, EObject model, Predicate<EObject> visible) {
		if (findings.isEmpty()) {
			return List.of();
		}
		Set<String> withheld = withheldNames(model, visible);
		List<Finding> result = new ArrayList<>();
		for (Finding f : findings) {
			if (f.element() != null && !visible.test(f.element())) {
				continue;
			}
			String message = f.message() == null ? "" : f.message();
			if (withheld.stream().noneMatch(message::contains)) {
				result.add(f);
			}
		}
		// one order whatever order the checks found them in (hosts check different sets of files first)
		result.sort(java.util.Comparator.comparing((Finding f) -> f.rule().id())
				.thenComparing(f -> String.valueOf(f.message())).thenComparing(f -> String.valueOf(f.elementUri())));
		return result;
	}

	/** The names and titles of the elements in the model's resource set that the audience may not see. */
	private static Set<String> withheldNames(EObject model, Predicate<EObject> visible) {
		Set<String> names = new HashSet<>();
		TreeIterator<? extends Notifier> all = model.eResource() != null && model.eResource().getResourceSet() != null
				? model.eResource().getResourceSet().getAllContents()
				: model.eAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof EObject e && !visible.test(e)) {
				add(names, e, "name");
				add(names, e, "title");
			}
		}
		return names;
	}

	private static void add(Set<String> names, EObject e, String featureName) {
		EStructuralFeature feature = e.eClass().getEStructuralFeature(featureName);
		if (feature != null && !feature.isMany() && e.eGet(feature) instanceof String s && s.length() >= 3) {
			names.add(s);
		}
	}
}
