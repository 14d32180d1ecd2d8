package org.allianceplanner.diagram.glsp.internal;

import com.google.inject.Injector;

/**
 * The plan language's injector (with its IDE services, which the edit operations use), handed to the GLSP
 * session's injector in a holder: Guice does not bind the type {@code Injector} itself.
 */
public record PlanLanguage(Injector injector) {

	public <T> T get(Class<T> type) {
		return injector.getInstance(type);
	}
}
