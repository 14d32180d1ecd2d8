package org.allianceplanner.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the pipeline agrees to read as a plan file: a regular file (never a pipe or a device, whose reading
 * could block for ever) of at most {@value #MAX_FILE_MIB} MiB (a plan of tens of thousands of elements is a
 * few MiB; a bigger file is a mistake, and parsing it would exhaust the memory before saying so).
 */
public final class PlanInputs {

	/** The file extension of plan files, without the dot. */
	public static final String EXTENSION = "alliance";

	/** The largest plan file the pipeline reads, in MiB. */
	public static final int MAX_FILE_MIB = 64;
	/** The largest plan file the pipeline reads, in bytes. */
	public static final long MAX_FILE_BYTES = MAX_FILE_MIB * 1024L * 1024L;

	private PlanInputs() {
	}

	/**
	 * @param display the file as the host names it in messages
	 * @throws PipelineException naming the file when it is missing, not a regular file or too large
	 */
	public static void check(Path file, String display) throws PipelineException {
		if (!Files.exists(file)) {
			throw new PipelineException(display, "no such file or folder");
		}
		if (!Files.isRegularFile(file)) {
			throw new PipelineException(display, "not a regular file (a pipe, device or folder); only plan files are read");
		}
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new PipelineException(display, "cannot be read");
		}
		if (size > MAX_FILE_BYTES) {
			throw new PipelineException(display,
					"too large (" + size + " bytes); plan files are limited to " + MAX_FILE_MIB + " MiB");
		}
	}

	/** True when {@code file} would pass {@link #check}: used for files read as context only. */
	public static boolean acceptable(Path file) {
		try {
			return Files.isRegularFile(file) && Files.size(file) <= MAX_FILE_BYTES;
		} catch (IOException e) {
			return false;
		}
	}
}
