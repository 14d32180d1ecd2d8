package org.allianceplanner.diagram.text;

import java.awt.Font;
import java.util.Optional;

import org.allianceplanner.diagram.graph.FontStyle;

/** The fallback when no bundled font is available: the JDK's logical {@code SansSerif}. */
final class LogicalSansSerif implements DiagramFont {

	static final LogicalSansSerif INSTANCE = new LogicalSansSerif();

	private LogicalSansSerif() {
	}

	@Override
	public String family() {
		return "sans-serif";
	}

	@Override
	public Font awtFont(FontStyle style) {
		int awtStyle = (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0);
		return new Font(Font.SANS_SERIF, awtStyle, style.size());
	}

	@Override
	public Optional<byte[]> trueTypeBytes(boolean bold) {
		return Optional.empty();
	}
}
