package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.allianceplanner.testing.MarkedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project replaces a built-in template by placing a file of the same name in its template folder. */
class TemplateOverrideTest {

	@TempDir
	Path tmp;

	@Test
	void projectTemplateReplacesTheBuiltInOneAndKeepsEscaping() throws Exception {
		Path templates = Files.createDirectories(tmp.resolve("templates"));
		Files.writeString(templates.resolve("document.ftlmd"), "CUSTOM ${doc.title} / ${doc.banner.line()}\n");
		Path out = tmp.resolve("out");
		var m = MarkedPlans.mixed();
		m.getPlans().get(0).setTitle("Alpha *bold*");
		new PlanDocumentGenerator().generate(List.of(m),
				GeneratorOptions.builder(out).formats(EnumSet.of(OutputFormat.MARKDOWN, OutputFormat.HTML))
						.templateDir(templates).date(GeneratorFixture.DATE).build(),
				FindingsSource.NOT_SUPPLIED, CoverageSource.fromTraceability());
		assertEquals("CUSTOM Alpha \\*bold\\* / CONFIDENTIAL//REL TO USA, JPN\n",
				Files.readString(out.resolve("defenseplanalpha/plan.md")));
		// Templates the project does not override still come from the bundle.
		assertTrue(Files.readString(out.resolve("defenseplanalpha/plan.html")).contains("<!DOCTYPE html>"));
	}

	@Test
	void brokenTemplateFailsWithItsNameAndLine() throws Exception {
		Path templates = Files.createDirectories(tmp.resolve("templates"));
		Files.writeString(templates.resolve("document.ftlh"), "<p>\n${doc.noSuchThing}</p>\n");
		GenerationException e = org.junit.jupiter.api.Assertions.assertThrows(GenerationException.class,
				() -> new PlanDocumentGenerator().generate(List.of(MarkedPlans.mixed()),
						GeneratorOptions.builder(tmp.resolve("out")).formats(EnumSet.of(OutputFormat.HTML))
								.templateDir(templates).date(GeneratorFixture.DATE).build(),
						FindingsSource.NOT_SUPPLIED, CoverageSource.fromTraceability()));
		assertTrue(e.getMessage().contains("document.ftlh") && e.getMessage().contains("line 2"), e.getMessage());
	}
}
