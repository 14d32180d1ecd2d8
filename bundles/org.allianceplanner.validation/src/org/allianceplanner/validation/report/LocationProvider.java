package org.allianceplanner.validation.report;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Tells where an element (and one of its features) is written. The Xtext language implements it with its node
 * model, so that this bundle stays free of Xtext; {@link #RESOURCE_ONLY} knows only the file.
 */
@FunctionalInterface
public interface LocationProvider {

	/** The location of {@code element}, narrowed to {@code feature} when not null. */
	SourceLocation locate(EObject element, EStructuralFeature feature);

	/** Knows the file of an element (from its resource) and no line. */
	LocationProvider RESOURCE_ONLY = (element, feature) -> new SourceLocation(fileOf(element), 0, 0);

	/** The file path of an element's resource (a file URI's path, otherwise the URI), or {@code <unknown>}. */
	static String fileOf(EObject element) {
		if (element == null || element.eResource() == null || element.eResource().getURI() == null) {
			return "<unknown>";
		}
		URI uri = element.eResource().getURI();
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}
}
