package org.allianceplanner.model.internal.library;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** Creates the built-in library resource for {@code guidelines:} URIs (registered in plugin.xml and by GuidelinesLibrary). */
public final class GuidelinesResourceFactory implements Resource.Factory {

	@Override
	public Resource createResource(URI uri) {
		return new GuidelinesResource(uri);
	}
}
