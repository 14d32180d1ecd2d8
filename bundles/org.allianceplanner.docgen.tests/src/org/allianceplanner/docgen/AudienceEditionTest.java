package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.testing.MarkedPlans;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format of every audience's edition, generated from a plan with mixed markings, read back as text
 * (PDF, DOCX and XLSX through their libraries) and searched for everything the audience may not see.
 */
class AudienceEditionTest {

	@TempDir
	Path out;

	@ParameterizedTest
	@EnumSource(Audience.class)
	void editionContainsNothingNotReleasableToItsAudience(Audience audience) throws Exception {
		GenerationResult result = GeneratorFixture.generateAll(MarkedPlans.mixed(), out, audience);
		List<String> forbidden = forbidden(audience);
		List<Path> files = Extract.files(out);
		assertTrue(files.size() > 20, "expected every output, got " + files);
		Set<String> extensions = files.stream().map(f -> f.toString().substring(f.toString().lastIndexOf('.') + 1))
				.collect(Collectors.toSet());
		assertTrue(extensions.containsAll(Set.of("html", "md", "pdf", "docx", "csv", "xlsx", "json")), extensions.toString());
		List<String> leaks = new ArrayList<>();
		for (Path f : files) {
			String text = Extract.squeezed(Extract.text(f));
			for (String word : forbidden) {
				if (text.contains(word)) {
					leaks.add(out.relativize(f) + " contains " + word);
				}
			}
		}
		if (!leaks.isEmpty()) {
			fail("Edition for " + audience + " leaks:\n" + String.join("\n", leaks));
		}
		assertFalse(result.withheld().isEmpty(), "the log names what was withheld");
	}

	@ParameterizedTest
	@EnumSource(Audience.class)
	void editionShowsWhatIsReleasableInEveryPlanFormat(Audience audience) throws Exception {
		GeneratorFixture.generateAll(MarkedPlans.mixed(), out, audience);
		List<String> expected = new ArrayList<>(MarkedPlans.SHARED);
		if (audience == Audience.JAPAN) {
			expected.addAll(MarkedPlans.JAPAN_ONLY);
		} else if (audience == Audience.UNITED_STATES) {
			expected.addAll(List.of("USONLYOspreyTask", "USONLYCarrierGroup", "USONLYFuelDepot"));
		}
		for (String format : List.of("html", "md", "pdf", "docx")) {
			String text = Extract.squeezed(Extract.text(out.resolve("defenseplanalpha/plan." + format)));
			for (String word : expected) {
				assertTrue(text.contains(Extract.squeezed(word)), "plan." + format + " for " + audience + " lacks " + word);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Audience.class)
	void bannerShowsTheHighestClassificationTheEditionContains(Audience audience) throws Exception {
		GeneratorFixture.generateAll(MarkedPlans.mixed(), out, audience);
		String banner = switch (audience) {
		case JAPAN -> "SECRET//REL TO JPN"; // Kestrel task, harbor area (S)
		case UNITED_STATES -> "TOP SECRET//REL TO USA"; // Osprey task (TS)
		case BOTH -> "CONFIDENTIAL//REL TO USA, JPN"; // the plan itself (C); nothing higher is releasable to both
		};
		for (String format : List.of("html", "md", "pdf", "docx")) {
			String text = Extract.text(out.resolve("defenseplanalpha/plan." + format));
			assertTrue(text.contains(banner), "plan." + format + " banner for " + audience + " should be " + banner);
			if (audience != Audience.UNITED_STATES) {
				assertFalse(text.contains("TOP SECRET"), "plan." + format + " over-classified");
			}
		}
		if (audience == Audience.BOTH) {
			for (Path f : Extract.files(out)) {
				String text = Extract.text(f);
				assertFalse(text.contains("(S//") || text.contains("(TS//") || text.contains("SECRET//"),
						out.relativize(f) + " shows SECRET material in the bilateral edition");
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Audience.class)
	void partyChecklistsExistOnlyForVisibleParties(Audience audience) throws Exception {
		GeneratorFixture.generate(MarkedPlans.mixed(), out, audience, EnumSet.of(OutputFormat.MARKDOWN));
		Set<String> names = Extract.files(out.resolve("defenseplanalpha/checklists")).stream()
				.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
		Set<String> expected = switch (audience) {
		case JAPAN -> Set.of("jasdf.md", "jmsdf.md", "prefecture.md", "usaf.md");
		case UNITED_STATES -> Set.of("jasdf.md", "jmsdf.md", "usaf.md", "carrier.md");
		case BOTH -> Set.of("jasdf.md", "jmsdf.md", "usaf.md");
		};
		assertEquals(expected, names);
	}

	private static List<String> forbidden(Audience audience) {
		List<String> words = new ArrayList<>(MarkedPlans.UNMARKED);
		if (audience != Audience.JAPAN) {
			words.addAll(MarkedPlans.JAPAN_ONLY);
			words.add("Guerrilla"); // the finding about the Kestrel task
		}
		if (audience != Audience.UNITED_STATES) {
			words.addAll(MarkedPlans.US_ONLY);
		}
		return words.stream().map(Extract::squeezed).toList();
	}
}
