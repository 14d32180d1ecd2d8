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
	void thePageLoadsTheScriptAndTheStyles() throws IOException {
		String page = read(WebClient.PAGE);
		assertTrue(page.contains("src=\"diagram.js\""), page);
		assertTrue(page.contains("href=\"diagram.css\""), page);
		assertTrue(page.contains("id=\"alliance-diagram\""), page);
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
	void everyFontTheStylesReferToIsShipped() throws IOException {
		String css = read("diagram.css");
		Matcher url = Pattern.compile("url\\(\"?\\./(fonts/[^)\"?#]+)").matcher(css);
		int fonts = 0;
		while (url.find()) {
			fonts++;
			assertTrue(WebClient.resource(url.group(1)).isPresent(), "diagram.css refers to missing " + url.group(1));
		}
		assertTrue(fonts > 0, "diagram.css refers to no font (the palette's codicons)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../META-INF/MANIFEST.MF", "/web/diagram.html", "fonts/../../META-INF/MANIFEST.MF",
			"", "./diagram.html", "fonts\\codicon.ttf", "no-such-file.js" })
	void pathsOutsideTheFolderOrMissingFindNothing(String path) {
		assertTrue(WebClient.resource(path).isEmpty(), path);
		assertTrue(WebClient.open(path).isEmpty(), path);
	}

	@Test
	void contentTypesByExtension() {
		assertEquals("text/html; charset=utf-8", WebClient.contentType("diagram.html"));
		assertEquals("text/javascript; charset=utf-8", WebClient.contentType("diagram.js"));
		assertEquals("text/css; charset=utf-8", WebClient.contentType("diagram.css"));
		assertEquals("font/ttf", WebClient.contentType("fonts/codicon.ttf"));
	}
}
