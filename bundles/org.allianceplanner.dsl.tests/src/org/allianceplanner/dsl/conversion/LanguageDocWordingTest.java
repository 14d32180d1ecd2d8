package org.allianceplanner.dsl.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.model.wording.Wording;
import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;

/** The table "Words for values" of docs/LANGUAGE.md shows the model's wording, every enumeration and word. */
class LanguageDocWordingTest {

	/** The tests run in the bundle's folder (Tycho's default), two levels below the repository. */
	private static final Path LANGUAGE_MD = Path.of("../../docs/LANGUAGE.md");

	private static final Pattern ROW = Pattern.compile("^\\| (\\w+) \\| (`.*`) \\|$");
	private static final Pattern PHRASE = Pattern.compile("`([^`]+)`");

	@Test
	void theLanguageDocumentationListsTheModelsWording() throws IOException {
		assertTrue(Files.isRegularFile(LANGUAGE_MD), LANGUAGE_MD.toAbsolutePath() + " is missing");
		Map<String, List<String>> documented = new LinkedHashMap<>();
		for (String line : Files.readAllLines(LANGUAGE_MD, StandardCharsets.UTF_8)) {
			Matcher row = ROW.matcher(line);
			if (row.matches()) {
				List<String> words = new ArrayList<>();
				Matcher m = PHRASE.matcher(row.group(2));
				while (m.find()) {
					words.add(m.group(1));
				}
				documented.put(row.group(1), words);
			}
		}
		Map<String, List<String>> expected = new LinkedHashMap<>();
		for (Class<? extends Enumerator> e : Wording.enumerations()) {
			List<String> words = new ArrayList<>();
			Wording.of(e).forEach((value, w) -> {
				if (!"UNSPECIFIED".equals(value.getName())) {
					words.add(w);
				}
			});
			if (documented.containsKey(e.getSimpleName()) || Phrases.byRule().containsKey(e.getSimpleName())) {
				expected.put(e.getSimpleName(), words);
			}
		}
		assertEquals(expected.keySet(), documented.keySet());
		expected.forEach((kind, words) -> assertEquals(words, documented.get(kind), kind));
	}
}
