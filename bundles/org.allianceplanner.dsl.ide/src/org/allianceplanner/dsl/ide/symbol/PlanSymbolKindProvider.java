package org.allianceplanner.dsl.ide.symbol;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/** Symbol kinds by plan element kind ({@link PlanSymbolKinds}); Xtext's default for anything else. */
public class PlanSymbolKindProvider extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass eClass) {
		PlanSymbolKinds kind = PlanSymbolKinds.of(eClass);
		return kind != null ? kind.symbolKind() : super.getSymbolKind(eClass);
	}
}
