package org.allianceplanner.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.allianceplanner.model.guidelines.AnnexField;
import org.allianceplanner.model.guidelines.AnnexFunction;
import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.ClauseLevel;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.SupportField;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class GuidelinesLibraryTest {

	private final GuidelinesLibrary library = GuidelinesLibrary.getDefault();

	/** The document's own numbering, in order (sections I-VII and every numbered clause). */
	private static final List<String> CLAUSES = List.of("I", "II", "II.1", "II.2", "II.3", "II.4", "III", "III.1", "III.2",
			"III.3", "IV", "IV.1", "IV.2", "IV.2(1)", "IV.2(1)a", "IV.2(1)b", "IV.2(1)c", "IV.2(2)", "IV.2(2)a", "IV.2(2)b",
			"IV.2(2)c", "IV.2(2)d", "IV.2(2)d.i", "IV.2(2)d.ii", "IV.2(3)", "IV.2(3)a", "IV.2(3)b", "IV.2(3)c", "IV.2(3)d",
			"IV.2(3)e", "IV.2(3)e.i", "IV.2(3)e.ii", "IV.2(3)e.iii", "IV.2(3)e.iv", "IV.2(3)e.v", "V", "V.1", "V.2", "V.2(1)",
			"V.2(1)a", "V.2(1)b", "V.2(1)c", "V.2(1)d", "V.2(2)", "V.2(2)a", "V.2(2)b", "V.2(3)", "VI", "VI.1", "VI.1(1)",
			"VI.1(2)", "VI.1(3)", "VI.2", "VII");

	@Test
	void clauseIdentifiersFollowTheDocumentsNumbering() {
		assertEquals(CLAUSES, library.getClauseIdentifiers());
	}

	@Test
	void everyNumberedHeadingOfTheSourceIsAClauseInOrder() throws IOException {
		List<SourceText.Heading> headings = SourceText.read().headings();
		List<String> ids = library.getClauseIdentifiers();
		assertEquals(headings.size(), ids.size(), "numbered lines in the source vs clauses in the library");
		for (int i = 0; i < headings.size(); i++) {
			SourceText.Heading heading = headings.get(i);
			Clause clause = library.findClause(ids.get(i)).orElseThrow();
			assertEquals(heading.number(), clause.getNumber(), "line " + heading.line());
			String content = clause.getTitle() != null ? clause.getTitle() : clause.getText();
			assertTrue(content.startsWith(heading.rest()), "line " + heading.line() + ": " + clause.getName() + " does not start with: " + heading.rest());
		}
	}

	@Test
	void clauseTextsAreCompleteAndInOrder() throws IOException {
		List<String> expected = SourceText.read().bodyWords();
		List<String> actual = new java.util.ArrayList<>();
		for (String id : library.getClauseIdentifiers()) {
			Clause clause = library.findClause(id).orElseThrow();
			SourceText.addWords(actual, clause.getTitle());
			SourceText.addWords(actual, clause.getText());
		}
		assertEquals(expected.size(), actual.size(), "number of words");
		assertEquals(expected, actual);
	}

	@Test
	void pageBreaksInsideParagraphsAreJoined() {
		String text = library.findClause("IV.2(3)e.iii").orElseThrow().getText();
		assertTrue(text.contains("Japan will also support U.S. Forces' requirement for salvage and recovery."), text);
		assertFalse(text.contains("\n"), "one paragraph: " + text);
		String iv21b = library.findClause("IV.2(1)b").orElseThrow().getText();
		assertTrue(iv21b.contains("The Self-Defense Forces will primarily conduct defensive operations"), iv21b);
	}

	@Test
	void paragraphsAreSeparatedByABlankLine() {
		String text = library.findClause("III").orElseThrow().getText();
		assertEquals(3, text.split("\n\n").length, text);
	}

	@Test
	void everyAnnexItemOfTheSourceIsPresentInOrder() throws IOException {
		List<String> expected = SourceText.read().annexItems();
		List<String> actual = library.getAnnexItemIdentifiers().stream()
				.map(id -> library.find(id).orElseThrow().getText())
				.toList();
		assertEquals(40, expected.size(), "items in the source table");
		assertEquals(expected, actual);
	}

	@Test
	void annexFunctionsAndFieldsCarryTheirClauses() {
		AnnexFunction support = (AnnexFunction) library.find("Annex.2").orElseThrow();
		assertEquals("Japan's support for U.S. Forces activities", support.getTitle());
		assertEquals("V.2(2)", support.getClause().getName());
		AnnexField rearArea = (AnnexField) library.find("Annex.2.b").orElseThrow();
		assertEquals("Rear area support", rearArea.getTitle());
		assertEquals("V.2(2)b", rearArea.getClause().getName());
		assertEquals(List.of("Supply", "Transportation", "Maintenance", "Medical services", "Security", "Communications", "Others"),
				rearArea.getFields().stream().map(AnnexField::getTitle).toList());
		AnnexField supply = rearArea.getFields().get(0);
		assertEquals("Annex.2.b.i", supply.getName());
		assertTrue(supply.isSetSupportField());
		assertEquals(SupportField.SUPPLY, supply.getSupportField());
		assertTrue(supply.getItems().get(0).getText().startsWith("Provision of materials (except weapons and ammunition) and POL"));
		AnnexField minesweeping = (AnnexField) library.find("Annex.3.b").orElseThrow();
		assertEquals("Minesweeping", minesweeping.getTitle());
		assertEquals("V.2(3)", minesweeping.getClause().getName());
		assertFalse(minesweeping.isSetSupportField());
		assertEquals("V.2(1)d", ((AnnexField) library.find("Annex.1.d").orElseThrow()).getClause().getName());
	}

	@Test
	void documentHasTitleDateAndBodies() {
		assertEquals("THE GUIDELINES FOR JAPAN-U.S. DEFENSE COOPERATION", library.getDocument().getTitle());
		assertEquals("1997-09-23", library.getDocument().getDate());
		assertEquals(List.of(BodyKind.SCC, BodyKind.SSC, BodyKind.SDC),
				library.getDocument().getBodies().stream().map(b -> b.getKind()).toList());
		assertEquals("Security Sub-Committee", library.find("SSC").orElseThrow().getTitle());
	}

	@Test
	void clauseLevelsAndNumbers() {
		Clause clause = library.findClause("IV.2(3)e.iv").orElseThrow();
		assertEquals(ClauseLevel.SUB_PARAGRAPH, clause.getLevel());
		assertEquals("iv", clause.getNumber());
		assertEquals("Facilities", clause.getTitle());
		assertEquals("IV.2(3)e", clause.getParent().getName());
		assertEquals(ClauseLevel.SECTION, library.findClause("VII").orElseThrow().getLevel());
		assertEquals(ClauseLevel.SUB_ITEM, library.findClause("VI.1(3)").orElseThrow().getLevel());
		assertTrue(library.findClause("II.2").orElseThrow().getText().contains("three non-nuclear principles"));
	}

	@Test
	void identifiersAreUniqueAndEveryElementHasContent() {
		List<GuidelinesElement> elements = library.getElements();
		long all = countElements();
		assertEquals(all, elements.size(), "an identifier is used twice");
		for (GuidelinesElement element : elements) {
			assertTrue(element.getTitle() != null || element.getText() != null, element.getName());
		}
	}

	private long countElements() {
		long count = 0;
		for (var it = library.getDocument().eAllContents(); it.hasNext();) {
			if (it.next() instanceof GuidelinesElement) {
				count++;
			}
		}
		return count;
	}

	@Test
	void unknownIdentifierIsEmpty() {
		assertEquals(Optional.empty(), library.find("IV.9"));
		assertEquals(Optional.empty(), library.findClause("Annex.1"));
	}

	@Test
	void clausesAreAddressedByUriWithoutOsgi() {
		ResourceSet resourceSet = new ResourceSetImpl();
		GuidelinesLibrary.register(resourceSet);
		EObject object = resourceSet.getEObject(URI.createURI("guidelines:/1997#IV.2(3)e.iv"), true);
		assertNotNull(object);
		assertEquals("Facilities", ((Clause) object).getTitle());
		assertEquals(GuidelinesLibrary.uriOf("IV.2(3)e.iv"), EcoreUtil.getURI(object));
		EObject item = resourceSet.getEObject(GuidelinesLibrary.uriOf("Annex.2.b.i.1"), true);
		assertTrue(((GuidelinesElement) item).getText().contains("POL"));
		assertSame(GuidelinesLibrary.load(resourceSet).getDocument(), object.eResource().getContents().get(0),
				"the library is loaded once per resource set");
	}

	@Test
	void libraryIsReadOnly() {
		Resource resource = library.getDocument().eResource();
		assertThrows(IOException.class, () -> resource.save(new ByteArrayOutputStream(), null));
	}
}
