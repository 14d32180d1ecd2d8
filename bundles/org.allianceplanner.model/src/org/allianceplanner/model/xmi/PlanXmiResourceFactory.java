package org.allianceplanner.model.xmi;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates XMI resources for plan models ({@code *.planxmi}) whose default load options refuse
 * DOCTYPE declarations and external entities, and whose save options write UTF-8 with stable,
 * human-readable formatting.
 */
public class PlanXmiResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		XMIResourceImpl resource = new XMIResourceImpl(uri);
		resource.getDefaultLoadOptions().putAll(PlanXmi.loadOptions());
		resource.getDefaultSaveOptions().putAll(PlanXmi.saveOptions());
		resource.setEncoding("UTF-8");
		return (XMLResource) resource;
	}
}
