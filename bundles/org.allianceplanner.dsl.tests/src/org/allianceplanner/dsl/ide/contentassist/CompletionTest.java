package org.allianceplanner.dsl.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * "implements".
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

	private List<String> proposals(String textWithCursor) throws Exception {
		List<String> result = new ArrayList<>();
		for (ContentAssistEntry entry : entries(textWithCursor)) {
			result.add(entry.getProposal());
		}
		return result;
	}

	private List<ContentAssistEntry> entries(String textWithCursor) throws Exception {
		int offset = textWithCursor.indexOf("<|>");
		String text = textWithCursor.replace("<|>", "");
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
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
}
