package org.allianceplanner.diagram.glsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.dsl.resource.PlanText;
import org.allianceplanner.model.io.AtomicFiles;
import org.eclipse.emf.common.util.URI;

/**
 * Plan texts as files on disk, for {@code alliance serve}: read as strict UTF-8 (as the plan language reads
 * them), written atomically (a temporary file beside the plan, then moved over it), and never written when the
 * file changed on disk since the edit's text was read: both texts stay, the user's on disk and the diagram's
 * refused edit, and the message says so.
 */
public final class FilePlanTexts implements PlanTexts {

	private final List<Consumer<URI>> listeners = new CopyOnWriteArrayList<>();

	@Override
	public String read(URI plan) {
		return decode(path(plan)).text();
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
