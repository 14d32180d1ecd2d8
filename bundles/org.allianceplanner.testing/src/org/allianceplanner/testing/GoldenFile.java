package org.allianceplanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A reviewed copy of a generated output in the source tree of a test bundle, compared byte for byte (UTF-8).
 * Golden files are rewritten by a switch, never by hand: with {@code -Dalliance.updateGolden=true} on the
 * Maven command line, {@link #assertMatches} writes the actual output over the golden file instead of
 * comparing; review the change with {@code git diff}. The test poms pass the switch and the source folder
 * ({@value #SOURCES}) to the test runtime.
 */
public final class GoldenFile {

	/** The switch: {@code true} rewrites golden files instead of comparing them. */
	public static final String UPDATE = "alliance.updateGolden";
	/** The source folder of the test bundle, where golden files live beside the test classes. */
	public static final String SOURCES = "alliance.testSources";

	/** Whether a golden file is compared with the actual output or rewritten from it. */
	public enum Mode {
		COMPARE, UPDATE;

		/** {@link #UPDATE} when the switch {@value GoldenFile#UPDATE} is {@code true}. */
		public static Mode fromSwitch() {
			return Boolean.getBoolean(GoldenFile.UPDATE) ? UPDATE : COMPARE;
		}
	}

	private final Path file;
	private final Mode mode;

	private GoldenFile(Path file, Mode mode) {
		this.file = file;
		this.mode = mode;
	}

	/**
	 * The golden file {@code name} in the source folder of the test, beside the class {@code anchor}; the
	 * mode from the switch.
	 */
	public static GoldenFile beside(Class<?> anchor, String name) {
		String sources = System.getProperty(SOURCES);
		if (sources == null || sources.isBlank()) {
			throw new IllegalStateException("System property " + SOURCES
					+ " is not set: the test pom passes the test bundle's source folder (${project.basedir}/src)");
		}
		Path folder = Path.of(sources).resolve(anchor.getPackageName().replace('.', '/'));
		return new GoldenFile(folder.resolve(name), Mode.fromSwitch());
	}

	/** A golden file at an explicit path, in an explicit mode. */
	public static GoldenFile at(Path file, Mode mode) {
		return new GoldenFile(file, mode);
	}

	public Path path() {
		return file;
	}

	/**
	 * In {@link Mode#COMPARE}: fails unless the golden file exists and equals {@code actual}, naming the first
	 * line that differs. In {@link Mode#UPDATE}: replaces the golden file with {@code actual} (written to a
	 * sibling first and moved, so a failed write leaves the old file).
	 */
	public void assertMatches(String actual) {
		if (mode == Mode.UPDATE) {
			write(actual);
			return;
		}
		if (!Files.isRegularFile(file)) {
			throw new AssertionError("No golden file " + file + "; create it with -D" + UPDATE + "=true and review it");
		}
		String expected = read();
		if (!expected.equals(actual)) {
			throw new AssertionError("Output differs from the golden file " + file + " " + firstDifference(expected, actual)
					+ "; if the change is intended, rerun with -D" + UPDATE + "=true and review the diff");
		}
	}

	private String read() {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the golden file " + file, e);
		}
	}

	private void write(String actual) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
			Files.writeString(temp, actual, StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the golden file " + file, e);
		}
	}

	/** "at line N: expected '...' but was '...'". */
	static String firstDifference(String expected, String actual) {
		String[] e = expected.split("\n", -1);
		String[] a = actual.split("\n", -1);
		for (int i = 0; i < Math.max(e.length, a.length); i++) {
			String el = i < e.length ? e[i] : "<end of file>";
			String al = i < a.length ? a[i] : "<end of file>";
			if (!el.equals(al)) {
				return "at line " + (i + 1) + ": expected '" + el + "' but was '" + al + "'";
			}
		}
		return "(line endings differ)";
	}
}
