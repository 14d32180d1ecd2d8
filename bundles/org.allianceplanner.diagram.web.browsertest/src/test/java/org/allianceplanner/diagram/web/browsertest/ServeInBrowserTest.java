package org.allianceplanner.diagram.web.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alliance serve} on a copy of the examples, in a real headless browser (issue 13, point 5): a diagram
 * opens, a task created with the palette lands in the {@code .alliance} file, and no request goes through
 * without the token.
 */
class ServeInBrowserTest {

	private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/\\S+)");
	private static final Pattern TASK = Pattern.compile("(?m)^\\s*task\\s+(\\w+)");
	private static final String PLAN = "defense-of-japan.alliance";

	@TempDir
	static Path folder;
	private static ServeProcess serve;
	private static BrowserDriver browser;

	@BeforeAll
	static void serveACopyOfTheExamples() throws IOException {
		Path examples = Path.of(System.getProperty("alliance.examples", "../../examples"));
		try (Stream<Path> plans = Files.list(examples)) {
			for (Path plan : plans.filter(p -> p.toString().endsWith(".alliance")).toList()) {
				Files.copy(plan, folder.resolve(plan.getFileName()));
			}
		}
		browser = new BrowserDriver();
		serve = ServeProcess.start(folder);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (serve != null) {
			serve.close();
		}
	}

	/** The address printed for one diagram of one plan. */
	private static String pageOf(String plan, String diagram) throws InterruptedException {
		String line = serve.awaitLine(l -> URL.matcher(l).find() && l.contains(plan) && l.contains("diagram=" + diagram),
				"address of diagram " + diagram + " of " + plan);
		Matcher m = URL.matcher(line);
		m.find();
		return m.group(1);
	}

	private static List<String> tasks(String text) {
		return TASK.matcher(text).results().map(r -> r.group(1)).toList();
	}

	@Test
	void aTaskCreatedWithThePaletteLandsInThePlanFile() throws Exception {
		String page = pageOf(PLAN, "Responsibility");
		Path planFile = folder.resolve(PLAN);
		String before = Files.readString(planFile, StandardCharsets.UTF_8);
		Map<Path, String> others = new LinkedHashMap<>();
		try (Stream<Path> plans = Files.list(folder)) {
			for (Path p : plans.filter(p -> !p.equals(planFile)).toList()) {
				others.put(p, Files.readString(p, StandardCharsets.UTF_8));
			}
		}

		BrowserDriver.Run run = browser.run("create", page, "create-task.png", "--palette", "Task");
		assertTrue(run.ok(), "the browser did not create the task: " + run.json() + "\nserve printed:\n" + serve.output());

		String after = Files.readString(planFile, StandardCharsets.UTF_8);
		List<String> added = tasks(after).stream().filter(t -> !tasks(before).contains(t)).toList();
		assertEquals(1, added.size(), "one new task in " + PLAN + ", not " + added + "\n" + after);
		assertEquals(tasks(before).size() + 1, tasks(after).size());
		assertTrue(run.json().contains(added.get(0)), "the diagram shows the new task " + added.get(0) + ": " + run.json());
		for (Map.Entry<Path, String> other : others.entrySet()) {
			assertEquals(other.getValue(), Files.readString(other.getKey(), StandardCharsets.UTF_8),
					other.getKey() + " must not change");
		}
	}

	@Test
	void theDiagramOpensAndRenders() throws Exception {
		BrowserDriver.Run run = browser.run("open", pageOf(PLAN, "Responsibility"), "responsibility.png");
		assertTrue(run.ok(), run.json());
		Matcher nodes = Pattern.compile("\"nodes\":(\\d+)").matcher(run.json());
		assertTrue(nodes.find() && Integer.parseInt(nodes.group(1)) > 0, "no node drawn: " + run.json());
	}

	@Test
	void noRequestWithoutTheToken() throws Exception {
		String page = pageOf(PLAN, "Responsibility");
		String token = Pattern.compile("[?&]token=([^&]+)").matcher(page).results().findFirst()
				.orElseThrow(() -> new AssertionError("no token in " + page)).group(1);
		String withoutToken = page.replace("token=" + token, "").replace("?&", "?");
		String wrongToken = page.replace("token=" + token, "token=" + token.substring(1) + "A");
		String script = page.substring(0, page.indexOf("/diagram.html")) + "/diagram.js";
		HttpClient http = HttpClient.newHttpClient();
		assertEquals(403, status(http, withoutToken), withoutToken);
		assertEquals(403, status(http, wrongToken), wrongToken);
		assertEquals(403, status(http, script), script);
		assertEquals(200, status(http, page), page);
	}

	private static int status(HttpClient http, String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
	}
}
