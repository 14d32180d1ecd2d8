package org.allianceplanner.dsl.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.allianceplanner.dsl.conversion.Phrases;
import org.allianceplanner.dsl.ide.AllianceIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Content assist through the generic IDE services (the same path the language server takes):
 * parties where a task assigns roles, readiness stages after "during", clause identifiers after
 * "implements", whole phrases where an enumeration value goes (task kinds, party kinds, ...), each
 * element once under its shortest name, local elements before imported ones before keywords.
 */
class CompletionTest {

	private static final String PLAN = """
			package jpus.test
			party JASDF: Air Self-Defense Force for Japan
			party USFJ: U.S. Forces for United States
			bilateral defense plan P {
				readiness stage Vigilance level 1 when armed attack imminent
				readiness stage Engagement level 2 when armed attack
				task T: air defense {
					<|>
				}
			}
			""";

	private static Injector injector;
	private static ExecutorService pool;

	@BeforeAll
	static void setUp() {
		injector = new AllianceIdeSetup().createInjectorAndDoEMFRegistration();
		pool = Executors.newCachedThreadPool();
	}

	@AfterAll
	static void tearDown() {
		pool.shutdown();
	}

	private List<String> proposals(String textWithCursor, String... otherFiles) throws Exception {
		List<String> result = new ArrayList<>();
		for (ContentAssistEntry entry : entries(textWithCursor, otherFiles)) {
			result.add(entry.getProposal());
		}
		return result;
	}

	private List<ContentAssistEntry> entries(String textWithCursor, String... otherFiles) throws Exception {
		int offset = textWithCursor.indexOf("<|>");
		String text = textWithCursor.replace("<|>", "");
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		for (int i = 0; i < otherFiles.length; i++) {
			XtextResource other = (XtextResource) resourceSet.createResource(URI.createURI("memory:/o" + i + ".alliance"));
			other.load(new ByteArrayInputStream(otherFiles[i].getBytes(StandardCharsets.UTF_8)), null);
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/t.alliance"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> result = new ArrayList<>();
		acceptor.getEntries().forEach(result::add);
		return result;
	}

	@Test
	void partiesAreProposedWhereATaskAssignsRoles() throws Exception {
		List<String> proposals = proposals(PLAN);
		assertTrue(proposals.contains("JASDF"), proposals.toString());
		assertTrue(proposals.contains("USFJ"), proposals.toString());
		assertTrue(proposals.contains("during"), proposals.toString());
		assertFalse(proposals.contains("Vigilance"), proposals.toString());
	}

	@Test
	void theWordsOfTheLanguageAreNotProposedAsNames() throws Exception {
		List<String> inTask = proposals(PLAN);
		assertFalse(inTask.contains("Treaty"), inTask.toString());
		assertFalse(inTask.contains("Defense"), inTask.toString());
		List<String> afterParty = proposals(PLAN.replace("<|>", "") + "party <|>");
		assertFalse(afterParty.contains("Defense"), afterParty.toString());
		assertFalse(afterParty.contains("party"), afterParty.toString());
	}

	@Test
	void readinessStagesAreProposedAfterDuring() throws Exception {
		List<String> proposals = proposals(PLAN.replace("<|>", "during <|>"));
		assertTrue(proposals.contains("Vigilance"), proposals.toString());
		assertTrue(proposals.contains("Engagement"), proposals.toString());
		assertFalse(proposals.contains("JASDF"), proposals.toString());
	}

	@Test
	void clauseIdentifiersAreProposedAfterImplements() throws Exception {
		List<String> proposals = proposals(PLAN.replace("<|>", "implements <|>"));
		assertTrue(proposals.contains("IV.2(2)a"), proposals.toString());
		assertTrue(proposals.contains("VI.1(3)"), proposals.toString());
		assertTrue(proposals.contains("Annex.2.b.i.1"), proposals.toString());
		assertFalse(proposals.contains("JASDF"), proposals.toString());
	}

	@Test
	void clauseProposalsCarryTheirHeading() throws Exception {
		String text = PLAN.replace("<|>", "implements IV.2(2)<|>");
		List<ContentAssistEntry> entries = entries(text);
		ContentAssistEntry airDefense = entries.stream().filter(e -> "IV.2(2)a".equals(e.getProposal())).findFirst()
				.orElseThrow();
		assertTrue("Operations to Counter Air Attack against Japan".equals(airDefense.getDescription()),
				airDefense.getDescription());
		assertTrue(airDefense.getDocumentation().startsWith("U.S. Forces and the Self-Defense Forces"),
				airDefense.getDocumentation());
	}

	@Test
	void clauseIdentifiersAreFilteredByWhatIsTyped() throws Exception {
		List<String> proposals = proposals(PLAN.replace("<|>", "implements IV.2(3)e<|>"));
		assertTrue(proposals.contains("IV.2(3)e.iv"), proposals.toString());
		assertFalse(proposals.contains("V.2(1)a"), proposals.toString());
	}

	private static final String CATALOGUE = """
			package jpus.catalogue
			party JMSDF: Maritime Self-Defense Force for Japan
			party SeventhFleet: U.S. maritime forces for United States
			""";

	private static final String IMPORTING_PLAN = """
			package jpus.plan
			import jpus.catalogue.*
			party LocalPolice: local government agency for Japan
			bilateral defense plan P {
				task T: sea defense {
					<|>
				}
			}
			""";

	private static List<String> labels(List<ContentAssistEntry> entries) {
		return entries.stream().map(ContentAssistEntry::getProposal).toList();
	}

	@Test
	void everyTaskKindIsProposedAfterATasksColon() throws Exception {
		List<String> proposals = proposals(PLAN.replace("<|>", "") + "bilateral defense plan Q { task X \"title\": <|> }");
		for (String kind : Phrases.byRule().get("TaskKind").values()) {
			assertTrue(proposals.contains(kind), kind + " missing from " + proposals);
		}
		assertEquals(37, Phrases.byRule().get("TaskKind").size());
		assertFalse(proposals.contains("air"), "a single word of a phrase is not a proposal: " + proposals);
		assertFalse(proposals.contains("protection"), proposals.toString());
	}

	@Test
	void aTaskKindsProposalSaysWhatItIsAndItsGuidelinesClause() throws Exception {
		List<ContentAssistEntry> entries = entries(PLAN.replace("task T: air defense", "task T: <|>"));
		ContentAssistEntry ports = entries.stream().filter(e -> "protection of ports and straits".equals(e.getProposal()))
				.findFirst().orElseThrow(() -> new AssertionError(labels(entries)));
		assertEquals("Protection of major ports and straits in Japan (IV.2(2)b).", ports.getDescription());
		ContentAssistEntry rear = entries.stream().filter(e -> "rear area support".equals(e.getProposal())).findFirst()
				.orElseThrow();
		assertTrue(rear.getDescription().contains("V.2(2)b"), rear.getDescription());
	}

	@Test
	void aPhraseBegunIsCompletedAsAWhole() throws Exception {
		List<ContentAssistEntry> entries = entries(PLAN.replace("task T: air defense", "task T: rear ar<|>"));
		ContentAssistEntry rear = entries.stream().filter(e -> "rear area support".equals(e.getProposal())).findFirst()
				.orElseThrow(() -> new AssertionError(labels(entries)));
		assertEquals("rear ar", rear.getPrefix(), "the proposal replaces the words typed so far");
		assertFalse(labels(entries).contains("air defense"), labels(entries).toString());
	}

	@Test
	void everyEnumerationPositionProposesItsPhrases() throws Exception {
		String base = PLAN.replace("<|>", "");
		assertProposesAll("PartyKind", proposals(base + "party X: <|>"));
		assertProposesAll("AreaKind", proposals(base + "area X: <|>"));
		assertProposesAll("SupplyCategory", proposals(base + "supply X: <|>"));
		assertProposesAll("LegalBasisKind", proposals(base + "legal basis X: <|>"));
		assertProposesAll("RoleKind", proposals(PLAN.replace("<|>", "JASDF <|>")));
		assertProposesAll("Government", proposals(base + "party X: private sector for <|>"));
	}

	private static void assertProposesAll(String rule, List<String> proposals) {
		for (String phrase : Phrases.byRule().get(rule).values()) {
			assertTrue(proposals.contains(phrase), rule + ": " + phrase + " missing from " + proposals);
		}
	}

	@Test
	void eachElementIsProposedOnceUnderItsShortestName() throws Exception {
		List<String> proposals = proposals(IMPORTING_PLAN, CATALOGUE);
		assertTrue(proposals.contains("JMSDF"), proposals.toString());
		assertFalse(proposals.contains("jpus.catalogue.JMSDF"), proposals.toString());
		assertEquals(1, proposals.stream().filter("JMSDF"::equals).count(), proposals.toString());
	}

	@Test
	void aNameThatDoesNotResolveShortIsProposedQualified() throws Exception {
		List<String> proposals = proposals(IMPORTING_PLAN.replace("import jpus.catalogue.*", ""), CATALOGUE);
		assertTrue(proposals.contains("jpus.catalogue.JMSDF"), proposals.toString());
		assertFalse(proposals.contains("JMSDF"), proposals.toString());
	}

	@Test
	void localNamesComeBeforeImportedOnesBeforeKeywords() throws Exception {
		List<String> proposals = proposals(IMPORTING_PLAN, CATALOGUE);
		int local = proposals.indexOf("LocalPolice");
		int imported = proposals.indexOf("SeventhFleet");
		int keyword = proposals.indexOf("during");
		assertTrue(local >= 0 && imported >= 0 && keyword >= 0, proposals.toString());
		assertTrue(local < imported, proposals.toString());
		assertTrue(imported < keyword, proposals.toString());
	}
}
