package org.allianceplanner.docgen.internal.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.allianceplanner.docgen.GenerationException;
import org.allianceplanner.model.io.AtomicFiles;

/**
 * The output folder. Every write is confined to the folder (also through symbolic links, checked before
 * any folder is created), goes to a temporary file first ({@link AtomicFiles}) and is then renamed over the
 * target, so an interrupted run leaves the previous file whole; the temporary files such a run leaves behind
 * are removed by the next. A list of the files the generator wrote ({@value #MANIFEST}) tells its own files from the user's:
 * a file it did not write is never replaced (unless asked) and never deleted.
 */
public final class OutputFolder {

	/** The generator's list of the files it wrote, one relative path a line. */
	public static final String MANIFEST = ".alliance-docgen";

	public static final String MANIFEST_HEADER = "# Files written by the Alliance Planner document generators; "
			+ "files not listed here are never replaced or removed by them.";

	private final Path root;
	private final Path realRoot;
	private final boolean overwriteForeign;
	private final Set<String> previous;
	/** Written from several render threads at once. */
	private final Set<String> written = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

	public OutputFolder(Path root, boolean overwriteForeign) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root);
		} catch (IOException e) {
			throw new GenerationException("Output folder " + this.root + " cannot be created: " + e.getMessage(), e);
		}
		this.realRoot = this.root.toRealPath();
		this.overwriteForeign = overwriteForeign;
		this.previous = readManifest();
		AtomicFiles.removeTemporaries(this.root);
	}

	public Path root() {
		return root;
	}

	/** Files written so far in this run, relative to the root, with {@code /} separators. */
	public List<String> written() {
		synchronized (written) {
			return List.copyOf(written);
		}
	}

	/**
	 * Resolves a relative path made of generator-chosen names, refusing anything that would land outside
	 * the folder.
	 */
	public Path resolve(String relative) throws GenerationException {
		if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")) {
			throw new GenerationException("Refusing output path '" + relative + "': not a plain relative path");
		}
		Path target = root.resolve(relative).normalize();
		if (!target.startsWith(root) || target.equals(root)) {
			throw new GenerationException("Refusing output path '" + relative + "': outside " + root);
		}
		return target;
	}

	/** Writes one file atomically. {@code content} writes the bytes; it must not close the stream. */
	public void write(String relative, ContentWriter content) throws IOException {
		Path target = resolve(relative);
		Path dir = target.getParent();
		createConfined(dir, relative);
		if (Files.isSymbolicLink(target)) {
			throw new GenerationException("Refusing to write " + relative + ": it is a symbolic link");
		}
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !previous.contains(relative) && !overwriteForeign) {
			throw new GenerationException("Refusing to replace " + target
					+ ": the generators did not write it (not in " + MANIFEST + "); move it away or allow overwriting");
		}
		Path temp = AtomicFiles.temporaryBeside(target);
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
				content.writeTo(out);
			}
			readableByAll(temp);
			if (sameContent(temp, target)) {
				Files.delete(temp); // keep the old file and its time stamp
			} else {
				AtomicFiles.replace(temp, target);
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		written.add(relative);
	}

	/**
	 * Ends the run: removes files the previous run wrote that this one did not, then records this run's
	 * files.
	 *
	 * @return the removed files, relative to the root
	 */
	public List<String> finish() throws IOException {
		List<String> removed = new ArrayList<>();
		for (String old : previous) {
			if (!written.contains(old)) {
				Path p = resolve(old);
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) {
					removed.add(old);
				}
			}
		}
		writeManifest(new LinkedHashSet<>(written()));
		return removed;
	}

	/**
	 * Ends a failed run: removes nothing and records the files of both runs, so that the next run still
	 * knows every file it may replace.
	 */
	public void abort() throws IOException {
		Set<String> all = new LinkedHashSet<>(previous);
		all.addAll(written());
		writeManifest(all);
	}

	/**
	 * Creates the folders down to {@code dir} one at a time, checking each before anything is created in
	 * it: a symbolic link inside the output folder must not carry a write, or an empty folder, elsewhere.
	 */
	private void createConfined(Path dir, String relative) throws IOException {
		Path current = root;
		for (Path name : root.relativize(dir)) {
			current = current.resolve(name);
			if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
				try {
					Files.createDirectory(current);
				} catch (FileAlreadyExistsException e) {
					// another render thread made it meanwhile; it is checked below like any other
				}
			}
			if (!current.toRealPath().startsWith(realRoot)) {
				throw new GenerationException(
						"Refusing to write " + relative + ": " + current + " leads outside " + realRoot);
			}
		}
	}

	private void writeManifest(Set<String> files) throws IOException {
		StringBuilder sb = new StringBuilder(MANIFEST_HEADER).append('\n');
		for (String f : new TreeSet<>(files)) {
			sb.append(f).append('\n');
		}
		byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
		Path manifest = root.resolve(MANIFEST);
		Path temp = AtomicFiles.temporaryBeside(manifest);
		try {
			Files.write(temp, bytes);
			readableByAll(temp);
			AtomicFiles.replace(temp, manifest);
		} catch (IOException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	private Set<String> readManifest() throws IOException {
		Path manifest = root.resolve(MANIFEST);
		Set<String> files = new LinkedHashSet<>();
		if (Files.isRegularFile(manifest)) {
			for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
				String f = line.strip();
				if (!f.isEmpty() && !f.startsWith("#")) {
					try {
						resolve(f); // a tampered list must not point outside either
						files.add(f);
					} catch (GenerationException e) {
						// ignore the line: it can never name one of our files
					}
				}
			}
		}
		return files;
	}

	/**
	 * Temporary files are created owner-only; generated documents are meant to be shared, so they get the
	 * usual rw-r--r-- (where the file system has POSIX permissions).
	 */
	private static void readableByAll(Path file) throws IOException {
		if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	private static boolean sameContent(Path a, Path b) throws IOException {
		if (!Files.isRegularFile(b, LinkOption.NOFOLLOW_LINKS) || Files.size(a) != Files.size(b)) {
			return false;
		}
		try (InputStream ia = Files.newInputStream(a); InputStream ib = Files.newInputStream(b)) {
			byte[] ba = new byte[1 << 16];
			byte[] bb = new byte[1 << 16];
			while (true) {
				int na = ia.readNBytes(ba, 0, ba.length);
				int nb = ib.readNBytes(bb, 0, bb.length);
				if (na != nb || !Arrays.equals(ba, 0, na, bb, 0, nb)) {
					return false;
				}
				if (na == 0) {
					return true;
				}
			}
		}
	}

	/** Writes a file's bytes. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}
}
