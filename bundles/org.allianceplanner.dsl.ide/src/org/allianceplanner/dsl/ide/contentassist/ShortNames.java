package org.allianceplanner.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * The names to offer for the elements of a scope: an element reachable under several names (its short name
 * through an import or its own package, and its qualified name through the index) is offered under its
 * shortest, so {@code JASDF} and not also {@code jpus.catalogue.JASDF}; an element reachable only by its
 * qualified name keeps it.
 */
final class ShortNames {

	private ShortNames() {
	}

	static List<IEObjectDescription> preferShort(Iterable<IEObjectDescription> candidates) {
		Map<URI, Integer> shortest = new HashMap<>();
		List<IEObjectDescription> all = new ArrayList<>();
		for (IEObjectDescription candidate : candidates) {
			all.add(candidate);
			shortest.merge(candidate.getEObjectURI(), candidate.getName().getSegmentCount(), Math::min);
		}
		List<IEObjectDescription> result = new ArrayList<>(all.size());
		for (IEObjectDescription candidate : all) {
			if (candidate.getName().getSegmentCount() == shortest.get(candidate.getEObjectURI())) {
				result.add(candidate);
			}
		}
		return result;
	}
}
