package org.allianceplanner.dsl.parser;

import org.allianceplanner.dsl.parser.antlr.internal.InternalAllianceLexer;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;

/**
 * The generated lexer with errors in the plan author's words: an unclosed quote or comment, an
 * incomplete word such as {@code U.S} or {@code IV.2(2}, or a character the language does not use.
 */
public class AllianceLexer extends InternalAllianceLexer {

	public AllianceLexer() {
	}

	public AllianceLexer(CharStream input) {
		super(input);
	}

	@Override
	public String getErrorMessage(RecognitionException e, String[] tokenNames) {
		String sofar = textSoFar(e.index);
		if (e.c == CharStream.EOF) {
			if (sofar.startsWith("\"") || sofar.startsWith("'")) {
				return "A quoted text is not closed before the end of the file.";
			}
			if (sofar.startsWith("/*")) {
				return "A comment /* is not closed (*/ missing) before the end of the file.";
			}
			return "The file ends in the middle of '" + sofar + "'.";
		}
		if ((sofar.startsWith("\"") || sofar.startsWith("'")) && (e.c == '\n' || e.c == '\r')) {
			return "A quoted text is not closed at the end of the line.";
		}
		if (e instanceof MismatchedTokenException mismatched && mismatched.expecting >= 0 && !sofar.isEmpty()) {
			return "Incomplete '" + sofar + "': expected '" + (char) mismatched.expecting + "' instead of "
					+ describe(e.c) + ".";
		}
		return "Unexpected " + describe(e.c) + ".";
	}

	/** The text of the token being read, up to (not including) the character at {@code errorIndex}. */
	private String textSoFar(int errorIndex) {
		int start = state.tokenStartCharIndex;
		int end = errorIndex;
		if (start < 0 || end <= start) {
			return "";
		}
		String text = input.substring(start, end - 1);
		return text.length() > 40 ? text.substring(0, 40) + "..." : text;
	}

	private static String describe(int c) {
		return switch (c) {
		case ' ', '\t' -> "a space";
		case '\n', '\r' -> "the end of the line";
		default -> "'" + (char) c + "'";
		};
	}
}
