package org.allianceplanner.diagram.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built client as the hosts find it inside OSGi: the page, its script, its styles and their fonts. */
class WebClientTest {

	private static String read(String path) throws IOException {
		try (InputStream in = WebClient.open(path).orElseThrow(() -> new AssertionError("missing " + path))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void theBuildCarriesTheClient() {
		assertTrue(WebClient.available(), "web/diagram.html is not in the bundle");
		URL root = WebClient.root();
		assertTrue(root.toString().endsWith("/web/"), root.toString());
	}

	@Test
	void filesResolveAgainstTheRoot() throws IOException {
		URL script = new URL(WebClient.root(), "diagram.js");
		try (InputStream in = script.openStream()) {
			assertTrue(in.readAllBytes().length > 100_000, "diagram.js is too small to hold the GLSP client");
		}
	}

	@Test
	void thePageHasTheDiagramAndTheErrorBanner() throws IOException {
		String page = read(WebClient.PAGE);
		assertTrue(page.contains("id=\"alliance-diagram\""), page);
		assertTrue(page.contains("id=\"alliance-error\""), page);
	}

	@Test
	void theScriptSpeaksTheWireContract() throws IOException {
		String script = read("diagram.js");
		for (String kind : new String[] { "alliance-diagram", "allianceViewOptions", "allianceSetViewOptions",
				"hexagon", "rounded-rectangle", "lozenge", "label:edge", "/glsp?token=" }) {
			assertTrue(script.contains(kind), "diagram.js lacks " + kind);
		}
	}

	@Test
	void theStylesCarryTheirFontAndReferToNoOtherFile() throws IOException {
		// A separate font file would be a request without the token, which the server refuses.
		String css = read("diagram.css");
		assertTrue(css.contains("url(data:font/ttf;base64,"), "diagram.css lacks the palette's codicon font");
		Matcher url = Pattern.compile("url\\((?!\"?data:)([^)]*)\\)").matcher(css);
		if (url.find()) {
			throw new AssertionError("diagram.css refers to a file: " + url.group());
		}
	}

	@Test
	void thePageAsksForItsFilesWithTheToken() throws IOException {
		String page = read(WebClient.PAGE);
		assertTrue(page.contains("'diagram.css' + query") && page.contains("'diagram.js' + query"), page);
		assertTrue(page.contains("get('token')"), page);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../META-INF/MANIFEST.MF", "/web/diagram.html", "fonts/../../META-INF/MANIFEST.MF",
			"", "./diagram.html", "web\\diagram.js", "no-such-file.js" })
	void pathsOutsideTheFolderOrMissingFindNothing(String path) {
		assertTrue(WebClient.resource(path).isEmpty(), path);
		assertTrue(WebClient.open(path).isEmpty(), path);
	}

	@Test
	void contentTypesByExtension() {
		assertEquals("text/html; charset=utf-8", WebClient.contentType("diagram.html"));
		assertEquals("text/javascript; charset=utf-8", WebClient.contentType("diagram.js"));
		assertEquals("text/css; charset=utf-8", WebClient.contentType("diagram.css"));
		assertEquals("font/ttf", WebClient.contentType("font.ttf"));
	}
}
