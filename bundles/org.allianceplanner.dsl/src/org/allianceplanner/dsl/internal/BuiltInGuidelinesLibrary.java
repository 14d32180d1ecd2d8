package org.allianceplanner.dsl.internal;

import java.util.List;

import org.allianceplanner.dsl.scoping.GuidelinesLibrary;
import org.allianceplanner.model.guidelines.GuidelinesElement;

import com.google.inject.Singleton;

/** The built-in Guidelines library of the model bundle, as the plan language's scope needs it. */
@Singleton
public class BuiltInGuidelinesLibrary implements GuidelinesLibrary {

	@Override
	public List<GuidelinesElement> elements() {
		return List.of(); // TEMPORARY until the model bundle's library API lands
	}
}
