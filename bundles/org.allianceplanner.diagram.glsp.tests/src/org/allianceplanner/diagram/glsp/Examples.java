package org.allianceplanner.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the repository's example plans in a temporary folder, for tests that edit them. */
final class Examples {

	static final String DEFENSE_OF_JAPAN = "defense-of-japan.alliance";

	private Examples() {
	}

	static Path folder() {
		String configured = System.getProperty("alliance.examples");
		Path folder = Path.of(configured != null ? configured : "../../examples");
		assertTrue(Files.isDirectory(folder), "examples folder not found: " + folder.toAbsolutePath());
		return folder.toAbsolutePath().normalize();
	}

	/** The example plan files copied into {@code target}. */
	static Path copyTo(Path target) {
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.filter(p -> p.toString().endsWith(".alliance")).toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
