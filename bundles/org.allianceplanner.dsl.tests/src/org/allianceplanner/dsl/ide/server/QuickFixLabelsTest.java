package org.allianceplanner.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quick-fix labels write the bodies' names as the Guidelines and the plan do: "SCC and SDC" (issue 14, point 9). */
class QuickFixLabelsTest {

	@TempDir
	Path workspace;

	private InProcessLanguageServer server;

	@BeforeEach
	void start() throws Exception {
		server = new InProcessLanguageServer(workspace);
	}

	@AfterEach
	void stop() throws Exception {
		server.shutdown();
	}

	private List<String> fixesOf(String text, String rule) throws Exception {
		String uri = server.open(workspace.resolve("plan.alliance"), text);
		Diagnostic diagnostic = server.diagnostics(uri).stream()
				.filter(d -> d.getCode() != null && d.getCode().isLeft() && rule.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + rule));
		return server.fixTitles(uri, diagnostic);
	}

	@Test
	void aMilestonesFixNamesTheSccAndTheSdcAsWritten() throws Exception {
		List<String> fixes = fixesOf("bilateral defense plan P \"p\" {\n\tsituations armed attack\n\tmilestone Review \"r\"\n}\n",
				"PLAN-REPORTING");
		assertTrue(fixes.stream().anyMatch(f -> f.contains("SCC and SDC")), fixes.toString());
		assertTrue(fixes.stream().noneMatch(f -> f.contains("scc") || f.contains("sdc")), fixes.toString());
	}

	@Test
	void aMissingMilestonesFixNamesTheSccAndTheSdcAsWritten() throws Exception {
		List<String> fixes = fixesOf("bilateral defense plan P \"p\" {\n\tsituations armed attack\n}\n", "PLAN-REPORTING");
		assertTrue(fixes.stream().anyMatch(f -> f.contains("SCC and SDC")), fixes.toString());
		assertTrue(fixes.stream().noneMatch(f -> f.contains("scc") || f.contains("sdc")), fixes.toString());
	}
}
