package org.allianceplanner.ui.internal.lsp;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Document offsets and the protocol's zero-based line/character positions, both ways. */
public final class Positions {

	private Positions() {
	}

	public static Position toPosition(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new Position(line, offset - document.getLineOffset(line));
	}

	/** The offset of a position, clamped into the document (positions may be from an older version). */
	public static int toOffset(IDocument document, Position position) {
		try {
			int lines = document.getNumberOfLines();
			if (position.getLine() >= lines) {
				return document.getLength();
			}
			IRegion line = document.getLineInformation(position.getLine());
			return line.getOffset() + Math.min(position.getCharacter(), line.getLength());
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	public static IRegion toRegion(IDocument document, Range range) {
		int start = toOffset(document, range.getStart());
		int end = Math.max(start, toOffset(document, range.getEnd()));
		return new Region(start, end - start);
	}
}
