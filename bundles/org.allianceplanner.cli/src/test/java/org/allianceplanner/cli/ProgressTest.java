package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

	@Test
	void drawsABarWithCountAndStep() {
		assertEquals("[============>           ]  5/10 parse a.alliance" + " ".repeat(30),
				Progress.line(5, 10, "parse a.alliance", 80));
		assertEquals("[========================] 10/10 check b.alliance" + " ".repeat(30),
				Progress.line(10, 10, "check b.alliance", 80));
	}

	@Test
	void neverWiderThanTheTerminal() {
		String line = Progress.line(1, 3, "parse a-plan-with-a-very-long-file-name-indeed.alliance", 40);
		assertEquals(39, line.length());
	}

	@Test
	void redrawsInPlaceAndErasesItself() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 60);
		progress.step("parse a.alliance");
		progress.step("parse b.alliance");
		progress.close();
		String drawn = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(drawn.startsWith("\r[============>"), drawn);
		assertTrue(drawn.contains("2/2 parse b.alliance"), drawn);
		assertTrue(drawn.endsWith("\r" + " ".repeat(59) + "\r"), "erased: " + drawn);
		assertEquals(0, drawn.chars().filter(c -> c == '\n').count(), "no new lines: " + drawn);
	}

	@Test
	void silentWhenNotOnATerminal() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console captured = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		try (Progress progress = Progress.start(captured, false, 10)) {
			progress.step("parse a.alliance");
		}
		assertEquals(0, out.size() + err.size());
	}
}
