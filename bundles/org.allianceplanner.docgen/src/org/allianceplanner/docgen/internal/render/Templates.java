package org.allianceplanner.docgen.internal.render;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker configuration for the text formats. Templates are looked up first in the project's
 * override folder (if any), then in this bundle, so a project replaces a template by placing a file of the
 * same name in its folder. {@code *.ftlh} templates escape for HTML, {@code *.ftlmd} for Markdown.
 */
public final class Templates {

	/** Where the built-in templates live, relative to this class. */
	static final String BUILT_IN = "/org/allianceplanner/docgen/templates";

	private final Configuration configuration;

	/** @param overrideDir a folder with the project's own templates, or {@code null} */
	public Templates(Path overrideDir) {
		Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
		cfg.setDefaultEncoding("UTF-8");
		cfg.setOutputEncoding("UTF-8");
		// Fixed locale and zone: output must not depend on the machine it runs on.
		cfg.setLocale(Locale.ROOT);
		cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
		cfg.setNumberFormat("computer");
		cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		cfg.setLogTemplateExceptions(false);
		cfg.setWrapUncheckedExceptions(true);
		cfg.setFallbackOnNullLoopVariable(false);
		cfg.setRecognizeStandardFileExtensions(true);
		cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
		TemplateConfiguration markdown = new TemplateConfiguration();
		markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
		cfg.setTemplateConfigurations(
				new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlmd"), markdown));
		// Records expose their accessors as properties (FreeMarker 2.3.33+), which the templates rely on.
		cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
		TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
		if (overrideDir == null) {
			cfg.setTemplateLoader(builtIn);
		} else {
			try {
				File dir = overrideDir.toFile();
				cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] { new FileTemplateLoader(dir), builtIn }));
			} catch (IOException e) {
				throw new UncheckedIOException("Template folder " + overrideDir + " cannot be read: " + e.getMessage(), e);
			}
		}
		this.configuration = cfg;
	}

	public Configuration configuration() {
		return configuration;
	}
}
