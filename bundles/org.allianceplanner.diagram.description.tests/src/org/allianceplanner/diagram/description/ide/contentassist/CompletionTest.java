package org.allianceplanner.diagram.description.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.allianceplanner.diagram.description.ide.ViewpointIdeSetup;
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
 * Content assist through the generic IDE services (the path the language server takes): classes of
 * the plan metamodel after 'domain', the features of the type reached so far in a navigation, the
 * words of the enum compared against.
 */
class CompletionTest {

	private static final String DESCRIPTION = """
			viewpoint V {
				diagram D {
					domain PlanModel
					default layer Main {
						node Task {
							domain Task
							candidates self.plans.tasks
							<|>
						}
					}
				}
			}
			""";

	private static Injector injector;
	private static ExecutorService pool;

	@BeforeAll
	static void setUp() {
		injector = new ViewpointIdeSetup().createInjectorAndDoEMFRegistration();
		pool = Executors.newCachedThreadPool();
	}

	@AfterAll
	static void tearDown() {
		pool.shutdown();
	}

	private List<String> proposals(String textWithCursor) throws Exception {
		int offset = textWithCursor.indexOf("<|>");
		String text = textWithCursor.replace("<|>", "");
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/t.viewpoint"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<String> result = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			result.add(entry.getProposal());
		}
		return result;
	}

	@Test
	void classesOfThePlanMetamodelAreProposedAfterDomain() throws Exception {
		List<String> proposals = proposals(DESCRIPTION.replace("domain Task", "domain <|>"));
		assertTrue(proposals.contains("Task"), proposals.toString());
		assertTrue(proposals.contains("ReadinessStage"), proposals.toString());
		assertTrue(proposals.contains("Clause"), proposals.toString());
	}

	@Test
	void theFeaturesOfTheTypeReachedSoFarAreProposed() throws Exception {
		List<String> proposals = proposals(DESCRIPTION.replace("<|>", "label self.t<|>"));
		assertTrue(proposals.contains("title"), proposals.toString());
		assertFalse(proposals.contains("tasks"), proposals.toString());
		List<String> afterAssignments = proposals(DESCRIPTION.replace("<|>", "where self.assignments.r<|>"));
		assertTrue(afterAssignments.contains("role"), afterAssignments.toString());
		assertFalse(afterAssignments.contains("readinessStages"), afterAssignments.toString());
		List<String> afterDot = proposals(DESCRIPTION.replace("<|>", "label self.<|>"));
		assertTrue(afterDot.contains("assignments"), afterDot.toString());
		assertFalse(afterDot.contains("level"), afterDot.toString());
		List<String> inCandidates = proposals(DESCRIPTION.replace("candidates self.plans.tasks", "candidates self.<|>"));
		assertTrue(inCandidates.contains("plans"), "candidates start at the diagram's PlanModel: " + inCandidates);
	}

	@Test
	void theWordsOfTheComparedEnumAreProposed() throws Exception {
		List<String> proposals = proposals(DESCRIPTION.replace("<|>", "where self.assignments.role == <|>"));
		assertTrue(proposals.contains("PRIMARY"), proposals.toString());
		assertTrue(proposals.contains("cooperation"), proposals.toString());
		assertFalse(proposals.contains("SECRET"), proposals.toString());
	}
}
