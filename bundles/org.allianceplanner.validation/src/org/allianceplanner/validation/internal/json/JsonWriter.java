package org.allianceplanner.validation.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation and stable output (the golden-file tests depend on
 * it). Kept here so the headless bundle needs no JSON library.
 */
public final class JsonWriter {

	private final Appendable out;
	/** Per open container: true once it has a first member. */
	private final Deque<boolean[]> stack = new ArrayDeque<>();
	private boolean afterName;

	public JsonWriter(Appendable out) {
		this.out = out;
	}

	public JsonWriter beginObject() {
		beforeValue();
		write("{");
		stack.push(new boolean[1]);
		return this;
	}

	public JsonWriter endObject() {
		return end("}");
	}

	public JsonWriter beginArray() {
		beforeValue();
		write("[");
		stack.push(new boolean[1]);
		return this;
	}

	public JsonWriter endArray() {
		return end("]");
	}

	public JsonWriter name(String name) {
		beforeMember();
		write(quote(name));
		write(": ");
		afterName = true;
		return this;
	}

	public JsonWriter value(String value) {
		beforeValue();
		write(value == null ? "null" : quote(value));
		return this;
	}

	public JsonWriter value(long value) {
		beforeValue();
		write(Long.toString(value));
		return this;
	}

	public JsonWriter value(boolean value) {
		beforeValue();
		write(Boolean.toString(value));
		return this;
	}

	/** Writes {@code "name": value} when value is not null. */
	public JsonWriter optional(String name, String value) {
		if (value != null) {
			name(name).value(value);
		}
		return this;
	}

	/** Finishes the document with a newline. */
	public void finish() {
		if (!stack.isEmpty()) {
			throw new IllegalStateException("unclosed JSON container");
		}
		write("\n");
	}

	private JsonWriter end(String bracket) {
		boolean[] hasMembers = stack.pop();
		if (hasMembers[0]) {
			newline();
		}
		write(bracket);
		return this;
	}

	private void beforeMember() {
		boolean[] top = stack.peek();
		if (top == null) {
			throw new IllegalStateException("name outside an object");
		}
		if (top[0]) {
			write(",");
		}
		top[0] = true;
		newline();
	}

	private void beforeValue() {
		if (afterName) {
			afterName = false;
			return;
		}
		if (!stack.isEmpty()) {
			beforeMember();
		}
	}

	private void newline() {
		write("\n");
		for (int i = 0; i < stack.size(); i++) {
			write("  ");
		}
	}

	private void write(String s) {
		try {
			out.append(s);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** JSON string literal with the escapes RFC 8259 requires. */
	public static String quote(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			case '\b' -> b.append("\\b");
			case '\f' -> b.append("\\f");
			default -> {
				if (c < 0x20) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.append('"').toString();
	}
}
