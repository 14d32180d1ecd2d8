package org.allianceplanner.model.edit;

import org.allianceplanner.model.edit.internal.spec.AnnexFieldItemProviderSpec;
import org.allianceplanner.model.edit.internal.spec.AnnexFunctionItemProviderSpec;
import org.allianceplanner.model.edit.internal.spec.AnnexItemItemProviderSpec;
import org.allianceplanner.model.edit.internal.spec.BodyItemProviderSpec;
import org.allianceplanner.model.edit.internal.spec.ClauseItemProviderSpec;
import org.allianceplanner.model.guidelines.provider.GuidelinesItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;

/**
 * The item providers of the Guidelines, labelled the way readers cite the document:
 * "IV.2(2)a Operations to Counter Air Attack against Japan" rather than "Clause IV.2(2)a".
 */
public class GuidelinesLabelsAdapterFactory extends GuidelinesItemProviderAdapterFactory {

	@Override
	public Adapter createClauseAdapter() {
		if (clauseItemProvider == null) {
			clauseItemProvider = new ClauseItemProviderSpec(this);
		}
		return clauseItemProvider;
	}

	@Override
	public Adapter createAnnexFunctionAdapter() {
		if (annexFunctionItemProvider == null) {
			annexFunctionItemProvider = new AnnexFunctionItemProviderSpec(this);
		}
		return annexFunctionItemProvider;
	}

	@Override
	public Adapter createAnnexFieldAdapter() {
		if (annexFieldItemProvider == null) {
			annexFieldItemProvider = new AnnexFieldItemProviderSpec(this);
		}
		return annexFieldItemProvider;
	}

	@Override
	public Adapter createAnnexItemAdapter() {
		if (annexItemItemProvider == null) {
			annexItemItemProvider = new AnnexItemItemProviderSpec(this);
		}
		return annexItemItemProvider;
	}

	@Override
	public Adapter createBodyAdapter() {
		if (bodyItemProvider == null) {
			bodyItemProvider = new BodyItemProviderSpec(this);
		}
		return bodyItemProvider;
	}
}
