package org.allianceplanner.dsl.resource;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of a plan file decoded strictly: a byte sequence that is not valid in the file's encoding is reported
 * (line, column, byte), never replaced silently, so that nothing writes the file back without its text. A UTF-8
 * byte-order mark is not part of the text.
 *
 * @param text the decoded text; where the bytes are not valid, the invalid bytes read as U+FFFD
 * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
 * @param problem the first invalid byte, if any
 */
public record PlanText(String text, boolean byteOrderMark, Optional<InvalidByte> problem) {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * The first byte that cannot be decoded.
	 *
	 * @param line 1-based line of the byte
	 * @param column 1-based column: the characters of the line before it, plus one
	 * @param value the byte (0-255)
	 * @param encoding the encoding it is not valid in
	 */
	public record InvalidByte(int line, int column, int value, String encoding) {

		/** "not valid UTF-8 (byte 0x82 at line 3, column 7)" */
		public String describe() {
			return String.format("not valid %s (byte 0x%02X at line %d, column %d); save the file as %s", encoding,
					value, line, column, encoding);
		}
	}

	/** Decodes {@code bytes} in {@code charset}; a leading UTF-8 byte-order mark is dropped. */
	public static PlanText decode(byte[] bytes, Charset charset) {
		boolean bom = StandardCharsets.UTF_8.equals(charset) && startsWithBom(bytes);
		int start = bom ? UTF8_BOM.length : 0;
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) strict.maxCharsPerByte()) + 1);
		CoderResult result = strict.decode(in, out, true);
		if (!result.isError()) {
			result = strict.flush(out);
		}
		if (!result.isError()) {
			return new PlanText(out.flip().toString(), bom, Optional.empty());
		}
		int bad = in.position();
		InvalidByte problem = locate(out.flip().toString(), bytes[bad] & 0xFF, charset.name());
		String lenient = new String(bytes, start, bytes.length - start, charset);
		return new PlanText(lenient, bom, Optional.of(problem));
	}

	/** Where the byte after {@code decodedBefore} (the valid text before it) is. */
	private static InvalidByte locate(String decodedBefore, int value, String encoding) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < decodedBefore.length(); i++) {
			if (decodedBefore.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		int column = decodedBefore.codePointCount(lineStart, decodedBefore.length()) + 1;
		return new InvalidByte(line, column, value, encoding);
	}

	private static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= UTF8_BOM.length && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
				&& bytes[2] == UTF8_BOM[2];
	}
}
