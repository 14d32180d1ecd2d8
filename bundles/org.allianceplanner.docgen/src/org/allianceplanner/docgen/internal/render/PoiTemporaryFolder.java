package org.allianceplanner.docgen.internal.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * A run's own folder for the temporary files of POI's streaming workbook, removed when the run ends. POI's
 * default puts them in one shared {@code poifiles} folder under the system's temporary folder, owned by the
 * first user who wrote a spreadsheet: every other user's XLSX then fails. POI's strategy is global, so it
 * finds the run's folder through the rendering thread ({@link #run(IoAction)}).
 */
public final class PoiTemporaryFolder implements AutoCloseable {

	/** How the run folders begin, in the system's temporary folder. */
	public static final String PREFIX = "alliance-poi-";

	private static final ThreadLocal<Path> CURRENT = new ThreadLocal<>();
	private static final TempFileCreationStrategy STRATEGY = new RunStrategy();

	private Path folder;

	/** Runs a POI action with its temporary files in this run's folder (created on first use). */
	void run(IoAction action) throws IOException {
		TempFile.setTempFileCreationStrategy(STRATEGY); // again each time: another library may have replaced it
		Path previous = CURRENT.get();
		CURRENT.set(folder());
		try {
			action.run();
		} finally {
			if (previous == null) {
				CURRENT.remove();
			} else {
				CURRENT.set(previous);
			}
		}
	}

	private synchronized Path folder() throws IOException {
		if (folder == null) {
			folder = Files.createTempDirectory(PREFIX); // owner-only where the file system has permissions
		}
		return folder;
	}

	/** Removes the folder and whatever POI left in it. */
	@Override
	public synchronized void close() throws IOException {
		if (folder == null) {
			return;
		}
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.deleteIfExists(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				Files.deleteIfExists(dir);
				return FileVisitResult.CONTINUE;
			}
		});
		folder = null;
	}

	/** POI work that may create temporary files. */
	@FunctionalInterface
	interface IoAction {
		void run() throws IOException;
	}

	/**
	 * Files in the folder of the run rendering on this thread; outside a run (another user of POI in the
	 * same process) directly in the system's temporary folder, where every user may create files.
	 */
	private static final class RunStrategy implements TempFileCreationStrategy {

		@Override
		public File createTempFile(String prefix, String suffix) throws IOException {
			Path dir = CURRENT.get();
			Path file = dir == null ? Files.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix);
			return file.toFile();
		}

		@Override
		public File createTempDirectory(String prefix) throws IOException {
			Path dir = CURRENT.get();
			return (dir == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(dir, prefix)).toFile();
		}
	}
}
