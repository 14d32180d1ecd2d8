package org.allianceplanner.diagram.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

/**
 * Reads and writes layout files: UTF-8 JSON, keys sorted, two-space indented, numbers rounded to hundredths,
 * so equal positions give equal bytes and diffs stay small:
 *
 * <pre>
 * {
 *   "format": "alliance-diagram-layout",
 *   "version": 1,
 *   "diagrams": {
 *     "responsibility": {
 *       "Party:jp.mod": { "pinned": true, "x": 120.0, "y": 40.0 },
 *       "Task:jp.sar": { "height": 50.0, "pinned": true, "width": 180.0, "x": 10.0, "y": 90.0 }
 *     }
 *   }
 * }
 * </pre>
 *
 * {@code width} and {@code height} are there only for a node the user resized (both or neither); files written
 * before sizes were kept have none and read as they did.
 * <p>
 * A file that cannot be read is reported (file, line and what is wrong where JSON says so) and treated as
 * empty; {@link #write} then refuses to replace it unless told to with {@link #replaceUnreadable}.
 */
public final class LayoutFiles {

	public static final String FORMAT = "alliance-diagram-layout";
	public static final int VERSION = 1;

	private LayoutFiles() {
	}

	/** The outcome of reading: the positions, and for an unreadable file a warning naming it. */
	public record ReadResult(Path file, LayoutFile layout, List<String> warnings, boolean unreadable) {
		public ReadResult {
			warnings = List.copyOf(warnings);
		}
	}

	/** Reads a layout file; a missing file is an empty layout without warning. Never throws for bad content. */
	public static ReadResult read(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return new ReadResult(file, LayoutFile.EMPTY, List.of(), false);
		} catch (IOException e) {
			return unreadable(file, "cannot be read: " + e.getMessage());
		}
		try {
			return new ReadResult(file, parse(text), List.of(), false);
		} catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
			return unreadable(file, describe(e));
		}
	}

	private static ReadResult unreadable(Path file, String what) {
		return new ReadResult(file, LayoutFile.EMPTY, List.of(file + ": not a usable diagram layout file: " + what
				+ "; its positions are not used and the file is left as it is"), true);
	}

	private static String describe(RuntimeException e) {
		Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
		return cause.getMessage();
	}

	private static LayoutFile parse(String text) {
		JsonElement root = JsonParser.parseString(text);
		if (!root.isJsonObject()) {
			throw new IllegalArgumentException("the file is not a JSON object");
		}
		JsonObject object = root.getAsJsonObject();
		String format = string(object, "format", "the file");
		if (!FORMAT.equals(format)) {
			throw new IllegalArgumentException("\"format\" is \"" + format + "\", expected \"" + FORMAT + "\"");
		}
		JsonElement version = object.get("version");
		if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()
				|| version.getAsInt() != VERSION) {
			throw new IllegalArgumentException("\"version\" is " + version + ", this release reads version " + VERSION);
		}
		JsonElement diagrams = object.get("diagrams");
		if (diagrams == null || !diagrams.isJsonObject()) {
			throw new IllegalArgumentException("\"diagrams\" is missing or not an object");
		}
		Map<String, DiagramPositions> result = new TreeMap<>();
		for (Map.Entry<String, JsonElement> d : diagrams.getAsJsonObject().entrySet()) {
			if (!d.getValue().isJsonObject()) {
				throw new IllegalArgumentException("diagram \"" + d.getKey() + "\" is not an object");
			}
			Map<String, ElementPosition> positions = new TreeMap<>();
			for (Map.Entry<String, JsonElement> e : d.getValue().getAsJsonObject().entrySet()) {
				String where = "element \"" + e.getKey() + "\" of diagram \"" + d.getKey() + "\"";
				if (!e.getValue().isJsonObject()) {
					throw new IllegalArgumentException(where + " is not an object");
				}
				JsonObject p = e.getValue().getAsJsonObject();
				JsonElement pinned = p.get("pinned");
				if (pinned != null && !(pinned.isJsonPrimitive() && pinned.getAsJsonPrimitive().isBoolean())) {
					throw new IllegalArgumentException(where + ": \"pinned\" is not true or false");
				}
				positions.put(e.getKey(), new ElementPosition(number(p, "x", where), number(p, "y", where),
						pinned != null && pinned.getAsBoolean(), size(p, "width", where), size(p, "height", where)));
			}
			result.put(d.getKey(), DiagramPositions.of(positions));
		}
		return LayoutFile.of(result);
	}

	/** An optional size: absent is 0 (no size); present, a positive number, with its partner present too. */
	private static double size(JsonObject o, String key, String where) {
		boolean width = o.has("width");
		boolean height = o.has("height");
		if (width != height) {
			throw new IllegalArgumentException(where + ": \"" + (width ? "width" : "height") + "\" without \""
					+ (width ? "height" : "width") + "\"");
		}
		if (!width) {
			return 0;
		}
		double v = number(o, key, where);
		if (v <= 0) {
			throw new IllegalArgumentException(where + ": \"" + key + "\" is not a positive number");
		}
		return v;
	}

	private static String string(JsonObject o, String key, String where) {
		JsonElement e = o.get(key);
		if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
			throw new IllegalArgumentException(where + " has no text \"" + key + "\"");
		}
		return e.getAsString();
	}

	private static double number(JsonObject o, String key, String where) {
		JsonElement e = o.get(key);
		if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
			throw new IllegalArgumentException(where + ": \"" + key + "\" is missing or not a number");
		}
		double v = e.getAsDouble();
		if (!Double.isFinite(v)) {
			throw new IllegalArgumentException(where + ": \"" + key + "\" is not a finite number");
		}
		return v;
	}

	/** The file's text for a layout: sorted, stable. */
	public static String format(LayoutFile layout) {
		StringWriter out = new StringWriter();
		try (JsonWriter w = new JsonWriter(out)) {
			w.setIndent("  ");
			w.beginObject();
			w.name("diagrams").beginObject();
			for (Map.Entry<String, DiagramPositions> d : layout.diagrams().entrySet()) {
				w.name(d.getKey()).beginObject();
				for (Map.Entry<String, ElementPosition> e : d.getValue().asMap().entrySet()) {
					ElementPosition p = e.getValue();
					w.name(e.getKey()).beginObject();
					if (p.hasSize()) {
						w.name("height").value(roundSize(p.height()));
					}
					w.name("pinned").value(p.pinned());
					if (p.hasSize()) {
						w.name("width").value(roundSize(p.width()));
					}
					w.name("x").value(round(p.x()));
					w.name("y").value(round(p.y()));
					w.endObject();
				}
				w.endObject();
			}
			w.endObject();
			w.name("format").value(FORMAT);
			w.name("version").value(VERSION);
			w.endObject();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out + "\n";
	}

	/** A size stays positive when rounded, so that the file reads back. */
	private static Number roundSize(double v) {
		return Math.max(0.01, round(v).doubleValue());
	}

	private static Number round(double v) {
		return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().doubleValue();
	}

	/**
	 * Writes the layout atomically (a temporary file beside it, then a move). An empty layout deletes the file:
	 * it holds only what users moved or pinned.
	 *
	 * @throws LayoutFileException naming the file if it exists and cannot be read as a layout file (it is never
	 *                             replaced silently; see {@link #replaceUnreadable}) or cannot be written
	 */
	public static void write(Path file, LayoutFile layout) throws LayoutFileException {
		if (Files.exists(file) && read(file).unreadable()) {
			throw new LayoutFileException(file + " is not a usable diagram layout file and was not replaced; "
					+ "correct or remove it, or choose to replace it");
		}
		store(file, layout);
	}

	/** Writes the layout even over a file that could not be read; for an explicit user decision. */
	public static void replaceUnreadable(Path file, LayoutFile layout) throws LayoutFileException {
		store(file, layout);
	}

	private static void store(Path file, LayoutFile layout) throws LayoutFileException {
		try {
			if (layout.isEmpty()) {
				Files.deleteIfExists(file);
				return;
			}
			Path dir = file.toAbsolutePath().getParent();
			Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
			try {
				Files.writeString(tmp, format(layout), StandardCharsets.UTF_8);
				try {
					Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
				}
			} finally {
				Files.deleteIfExists(tmp);
			}
		} catch (IOException e) {
			throw new LayoutFileException(file + ": cannot be written: " + e.getMessage(), e);
		}
	}

}
