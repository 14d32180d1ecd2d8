package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The root pom's one list of library versions (used by this module and the Maven plugin) equals the target
 * platform's, which Tycho reads from the .target file: the command and the plugin run what the IDE runs.
 */
class VersionsMatchTargetTest {

	private static final Path ROOT = Path.of("../..");

	/** Property of the root pom for each artifact the plain Maven modules use. */
	private static final Map<String, String> PROPERTIES = Map.ofEntries(Map.entry("org.eclipse.emf.common", "emf.common.version"),
			Map.entry("org.eclipse.emf.ecore", "emf.ecore.version"), Map.entry("org.eclipse.emf.ecore.xmi", "emf.xmi.version"),
			Map.entry("org.eclipse.emf.ecore.change", "emf.change.version"), Map.entry("guice", "guice.version"),
			Map.entry("guava", "guava.version"), Map.entry("org.eclipse.lsp4j", "lsp4j.version"),
			Map.entry("org.eclipse.lsp4j.jsonrpc", "lsp4j.version"), Map.entry("freemarker", "freemarker.version"),
			Map.entry("openpdf", "openpdf.version"), Map.entry("poi-ooxml", "poi.version"),
			Map.entry("org.eclipse.elk.core", "elk.version"), Map.entry("org.eclipse.elk.alg.layered", "elk.version"),
			Map.entry("org.eclipse.xtext", "xtext.version"), Map.entry("org.eclipse.xtext.ide", "xtext.version"),
			Map.entry("org.eclipse.glsp.server", "glsp.version"), Map.entry("org.eclipse.glsp.graph", "glsp.version"),
			Map.entry("org.eclipse.glsp.server.websocket", "glsp.version"), Map.entry("jetty-server", "jetty.version"),
			Map.entry("jetty-ee10-websocket-jakarta-server", "jetty.version"),
			Map.entry("jetty-websocket-core-server", "jetty.version"),
			Map.entry("jakarta.websocket-api", "jakarta.websocket.version"),
			Map.entry("jakarta.websocket-client-api", "jakarta.websocket.version"),
			Map.entry("jakarta.servlet-api", "jakarta.servlet.version"), Map.entry("log4j-api", "log4j.version"),
			Map.entry("slf4j-api", "slf4j.version"), Map.entry("org.eclipse.lsp4j.websocket.jakarta", "lsp4j.version"));

	@Test
	void rootPomVersionsAreTheTargetPlatformVersions() throws IOException {
		String pom = Files.readString(ROOT.resolve("pom.xml"));
		String target;
		try (Stream<Path> files = Files.list(ROOT.resolve("releng/org.allianceplanner.target"))) {
			target = Files.readString(files.filter(p -> p.toString().endsWith(".target")).findFirst().orElseThrow());
		}
		PROPERTIES.forEach((artifact, property) -> {
			Matcher value = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
			assertNotNull(value.find() ? value.group(1) : null, "root pom property " + property);
			List<String> inTarget = versions(target, artifact);
			assertFalse(inTarget.isEmpty(), artifact + " is not in the target platform");
			for (String version : inTarget) {
				assertEquals(version, value.group(1), artifact + ": target platform and root pom (" + property + ")");
			}
		});
	}

	private static List<String> versions(String target, String artifact) {
		Matcher m = Pattern.compile("<artifactId>" + Pattern.quote(artifact) + "</artifactId>\\s*<version>([^<]+)</version>")
				.matcher(target);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}
}
