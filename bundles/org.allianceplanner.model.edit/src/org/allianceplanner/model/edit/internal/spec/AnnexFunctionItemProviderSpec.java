package org.allianceplanner.model.edit.internal.spec;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.provider.AnnexFunctionItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a AnnexFunction by its identifier and heading (see {@link GuidelinesLabels}). */
public class AnnexFunctionItemProviderSpec extends AnnexFunctionItemProvider {

	public AnnexFunctionItemProviderSpec(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return GuidelinesLabels.label((GuidelinesElement) object);
	}
}
