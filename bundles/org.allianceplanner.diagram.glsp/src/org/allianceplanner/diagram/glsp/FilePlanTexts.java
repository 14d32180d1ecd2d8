package org.allianceplanner.diagram.glsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.glsp.internal.FolderWatch;
import org.allianceplanner.dsl.resource.PlanText;
import org.allianceplanner.model.io.AtomicFiles;
import org.allianceplanner.pipeline.PlanInputs;
import org.eclipse.emf.common.util.URI;

/**
 * Plan texts as files on disk, for {@code alliance serve}: read as strict UTF-8 (as the plan language reads
 * them), written atomically (a temporary file beside the plan, then moved over it), and never written when the
 * file changed on disk since the edit's text was read: both texts stay, the user's on disk and the diagram's
 * refused edit, and the message says so.
 * <p>
 * {@link #watching()} also follows the disk: when another program changes a plan file, the settings file or a
 * viewpoint file in a folder a plan was read from, the listeners are told, so open diagrams redraw.
 */
public final class FilePlanTexts implements PlanTexts, AutoCloseable {

	private static final byte[] MISSING = new byte[0];

	private final List<Consumer<URI>> listeners = new CopyOnWriteArrayList<>();
	private volatile FolderWatch watch;
	/** Per file the digest of what was last seen on disk (by the watch or written by an edit). */
	private final Map<Path, byte[]> seen = new ConcurrentHashMap<>();

	/** Plan texts on disk, without following changes made by other programs. */
	public FilePlanTexts() {
	}

	/** Plan texts on disk that tell their listeners of changes other programs make; close it to stop watching. */
	public static FilePlanTexts watching() throws IOException {
		FilePlanTexts texts = new FilePlanTexts();
		texts.watch = new FolderWatch(FilePlanTexts::followed, texts::changedOnDisk);
		return texts;
	}

	@Override
	public String read(URI plan) {
		Path file = path(plan);
		FolderWatch watch = this.watch;
		if (watch != null && file.getParent() != null) {
			try {
				watch.watch(file.getParent());
			} catch (IOException e) {
				throw new PlanTextException(file.getParent() + ": cannot follow changes in this folder: " + e.getMessage(), e);
			}
		}
		return decode(file).text();
	}

	@Override
	public synchronized void apply(PlanEdit edit, Map<URI, String> basis) {
		Map<Path, String> written = new LinkedHashMap<>();
		Map<Path, Boolean> byteOrderMarks = new LinkedHashMap<>();
		for (URI uri : edit.edits().keySet()) {
			Path file = path(uri);
			PlanText current = decode(file);
			String expected = basis.get(uri);
			if (expected == null || !expected.equals(current.text())) {
				throw new PlanTextException(file + ": the file changed on disk since the diagram read it; the edit '"
						+ edit.label() + "' was not made (reload the diagram and make it again)");
			}
			written.put(file, edit.apply(uri, current.text()));
			byteOrderMarks.put(file, current.byteOrderMark());
		}
		for (Map.Entry<Path, String> entry : written.entrySet()) {
			Path file = entry.getKey();
			String text = byteOrderMarks.get(file) ? "\uFEFF" + entry.getValue() : entry.getValue();
			try {
				AtomicFiles.writeString(file, text);
				seen.put(file, digest(text.getBytes(StandardCharsets.UTF_8)));
			} catch (IOException e) {
				throw new PlanTextException(file + ": cannot write the edit '" + edit.label() + "': " + e.getMessage(), e);
			}
		}
		for (URI uri : edit.edits().keySet()) {
			listeners.forEach(l -> l.accept(uri));
		}
	}

	@Override
	public AutoCloseable onChange(Consumer<URI> listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	@Override
	public void close() {
		FolderWatch watch = this.watch;
		if (watch != null) {
			watch.close();
		}
	}

	/** The files whose change can change a diagram: plans, the settings file, diagram descriptions. */
	private static boolean followed(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && (name.endsWith("." + PlanInputs.EXTENSION) || name.endsWith(".viewpoint")
				|| name.equals("alliance.properties"));
	}

	/** Tells the listeners of each file whose bytes differ from what was last seen (not of this object's own writes). */
	private void changedOnDisk(Set<Path> files) {
		for (Path file : files) {
			byte[] now;
			try {
				now = Files.isRegularFile(file) ? digest(Files.readAllBytes(file)) : MISSING;
			} catch (IOException e) {
				now = MISSING;
			}
			byte[] before = seen.put(file, now);
			if (before == null || !Arrays.equals(before, now)) {
				URI uri = URI.createFileURI(file.toString());
				listeners.forEach(l -> l.accept(uri));
			}
		}
	}

	private static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static PlanText decode(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new PlanTextException(file + ": no such file", e);
		} catch (IOException e) {
			throw new PlanTextException(file + ": cannot read: " + e.getMessage(), e);
		}
		PlanText text = PlanText.decode(bytes, StandardCharsets.UTF_8);
		if (text.problem().isPresent()) {
			throw new PlanTextException(file + ": " + text.problem().get().describe());
		}
		return text;
	}

	private static Path path(URI plan) {
		if (plan == null || !plan.isFile()) {
			throw new PlanTextException(plan + ": not a file URI");
		}
		return Path.of(plan.toFileString());
	}
}
