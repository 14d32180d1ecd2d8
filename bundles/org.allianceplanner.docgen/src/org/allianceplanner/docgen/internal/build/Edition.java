package org.allianceplanner.docgen.internal.build;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import org.allianceplanner.docgen.Audience;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.Releasability;

/**
 * Decides what an audience's edition may show. An element inherits an unspecified classification from
 * the element that contains it, and an unspecified releasability too, unless the element is classified
 * higher than its container: a releasability decision made for Confidential material does not cover a
 * Secret part added inside it. An element is shown when its effective releasability admits the audience and
 * every element containing it is shown. Where no releasability applies, an element is shown to every
 * audience only if it is unclassified; unmarked classified material is withheld from every edition.
 */
public final class Edition {

	private final Audience audience;
	private final Map<EObject, Boolean> visible = new IdentityHashMap<>();
	private final Map<EObject, Classification> classification = new IdentityHashMap<>();
	private final Map<EObject, Releasability> releasability = new IdentityHashMap<>();
	private final List<String> withheld = new ArrayList<>();

	public Edition(Audience audience) {
		this.audience = audience;
	}

	public Audience audience() {
		return audience;
	}

	/** Elements withheld so far, as {@code Type name}, for the generation log. */
	public List<String> withheld() {
		return List.copyOf(withheld);
	}

	/** Whether {@code e} (or, for a non-plan element, its nearest plan element) may be shown. */
	public boolean visible(EObject e) {
		if (e == null) {
			return false;
		}
		Boolean known = visible.get(e);
		if (known != null) {
			return known;
		}
		boolean result;
		EObject container = e.eContainer();
		boolean containerVisible = !(container instanceof PlanElement) || visible(container);
		if (!(e instanceof PlanElement pe)) {
			result = containerVisible;
		} else if (!containerVisible) {
			result = false;
		} else {
			Releasability r = releasability(pe);
			result = r == Releasability.UNSPECIFIED ? !isClassified(classification(pe)) : audience.admits(r);
			if (!result) {
				withheld.add(pe.eClass().getName() + " " + Names.of(pe));
			}
		}
		visible.put(e, result);
		return result;
	}

	/** The visible elements of {@code list}, in order. */
	public <T extends EObject> List<T> visible(List<T> list) {
		List<T> result = new ArrayList<>(list.size());
		for (T t : list) {
			if (visible(t)) {
				result.add(t);
			}
		}
		return result;
	}

	/** The classification in force for {@code e}: its own, else its container's; unclassified if none. */
	public Classification classification(PlanElement e) {
		Classification known = classification.get(e);
		if (known != null) {
			return known;
		}
		Classification c = e.getClassification();
		if (c == null || c == Classification.UNSPECIFIED) {
			c = e.eContainer() instanceof PlanElement parent ? classification(parent) : Classification.UNCLASSIFIED;
		}
		classification.put(e, c);
		return c;
	}

	/** The releasability in force for {@code e}: its own, else its container's; unspecified if none. */
	public Releasability releasability(PlanElement e) {
		Releasability known = releasability.get(e);
		if (known != null) {
			return known;
		}
		Releasability r = e.getReleasability();
		if (r == null || r == Releasability.UNSPECIFIED) {
			r = e.eContainer() instanceof PlanElement parent
					&& classification(e).getValue() <= classification(parent).getValue() ? releasability(parent)
							: Releasability.UNSPECIFIED;
		}
		releasability.put(e, r);
		return r;
	}

	static boolean isClassified(Classification c) {
		return c != Classification.UNSPECIFIED && c != Classification.UNCLASSIFIED;
	}
}
