package org.allianceplanner.model.edit.internal.spec;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.provider.BodyItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a Body by its identifier and heading (see {@link GuidelinesLabels}). */
public class BodyItemProviderSpec extends BodyItemProvider {

	public BodyItemProviderSpec(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return GuidelinesLabels.label((GuidelinesElement) object);
	}
}
