package org.allianceplanner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the paths of a command line into the plan files they mean: a folder means every plan below it. */
public final class PlanFiles {

	public static final String EXTENSION = ".alliance";

	private PlanFiles() {
	}

	/**
	 * @return the plan files, each once, folders expanded in name order
	 * @throws UsageException naming the first path that is missing, unreadable or not a plan file
	 */
	public static List<Path> expand(List<String> paths) throws UsageException {
		Set<Path> files = new LinkedHashSet<>();
		for (String argument : paths) {
			Path path = Path.of(argument);
			if (!Files.exists(path)) {
				throw new UsageException(Messages.noSuchFile(argument));
			}
			if (!Files.isReadable(path)) {
				throw new UsageException(Messages.unreadable(argument));
			}
			if (Files.isDirectory(path)) {
				List<Path> found = planFilesBelow(path, argument);
				if (found.isEmpty()) {
					throw new UsageException(Messages.noPlanFiles(argument));
				}
				files.addAll(found);
			} else if (isPlanFile(path)) {
				files.add(path.normalize());
			} else {
				throw new UsageException(Messages.notAPlanFile(argument));
			}
		}
		return new ArrayList<>(files);
	}

	static boolean isPlanFile(Path path) {
		return path.getFileName() != null && path.getFileName().toString().endsWith(EXTENSION);
	}

	private static List<Path> planFilesBelow(Path folder, String argument) throws UsageException {
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> found = new ArrayList<>();
			walk.forEach(p -> {
				if (Files.isDirectory(p) && !Files.isReadable(p)) {
					throw new UncheckedIOException(new IOException(Messages.unreadable(p.toString())));
				}
				if (Files.isRegularFile(p) && isPlanFile(p)) {
					found.add(p.normalize());
				}
			});
			found.sort(null);
			return found;
		} catch (UncheckedIOException e) {
			throw new UsageException(reason(e.getCause(), argument));
		} catch (IOException e) {
			throw new UsageException(reason(e, argument));
		}
	}

	private static String reason(IOException e, String argument) {
		if (e instanceof java.nio.file.AccessDeniedException denied) {
			return Messages.unreadable(denied.getFile() != null ? denied.getFile() : argument);
		}
		String message = e.getMessage();
		return message != null && message.startsWith(Messages.PROGRAM + ":") ? message
				: Messages.ioProblem(argument, String.valueOf(message));
	}
}
