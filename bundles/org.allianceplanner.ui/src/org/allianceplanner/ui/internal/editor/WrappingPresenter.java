package org.allianceplanner.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.DefaultInformationControl.IInformationPresenter;
import org.eclipse.jface.text.DefaultInformationControl.IInformationPresenterExtension;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.graphics.GC;

/**
 * Shows the hover's plain text as written: its paragraphs and lines kept, each line wrapped at the control's
 * width; in the hover (not the focused one) cut after the lines that fit, ending in "...".
 */
final class WrappingPresenter implements IInformationPresenter, IInformationPresenterExtension {

	private final boolean cutAtHeight;

	WrappingPresenter(boolean cutAtHeight) {
		this.cutAtHeight = cutAtHeight;
	}

	@Override
	public String updatePresentation(Drawable drawable, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		if (hoverInfo == null) {
			return null;
		}
		GC gc = new GC(drawable);
		try {
			int lineHeight = Math.max(1, gc.getFontMetrics().getHeight());
			int maxLines = cutAtHeight && maxHeight > 0 ? Math.max(1, maxHeight / lineHeight) : Integer.MAX_VALUE;
			List<String> lines = new ArrayList<>();
			for (String line : hoverInfo.split("\n", -1)) {
				wrap(gc, line, maxWidth, lines);
			}
			if (lines.size() > maxLines) {
				List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
				kept.set(maxLines - 1, kept.get(maxLines - 1) + " ...");
				lines = kept;
			}
			return String.join("\n", lines);
		} finally {
			gc.dispose();
		}
	}

	@Override
	public String updatePresentation(org.eclipse.swt.widgets.Display display, String hoverInfo,
			TextPresentation presentation, int maxWidth, int maxHeight) {
		return updatePresentation((Drawable) display, hoverInfo, presentation, maxWidth, maxHeight);
	}

	/** Breaks a line between words so that each piece fits {@code maxWidth} pixels (any width if not positive). */
	private static void wrap(GC gc, String line, int maxWidth, List<String> out) {
		if (maxWidth <= 0 || gc.textExtent(line).x <= maxWidth) {
			out.add(line);
			return;
		}
		StringBuilder current = new StringBuilder();
		for (String word : line.split(" ")) {
			String candidate = current.length() == 0 ? word : current + " " + word;
			if (current.length() > 0 && gc.textExtent(candidate).x > maxWidth) {
				out.add(current.toString());
				current = new StringBuilder(word);
			} else {
				current = new StringBuilder(candidate);
			}
		}
		out.add(current.toString());
	}
}
