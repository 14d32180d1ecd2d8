package org.allianceplanner.dsl.ide.symbol;

import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/**
 * Document symbols carry the element's own name ("Stage1"), not its qualified name
 * ("jpus.AirDefense.Stage1"): the outline shows the nesting already. Workspace symbols (from the
 * index) keep the qualified name, which tells elements of different packages apart.
 */
public class PlanSymbolNameProvider extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		String qualified = super.getName(object);
		if (qualified == null || object instanceof PlanModel) {
			return qualified; // a package is named in full
		}
		int dot = qualified.lastIndexOf('.');
		return dot < 0 ? qualified : qualified.substring(dot + 1);
	}
}
