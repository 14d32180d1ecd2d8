package org.allianceplanner.validation.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The reports' JSON writer: Gson's streaming writer (escaping, nesting, two-space indentation) with the two
 * things the reports add, members left out when absent ({@link #optional}) and a final newline. Output is
 * stable: members come in the order written (the golden-file tests depend on it).
 */
public final class JsonWriter {

	private final Appendable out;
	private final com.google.gson.stream.JsonWriter gson;

	public JsonWriter(Appendable out) {
		this.out = out;
		// Always through the adapter, whose close() leaves the caller's stream open.
		this.gson = new com.google.gson.stream.JsonWriter(new AppendableWriter(out));
		gson.setIndent("  ");
		gson.setSerializeNulls(true);
		gson.setHtmlSafe(false);
	}

	public JsonWriter beginObject() {
		return run(gson::beginObject);
	}

	public JsonWriter endObject() {
		return run(gson::endObject);
	}

	public JsonWriter beginArray() {
		return run(gson::beginArray);
	}

	public JsonWriter endArray() {
		return run(gson::endArray);
	}

	public JsonWriter name(String name) {
		return run(() -> gson.name(name));
	}

	public JsonWriter value(String value) {
		return run(() -> gson.value(value));
	}

	public JsonWriter value(long value) {
		return run(() -> gson.value(value));
	}

	public JsonWriter value(boolean value) {
		return run(() -> gson.value(value));
	}

	/** Writes {@code "name": value} when value is not null. */
	public JsonWriter optional(String name, String value) {
		if (value != null) {
			name(name).value(value);
		}
		return this;
	}

	/** Finishes the document with a newline; refuses an unfinished one. */
	public void finish() {
		try {
			gson.close(); // Gson refuses an incomplete document here
		} catch (IOException e) {
			throw new IllegalStateException("unclosed JSON container: " + e.getMessage(), e);
		}
		run(() -> out.append('\n'));
	}

	private JsonWriter run(IoAction action) {
		try {
			action.run();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	@FunctionalInterface
	private interface IoAction {
		void run() throws IOException;
	}

	/** Gson writes to a {@link Writer}; the reports write to any {@link Appendable}. */
	private static final class AppendableWriter extends Writer {

		private final Appendable out;

		AppendableWriter(Appendable out) {
			this.out = out;
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			out.append(java.nio.CharBuffer.wrap(buffer, offset, length));
		}

		@Override
		public void write(String s, int offset, int length) throws IOException {
			out.append(s, offset, offset + length);
		}

		@Override
		public void flush() {
			// an Appendable has nothing to flush
		}

		@Override
		public void close() {
			// the caller owns the Appendable
		}
	}
}
