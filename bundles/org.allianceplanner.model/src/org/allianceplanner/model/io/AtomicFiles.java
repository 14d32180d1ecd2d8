package org.allianceplanner.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files so that readers see either the old content or the whole new content, never a part: the bytes
 * go to a temporary file beside the target (same file system, so the rename is atomic) which is then renamed
 * over the target. Temporary files are named {@code .alliance-*.tmp}, so that those left behind by an
 * interrupted run can be recognised and removed ({@link #removeTemporaries(Path)}).
 */
public final class AtomicFiles {

	/** How every temporary file begins. */
	public static final String TEMPORARY_PREFIX = ".alliance-";

	/** How every temporary file ends. */
	public static final String TEMPORARY_SUFFIX = ".tmp";

	private AtomicFiles() {
	}

	/** Writes text in UTF-8. */
	public static void writeString(Path target, String content) throws IOException {
		write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Writes a file's bytes through a temporary file; on any failure the target is left as it was and the
	 * temporary file is removed.
	 */
	public static void write(Path target, ContentWriter content) throws IOException {
		Path temporary = temporaryBeside(target);
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
				content.writeTo(out);
			}
			replace(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Creates an empty temporary file in the target's folder (creating the folder), for callers that fill it
	 * themselves and then {@link #replace(Path, Path) replace} the target with it.
	 */
	public static Path temporaryBeside(Path target) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		return Files.createTempFile(folder, TEMPORARY_PREFIX + target.getFileName() + "-", TEMPORARY_SUFFIX);
	}

	/** Renames a finished temporary file over the target, atomically where the file system can. */
	public static void replace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Whether the file's name is that of a temporary file of ours. */
	public static boolean isTemporary(Path file) {
		Path name = file.getFileName();
		if (name == null) {
			return false;
		}
		String n = name.toString();
		return n.startsWith(TEMPORARY_PREFIX) && n.endsWith(TEMPORARY_SUFFIX)
				&& n.length() > TEMPORARY_PREFIX.length() + TEMPORARY_SUFFIX.length();
	}

	/**
	 * Removes the temporary files an interrupted run left in a folder and its subfolders. Symbolic links are
	 * not followed, so nothing outside the folder is touched.
	 *
	 * @return the removed files
	 */
	public static List<Path> removeTemporaries(Path folder) throws IOException {
		List<Path> removed = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return removed;
		}
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				if (attributes.isRegularFile() && isTemporary(file) && Files.deleteIfExists(file)) {
					removed.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				return FileVisitResult.CONTINUE; // an unreadable corner only keeps its leftovers
			}
		});
		return removed;
	}

	/** Writes a file's bytes; it must not close the stream. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}
}
