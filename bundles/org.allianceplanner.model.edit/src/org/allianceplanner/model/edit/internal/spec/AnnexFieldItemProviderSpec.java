package org.allianceplanner.model.edit.internal.spec;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.provider.AnnexFieldItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a AnnexField by its identifier and heading (see {@link GuidelinesLabels}). */
public class AnnexFieldItemProviderSpec extends AnnexFieldItemProvider {

	public AnnexFieldItemProviderSpec(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return GuidelinesLabels.label((GuidelinesElement) object);
	}
}
