package org.allianceplanner.docgen.internal.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import freemarker.template.Template;
import freemarker.template.TemplateException;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.Document;

/** Renders a document with a FreeMarker template; the data model is the document itself as {@code doc}. */
public final class TemplateRenderer implements Renderer {

	private final OutputFormat format;
	private final Templates templates;
	private final String templateName;

	public TemplateRenderer(OutputFormat format, Templates templates, String templateName) {
		this.format = format;
		this.templates = templates;
		this.templateName = templateName;
	}

	public static TemplateRenderer html(Templates templates) {
		return new TemplateRenderer(OutputFormat.HTML, templates, "document.ftlh");
	}

	public static TemplateRenderer markdown(Templates templates) {
		return new TemplateRenderer(OutputFormat.MARKDOWN, templates, "document.ftlmd");
	}

	@Override
	public OutputFormat format() {
		return format;
	}

	@Override
	public void render(Document document, OutputStream out) throws IOException {
		Template template = templates.configuration().getTemplate(templateName);
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		try {
			template.process(Map.of("doc", document), w);
		} catch (TemplateException e) {
			throw new IOException("Template " + template.getSourceName() + " failed at line " + e.getLineNumber()
					+ ": " + e.getMessageWithoutStackTop(), e);
		}
		w.flush();
	}
}
