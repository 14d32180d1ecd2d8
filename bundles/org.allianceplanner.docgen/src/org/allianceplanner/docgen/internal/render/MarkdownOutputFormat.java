package org.allianceplanner.docgen.internal.render;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * FreeMarker output format for Markdown templates ({@code *.ftlmd}): every {@code ${...}} is escaped with
 * {@link Escapes#markdown(String)}, so plan text can never turn into Markdown markup, links or HTML.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

	public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

	private MarkdownOutputFormat() {
	}

	/** The markup value type FreeMarker keeps for already-escaped Markdown. */
	public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
		Model(String plainText, String markupText) {
			super(plainText, markupText);
		}

		@Override
		public MarkdownOutputFormat getOutputFormat() {
			return INSTANCE;
		}
	}

	@Override
	public String getName() {
		return "Markdown";
	}

	@Override
	public String getMimeType() {
		return "text/markdown";
	}

	@Override
	public void output(String textToEsc, Writer out) throws IOException {
		out.write(Escapes.markdown(textToEsc));
	}

	@Override
	public String escapePlainText(String plainTextContent) {
		return Escapes.markdown(plainTextContent);
	}

	@Override
	public boolean isLegacyBuiltInBypassed(String builtInName) {
		return false;
	}

	@Override
	protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
		return new Model(plainTextContent, markupContent);
	}
}
