package org.allianceplanner.dsl.ide.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.dsl.ide.AllianceIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The document symbols the language server answers textDocument/documentSymbol with (the service the
 * server uses for clients with hierarchical symbol support): short names, the title and kind as detail,
 * one symbol kind per plan element kind.
 */
class DocumentSymbolsTest {

	private static final String PLAN = """
			package jpus.test
			party JASDF "Japan Air Self-Defense Force" : Air Self-Defense Force for Japan
			area HomeIslands "Japanese territory" : Japanese territory
			bilateral coordination mechanism BCM {
				involves JASDF
			}
			bilateral defense plan AirDefense "Air defense" {
				readiness stage Stage1 "Increased readiness" level 1 when armed attack imminent
				common procedure Fratricide : prevention of fratricide
				task CounterAir "Operations to counter air attack" : air defense {
					JASDF primary responsibility
				}
				milestone Review reports to SCC
			}
			""";

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new AllianceIdeSetup().createInjectorAndDoEMFRegistration();
	}

	/** The symbols in the file's package (the one top-level symbol). */
	private static List<DocumentSymbol> symbols(String text) throws Exception {
		List<DocumentSymbol> top = fileSymbols(text);
		assertEquals(1, top.size());
		assertEquals("jpus.test", top.get(0).getName(), "a package is named in full");
		assertKind(PlanSymbolKinds.PACKAGE, top.get(0));
		return top.get(0).getChildren();
	}

	private static List<DocumentSymbol> fileSymbols(String text) throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/s.alliance"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return injector.getInstance(HierarchicalDocumentSymbolService.class).getSymbols(resource,
				CancelIndicator.NullImpl);
	}

	private static DocumentSymbol named(List<DocumentSymbol> list, String name) {
		for (DocumentSymbol symbol : list) {
			if (symbol.getName().equals(name)) {
				return symbol;
			}
		}
		throw new AssertionError(name + " is not among " + list.stream().map(DocumentSymbol::getName).toList());
	}

	@Test
	void namesAreShortNotQualified() throws Exception {
		List<DocumentSymbol> top = symbols(PLAN);
		assertEquals(List.of("JASDF", "HomeIslands", "BCM", "AirDefense"),
				top.stream().map(DocumentSymbol::getName).toList());
		DocumentSymbol plan = named(top, "AirDefense");
		assertEquals(List.of("Stage1", "Fratricide", "CounterAir", "Review"),
				plan.getChildren().stream().map(DocumentSymbol::getName).toList());
	}

	@Test
	void detailIsTheTitleAndTheKindInThePlansWords() throws Exception {
		List<DocumentSymbol> top = symbols(PLAN);
		DocumentSymbol task = named(named(top, "AirDefense").getChildren(), "CounterAir");
		assertEquals("Operations to counter air attack : air defense", task.getDetail());
		assertEquals("air defense", PlanSymbolDetailsProvider.kindOf(task.getDetail()));
		assertEquals("Operations to counter air attack", PlanSymbolDetailsProvider.titleOf(task.getDetail()));
		assertEquals("Air defense", named(top, "AirDefense").getDetail());
		assertEquals(" : prevention of fratricide",
				named(named(top, "AirDefense").getChildren(), "Fratricide").getDetail());
	}

	@Test
	void eachPlanElementKindHasItsOwnSymbolKind() throws Exception {
		List<DocumentSymbol> top = symbols(PLAN);
		List<DocumentSymbol> inPlan = named(top, "AirDefense").getChildren();
		assertKind(PlanSymbolKinds.PARTY, named(top, "JASDF"));
		assertKind(PlanSymbolKinds.AREA, named(top, "HomeIslands"));
		assertKind(PlanSymbolKinds.MECHANISM, named(top, "BCM"));
		assertKind(PlanSymbolKinds.PLAN, named(top, "AirDefense"));
		assertKind(PlanSymbolKinds.READINESS_STAGE, named(inPlan, "Stage1"));
		assertKind(PlanSymbolKinds.COMMON_PROCEDURE, named(inPlan, "Fratricide"));
		assertKind(PlanSymbolKinds.TASK, named(inPlan, "CounterAir"));
		assertKind(PlanSymbolKinds.MILESTONE, named(inPlan, "Review"));
		assertEquals(PlanSymbolKinds.values().length,
				java.util.Arrays.stream(PlanSymbolKinds.values()).map(PlanSymbolKinds::symbolKind).distinct().count(),
				"no two plan element kinds share a symbol kind");
	}

	private static void assertKind(PlanSymbolKinds expected, DocumentSymbol symbol) {
		SymbolKind kind = symbol.getKind();
		assertNotNull(kind);
		assertEquals(expected, PlanSymbolKinds.of(kind), symbol.getName() + " is a " + expected.word());
	}
}
