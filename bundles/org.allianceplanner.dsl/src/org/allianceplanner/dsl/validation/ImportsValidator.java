package org.allianceplanner.dsl.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.dsl.Messages;
import org.allianceplanner.dsl.linking.NearestNames;
import org.allianceplanner.model.plan.Import;
import org.allianceplanner.model.plan.PlanPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * An import names a package or element that some file of the project declares; a misspelt import
 * would otherwise only show up as every imported name being unknown.
 */
public class ImportsValidator extends AbstractDeclarativeValidator {

	/** Issue code of an import that matches nothing; the issue data are the nearest known names. */
	public static final String UNKNOWN_IMPORT = "org.allianceplanner.dsl.unknownImport";

	private static final int SUGGESTIONS = 3;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PlanPackage.eINSTANCE);
	}

	@Check
	public void checkImportMatchesADeclaration(Import anImport) {
		String namespace = anImport.getImportedNamespace();
		if (namespace == null || namespace.isEmpty()) {
			return;
		}
		boolean wildcard = namespace.endsWith(".*");
		QualifiedName imported = nameConverter
				.toQualifiedName(wildcard ? namespace.substring(0, namespace.length() - 2) : namespace);
		IResourceDescriptions index = indexProvider.getResourceDescriptions(anImport.eResource());
		Set<String> candidates = new LinkedHashSet<>();
		for (IEObjectDescription exported : index.getExportedObjects()) {
			QualifiedName name = exported.getName();
			if (wildcard ? name.getSegmentCount() > imported.getSegmentCount() && name.startsWith(imported)
					: name.equals(imported)) {
				return;
			}
			if (wildcard) {
				for (int length = 1; length < name.getSegmentCount(); length++) {
					candidates.add(nameConverter.toString(name.skipLast(name.getSegmentCount() - length)));
				}
			} else {
				candidates.add(nameConverter.toString(name));
			}
		}
		String shown = nameConverter.toString(imported);
		List<String> nearest = NearestNames.nearest(shown, candidates, SUGGESTIONS);
		error(Messages.unknownImport(shown, wildcard, nearest), anImport, PlanPackage.Literals.IMPORT__IMPORTED_NAMESPACE,
				UNKNOWN_IMPORT, nearest.toArray(String[]::new));
	}
}
