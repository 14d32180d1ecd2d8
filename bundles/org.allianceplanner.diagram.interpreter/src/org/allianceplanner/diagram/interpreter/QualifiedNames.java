package org.allianceplanner.diagram.interpreter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The qualified name of a plan element, as the plan language resolves names: the file's package, then
 * the names of the containing elements ({@code jpus.japandefense.DefenseOfJapan.Vigilance}). Elements
 * without a name (an assignment, a concurrence) are named by their container and what they say
 * ({@code ...AirDefense.assignments(party=JASDF,role=PRIMARY)}), never by their position, so the name
 * survives reordering the file. Guidelines clauses are {@code guidelines:IV.2(2)a}.
 * <p>
 * It is the name a drawn element's {@code semanticElement()} carries: editors map a diagram element back to
 * its plan element (and text) by indexing a resource set's contents with {@link #of(EObject)}.
 */
public final class QualifiedNames {

	private final Map<EObject, String> cache = new IdentityHashMap<>();

	public String of(EObject o) {
		String known = cache.get(o);
		if (known != null) {
			return known;
		}
		String result = compute(o);
		cache.put(o, result);
		return result;
	}

	private String compute(EObject o) {
		if (o instanceof GuidelinesElement g) {
			return "guidelines:" + g.getName();
		}
		if (o instanceof PlanModel model) {
			return model.getName() == null || model.getName().isEmpty()
					? "file:" + (model.eResource() == null ? "?" : model.eResource().getURI().lastSegment())
					: model.getName();
		}
		EObject container = o.eContainer();
		String prefix = container == null ? "" : of(container) + ".";
		String name = name(o);
		if (name != null && !name.isEmpty()) {
			return prefix + name;
		}
		EStructuralFeature containing = o.eContainingFeature();
		String key = (containing == null ? o.eClass().getName() : containing.getName()) + "(" + signature(o) + ")";
		String candidate = prefix + key;
		// Identical unnamed siblings (rare): number them in order of appearance among equals only.
		int n = 1;
		if (container != null && containing != null && containing.isMany()) {
			for (Object sibling : (List<?>) container.eGet(containing)) {
				if (sibling == o) {
					break;
				}
				if (sibling instanceof EObject s && name(s) == null && signature(s).equals(signature(o))) {
					n++;
				}
			}
		}
		return n == 1 ? candidate : candidate + "#" + n;
	}

	private static String name(EObject o) {
		EStructuralFeature f = o.eClass().getEStructuralFeature("name");
		Object v = f == null ? null : o.eGet(f);
		return v instanceof String s && !s.isEmpty() ? s : null;
	}

	/** What an unnamed element says: its single-valued attributes and the names of what it refers to. */
	private String signature(EObject o) {
		List<String> parts = new ArrayList<>();
		for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
			if (f.isMany() || f.isDerived() || f.isTransient() || !o.eIsSet(f)
					|| (f instanceof EReference r && r.isContainment())) {
				continue;
			}
			Object v = o.eGet(f, false);
			String text;
			if (f instanceof EAttribute) {
				text = v instanceof Enumerator e ? e.getName() : String.valueOf(v);
			} else if (v instanceof EObject target && !target.eIsProxy()) {
				String n = name(target);
				text = n != null ? n : target.eClass().getName();
			} else {
				continue;
			}
			parts.add(f.getName() + "=" + text);
		}
		return String.join(",", parts);
	}
}
