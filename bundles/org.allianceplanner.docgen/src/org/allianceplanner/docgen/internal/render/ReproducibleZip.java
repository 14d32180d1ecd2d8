package org.allianceplanner.docgen.internal.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

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

	/** Writes a replacement for one entry, given the entry's original bytes. */
	@FunctionalInterface
	interface EntryRewriter {
		void write(byte[] original, OutputStream out) throws IOException;
	}

	static void copy(byte[] zip, Instant date, OutputStream out) throws IOException {
		copy(zip, date, out, java.util.Map.of());
	}

	static void copy(byte[] zip, Instant date, OutputStream out, java.util.Map<String, EntryRewriter> rewrite)
			throws IOException {
		LocalDateTime stamp = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
		if (stamp.isBefore(DOS_EPOCH)) {
			stamp = DOS_EPOCH;
		}
		ZipOutputStream zout = new ZipOutputStream(out);
		// commons-compress reads what POI's streaming workbook writes (sizes only in data descriptors),
		// which java.util.zip.ZipInputStream rejects.
		try (ZipArchiveInputStream zin = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
			for (ZipArchiveEntry in; (in = zin.getNextEntry()) != null;) {
				ZipEntry entry = new ZipEntry(in.getName());
				// Local time, not setTime(long): the DOS field must not depend on the machine's time zone.
				entry.setTimeLocal(stamp);
				zout.putNextEntry(entry);
				EntryRewriter rewriter = rewrite.get(in.getName());
				if (rewriter == null) {
					zin.transferTo(zout);
				} else {
					rewriter.write(zin.readAllBytes(), zout);
				}
				zout.closeEntry();
			}
		}
		zout.finish();
		zout.flush();
	}
}
