package org.allianceplanner.model.edit.internal.spec;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.provider.AnnexItemItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a AnnexItem by its identifier and heading (see {@link GuidelinesLabels}). */
public class AnnexItemItemProviderSpec extends AnnexItemItemProvider {

	public AnnexItemItemProviderSpec(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return GuidelinesLabels.label((GuidelinesElement) object);
	}
}
