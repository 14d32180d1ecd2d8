package org.allianceplanner.dsl.ide.symbol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;

/**
 * Every named plan element of a workspace, from the index the language server keeps (no file is loaded):
 * what Open Plan Element and the search for plan elements choose from. Guidelines clauses of the built-in
 * library are not plan elements and are left out.
 */
public final class WorkspacePlanElements {

	private WorkspacePlanElements() {
	}

	public static List<PlanElementEntry> of(IResourceDescriptions index) {
		List<PlanElementEntry> result = new ArrayList<>();
		Set<URI> seen = new HashSet<>();
		for (IResourceDescription resource : index.getAllResourceDescriptions()) {
			for (IEObjectDescription exported : resource.getExportedObjects()) {
				PlanElementEntry entry = entry(exported);
				// An element exported under several names is listed once, under the first.
				if (entry != null && seen.add(exported.getEObjectURI())) {
					result.add(entry);
				}
			}
		}
		return result;
	}

	private static PlanElementEntry entry(IEObjectDescription exported) {
		PlanSymbolKinds kind = PlanSymbolKinds.of(exported.getEClass());
		QualifiedName name = exported.getName();
		if (kind == null || kind == PlanSymbolKinds.PACKAGE || name == null || name.getSegmentCount() == 0) {
			return null;
		}
		String qualifier = name.getSegmentCount() > 1 ? name.skipLast(1).toString() : "";
		return new PlanElementEntry(name.getLastSegment(), qualifier, kind,
				exported.getEObjectURI().trimFragment().toString(), exported.getEObjectURI().fragment());
	}
}
