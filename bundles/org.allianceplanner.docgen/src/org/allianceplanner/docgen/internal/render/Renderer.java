package org.allianceplanner.docgen.internal.render;

import java.io.IOException;
import java.io.OutputStream;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.Document;

/** Draws a {@link Document} in one format. Implementations are stateless apart from their configuration. */
public interface Renderer {

	OutputFormat format();

	/** Writes the whole document to {@code out}; does not close it. */
	void render(Document document, OutputStream out) throws IOException;
}
