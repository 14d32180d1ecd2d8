package org.allianceplanner.docgen.internal.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package (DOCX, XLSX) with every entry stamped with the document date, so that two runs
 * on the same input give the same bytes. POI stamps entries with the clock; the order and content of
 * entries are already deterministic.
 */
final class ReproducibleZip {

	/** The earliest time a zip (DOS) timestamp can hold. */
	private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

	private ReproducibleZip() {
	}

	static void copy(byte[] zip, Instant date, OutputStream out) throws IOException {
		LocalDateTime stamp = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
		if (stamp.isBefore(DOS_EPOCH)) {
			stamp = DOS_EPOCH;
		}
		ZipOutputStream zout = new ZipOutputStream(out);
		try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry in; (in = zin.getNextEntry()) != null;) {
				ZipEntry entry = new ZipEntry(in.getName());
				// Local time, not setTime(long): the DOS field must not depend on the machine's time zone.
				entry.setTimeLocal(stamp);
				zout.putNextEntry(entry);
				zin.transferTo(zout);
				zout.closeEntry();
			}
		}
		zout.finish();
		zout.flush();
	}
}
