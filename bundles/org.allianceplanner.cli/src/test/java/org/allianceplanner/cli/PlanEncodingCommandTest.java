package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan files in other encodings than UTF-8: {@code validate} names the line of the first bad byte, and
 * {@code format} never writes a file it could not read faithfully, and says so in its exit code.
 */
class PlanEncodingCommandTest {

	/** Formatted, this plan changes (the indentation and the spaces around ':'). */
	private static final String UNFORMATTED = """
			package demo
			// 日米防衛協力のための指針
			party JASDF "航空自衛隊"  :   Air Self-Defense Force for Japan
			bilateral defense plan P {
			task T: air defense {
			JASDF primary responsibility
			}
			}
			""";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@TempDir
	Path temp;

	private String out;
	private String err;

	private int run(String... args) {
		CommandRun run = CommandRun.of(args);
		out = run.out();
		err = run.err();
		return run.code();
	}

	@Test
	void aShiftJisFileIsNotRewrittenAndTheExitCodeSaysSo() throws Exception {
		Path plan = temp.resolve("sjis.alliance");
		byte[] original = UNFORMATTED.getBytes(Charset.forName("Shift_JIS"));
		Files.write(plan, original);
		assertEquals(ExitCode.ERRORS, run("format", plan.toString()), out + err);
		assertArrayEquals(original, Files.readAllBytes(plan), "the file is byte for byte what it was");
		assertTrue(err.contains(plan + ":2: The file is not valid UTF-8 (byte 0x93 at line 2, column 4)"), err);
		assertTrue(err.contains("Not formatted"), err);
	}

	@Test
	void validateNamesTheFileAndTheLineOfTheFirstBadByte() throws Exception {
		Path plan = temp.resolve("sjis.alliance");
		Files.write(plan, UNFORMATTED.getBytes(Charset.forName("Shift_JIS")));
		assertEquals(ExitCode.ERRORS, run("validate", plan.toString()), out + err);
		assertTrue(out.startsWith(plan + ":2:4: error: The file is not valid UTF-8 (byte 0x93 at line 2, column 4)"),
				out);
	}

	@Test
	void theOtherFilesAreStillFormatted() throws Exception {
		Path bad = temp.resolve("a-sjis.alliance");
		Files.write(bad, UNFORMATTED.getBytes(Charset.forName("Shift_JIS")));
		Path good = temp.resolve("b-good.alliance");
		Files.writeString(good, UNFORMATTED.replace("package demo", "package demo.good"), StandardCharsets.UTF_8);
		assertEquals(ExitCode.ERRORS, run("format", bad.toString(), good.toString()), out + err);
		assertTrue(out.contains("formatted " + good), out);
		assertTrue(Files.readString(good, StandardCharsets.UTF_8).contains("\ttask T: air defense {\n"));
	}

	@Test
	void aByteOrderMarkIsAcceptedAndKept() throws Exception {
		Path plan = temp.resolve("bom.alliance");
		Files.write(plan, concat(BOM, UNFORMATTED.getBytes(StandardCharsets.UTF_8)));
		assertEquals(ExitCode.OK, run("format", plan.toString()), out + err);
		byte[] written = Files.readAllBytes(plan);
		assertArrayEquals(BOM, Arrays.copyOf(written, 3), "the mark stays");
		String text = new String(written, 3, written.length - 3, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("package demo\n\n// 日米防衛協力のための指針\n"), text);
		assertTrue(text.contains("party JASDF \"航空自衛隊\": Air Self-Defense Force for Japan"), text);
		assertEquals(ExitCode.OK, run("format", "--check", plan.toString()), out + err);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}
}
