package org.allianceplanner.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.dsl.conversion.Phrases;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion as an editor receives it from the plan language server that {@code alliance lsp} runs: task kinds
 * and other phrases with their descriptions, each element once under its shortest name, local elements first.
 */
class LanguageServerCompletionTest {

	private static final String CATALOGUE = """
			package demo.catalogue
			party JASDF "Japan Air Self-Defense Force": Air Self-Defense Force for Japan
			party FifthAirForce "Fifth Air Force": U.S. air forces for United States
			""";

	private static final String PLAN = """
			package demo.plan
			import demo.catalogue.*
			party Prefecture: local government agency for Japan
			bilateral defense plan Demo "Demo plan" {
				task Ports "Protect the ports":\s
				task CounterAir "Counter air attack": air defense {
					JASDF primary responsibility
				\s
				}
			}
			""";

	@TempDir
	Path workspace;

	private InProcessLanguageServer server;
	private String uri;

	@BeforeEach
	void start() throws Exception {
		Files.writeString(workspace.resolve("catalogue.alliance"), CATALOGUE, StandardCharsets.UTF_8);
		server = new InProcessLanguageServer(workspace);
		uri = server.open(workspace.resolve("plan.alliance"), PLAN);
	}

	@AfterEach
	void stop() throws Exception {
		server.shutdown();
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void everyTaskKindIsOfferedAfterATasksTitleAndColon() throws Exception {
		List<CompletionItem> items = server.completion(uri, 4, 33);
		List<String> labels = labels(items);
		for (String kind : Phrases.byRule().get("TaskKind").values()) {
			assertTrue(labels.contains(kind), kind + " missing from " + labels);
		}
		CompletionItem ports = items.stream().filter(i -> "protection of ports and straits".equals(i.getLabel()))
				.findFirst().orElseThrow();
		assertEquals("Protection of major ports and straits in Japan (IV.2(2)b).", ports.getDetail());
		TextEdit edit = ports.getTextEdit().getLeft();
		assertEquals("protection of ports and straits", edit.getNewText());
		assertEquals(edit.getRange().getStart(), edit.getRange().getEnd(), "nothing typed, nothing replaced");
	}

	@Test
	void aPhraseBegunIsReplacedByTheWholePhrase() throws Exception {
		String text = PLAN.replace("\"Protect the ports\": ", "\"Protect the ports\": protection of po");
		String begun = server.open(workspace.resolve("begun.alliance"), text);
		List<CompletionItem> items = server.completion(begun, 4, 33 + "protection of po".length());
		CompletionItem ports = items.stream().filter(i -> "protection of ports and straits".equals(i.getLabel()))
				.findFirst().orElseThrow(() -> new AssertionError(labels(items)));
		TextEdit edit = ports.getTextEdit().getLeft();
		assertEquals(33, edit.getRange().getStart().getCharacter(), edit.toString());
		assertFalse(labels(items).contains("protection of ships"), labels(items).toString());
	}

	@Test
	void partiesAreOfferedOnceLocalFirstThenImportedThenKeywords() throws Exception {
		List<String> labels = labels(server.completion(uri, 7, 2));
		assertEquals(1, labels.stream().filter("JASDF"::equals).count(), labels.toString());
		assertFalse(labels.contains("demo.catalogue.JASDF"), labels.toString());
		int local = labels.indexOf("Prefecture");
		int imported = labels.indexOf("FifthAirForce");
		int keyword = labels.indexOf("during");
		assertTrue(local >= 0 && imported > local && keyword > imported, labels.toString());
	}

	@Test
	void rolesAreOfferedAfterAParty() throws Exception {
		List<String> labels = labels(server.completion(uri, 6, 8));
		for (String role : Phrases.byRule().get("RoleKind").values()) {
			assertTrue(labels.contains(role), role + " missing from " + labels);
		}
	}
}
