package org.allianceplanner.model.edit.internal.spec;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.provider.ClauseItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a Clause by its identifier and heading (see {@link GuidelinesLabels}). */
public class ClauseItemProviderSpec extends ClauseItemProvider {

	public ClauseItemProviderSpec(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return GuidelinesLabels.label((GuidelinesElement) object);
	}
}
