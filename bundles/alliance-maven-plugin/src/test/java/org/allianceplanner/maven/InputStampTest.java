package org.allianceplanner.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputStampTest {

	@TempDir
	Path dir;

	@Test
	void upToDateOnlyAfterARecordedRunWithTheSameInputs() throws Exception {
		Path plan = Files.writeString(dir.resolve("a.alliance"), "package a");
		Path stampFile = dir.resolve("stamps/validate.sha256");
		InputStamp first = InputStamp.of(stampFile, List.of("failOn=error"), List.of(plan));
		assertFalse(first.isUpToDate(), "never run");
		first.record();
		assertTrue(InputStamp.of(stampFile, List.of("failOn=error"), List.of(plan)).isUpToDate());
	}

	@Test
	void aChangedFileOrSettingMeansRunAgain() throws Exception {
		Path plan = Files.writeString(dir.resolve("a.alliance"), "package a");
		Path stampFile = dir.resolve("validate.sha256");
		InputStamp.of(stampFile, List.of("failOn=error"), List.of(plan)).record();
		assertFalse(InputStamp.of(stampFile, List.of("failOn=warning"), List.of(plan)).isUpToDate(), "setting");
		Files.writeString(plan, "package b");
		assertFalse(InputStamp.of(stampFile, List.of("failOn=error"), List.of(plan)).isUpToDate(), "content");
		Path other = Files.writeString(dir.resolve("b.alliance"), "package b");
		assertFalse(InputStamp.of(stampFile, List.of("failOn=error"), List.of(plan, other)).isUpToDate(), "new file");
	}

	@Test
	void aNewTimestampAloneIsNoChange() throws Exception {
		Path plan = Files.writeString(dir.resolve("a.alliance"), "package a");
		Path stampFile = dir.resolve("validate.sha256");
		InputStamp.of(stampFile, List.of(), List.of(plan)).record();
		Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
		assertTrue(InputStamp.of(stampFile, List.of(), List.of(plan)).isUpToDate());
	}

	@Test
	void aForgottenRunIsRepeated() throws Exception {
		Path plan = Files.writeString(dir.resolve("a.alliance"), "package a");
		Path stampFile = dir.resolve("validate.sha256");
		InputStamp stamp = InputStamp.of(stampFile, List.of(), List.of(plan));
		stamp.record();
		stamp.forget();
		assertFalse(stamp.isUpToDate());
	}

	@Test
	void fileNamesArePartOfTheFingerprint() throws Exception {
		Path a = Files.writeString(dir.resolve("a.alliance"), "same");
		Path b = Files.writeString(dir.resolve("b.alliance"), "same");
		assertNotEquals(InputStamp.of(dir.resolve("s"), List.of(), List.of(a)).fingerprint(),
				InputStamp.of(dir.resolve("s"), List.of(), List.of(b)).fingerprint());
	}
}
