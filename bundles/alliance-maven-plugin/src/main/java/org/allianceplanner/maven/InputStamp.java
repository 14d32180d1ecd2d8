package org.allianceplanner.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.allianceplanner.model.io.AtomicFiles;

/**
 * A fingerprint of what a goal reads (its settings and every input file's name and content) kept in a stamp
 * file, so that a goal whose inputs have not changed since its last successful run can skip its work. Content
 * hashes rather than timestamps: a fresh checkout on a build server has new timestamps but the same plans.
 */
public final class InputStamp {

	private final Path stampFile;
	private final String fingerprint;

	private InputStamp(Path stampFile, String fingerprint) {
		this.stampFile = stampFile;
		this.fingerprint = fingerprint;
	}

	/**
	 * @param stampFile where the fingerprint of the last successful run is kept
	 * @param settings everything besides the files that changes the result (goal, options, plugin version)
	 * @param inputs the files read, in a stable order
	 */
	public static InputStamp of(Path stampFile, List<String> settings, List<Path> inputs) throws IOException {
		MessageDigest digest = sha256();
		for (String setting : settings) {
			update(digest, "setting:" + setting);
		}
		for (Path input : inputs) {
			update(digest, "file:" + input.toAbsolutePath().normalize());
			try (InputStream in = Files.newInputStream(input)) {
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
				}
			}
			digest.update((byte) 0);
		}
		return new InputStamp(stampFile, HexFormat.of().formatHex(digest.digest()));
	}

	/** True when the last successful run had exactly these inputs. */
	public boolean isUpToDate() {
		try {
			return Files.isRegularFile(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).trim().equals(fingerprint);
		} catch (IOException e) {
			return false; // an unreadable stamp only costs a run
		}
	}

	/** Records a successful run. */
	public void record() throws IOException {
		AtomicFiles.writeString(stampFile, fingerprint + "\n");
	}

	/** Forgets the last run, so that a failed run is repeated next time. */
	public void forget() throws IOException {
		Files.deleteIfExists(stampFile);
	}

	public String fingerprint() {
		return fingerprint;
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
