package org.allianceplanner.dsl.internal;

import java.util.List;

import org.allianceplanner.dsl.scoping.GuidelinesLibrary;
import org.allianceplanner.model.guidelines.GuidelinesElement;

import com.google.inject.Singleton;

/**
 * The model bundle's built-in Guidelines (1997), shared read-only by every plan: it is parsed once per
 * process, and references from plans point at its elements ({@code guidelines:/1997#IV.2(2)a}).
 */
@Singleton
public class BuiltInGuidelinesLibrary implements GuidelinesLibrary {

	@Override
	public List<GuidelinesElement> elements() {
		return org.allianceplanner.model.library.GuidelinesLibrary.getDefault().getElements();
	}
}
