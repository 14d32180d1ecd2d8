package org.allianceplanner.diagram.internal.layout;

import org.eclipse.elk.alg.common.compaction.options.PolyominoOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.ILayoutMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.labels.LabelManagementOptions;

/**
 * Registers ELK's layout meta data explicitly. On a plain class path ELK finds its providers through
 * {@link java.util.ServiceLoader}; inside OSGi the core bundle's class loader cannot see the algorithm bundles'
 * service files, so without this the layered algorithm would be unknown there.
 */
public final class ElkSetup {

	private static boolean done;

	private ElkSetup() {
	}

	/** Idempotent; cheap after the first call. */
	public static synchronized LayoutMetaDataService service() {
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		if (!done) {
			if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
				register(service, new LayeredMetaDataProvider());
			}
			if (service.getOptionData(PolyominoOptions.POLYOMINO_TRAVERSAL_STRATEGY.getId()) == null) {
				register(service, new PolyominoOptions());
			}
			if (service.getOptionData(LabelManagementOptions.LABEL_MANAGER.getId()) == null) {
				register(service, new LabelManagementOptions());
			}
			done = true;
		}
		return service;
	}

	private static void register(LayoutMetaDataService service, ILayoutMetaDataProvider provider) {
		service.registerLayoutMetaDataProviders(provider);
	}
}
