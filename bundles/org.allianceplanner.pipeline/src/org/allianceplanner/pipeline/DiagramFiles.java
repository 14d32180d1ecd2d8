package org.allianceplanner.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.allianceplanner.diagram.render.DiagramFormat;
import org.allianceplanner.model.io.AtomicFiles;

/** Writes drawn diagrams as files, each whole or not at all (a temporary file renamed into place). */
public final class DiagramFiles {

	private DiagramFiles() {
	}

	/**
	 * The folder of a plan file's diagrams: its name without {@code .alliance}, made unique among the names
	 * already {@code taken} in this run (which it joins).
	 */
	public static String planFolder(Path planFile, Set<String> taken) {
		String base = planFile.getFileName().toString().replaceFirst("\\.alliance$", "");
		String name = base;
		for (int i = 2; !taken.add(name); i++) {
			name = base + "-" + i;
		}
		return name;
	}

	/**
	 * Writes {@code folder/<name>.<extension>} for each diagram and format.
	 *
	 * @return the files written, in order
	 * @throws IOException naming the file that could not be written
	 */
	public static List<Path> write(Collection<DrawnDiagram> diagrams, Path folder, Collection<DiagramFormat> formats)
			throws IOException {
		List<Path> written = new ArrayList<>();
		for (DrawnDiagram d : diagrams) {
			for (DiagramFormat format : formats) {
				Path file = folder.resolve(d.name() + "." + format.extension());
				try {
					byte[] bytes = d.render(format);
					AtomicFiles.write(file, out -> out.write(bytes));
				} catch (IOException | RuntimeException e) {
					throw new IOException(file + ": could not be written: " + e.getMessage(), e);
				}
				written.add(file);
			}
		}
		return written;
	}
}
