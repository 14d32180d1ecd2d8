package org.allianceplanner.docgen;

import java.util.Locale;

/** The file formats the generators write. */
public enum OutputFormat {
	HTML("html", "HTML"), MARKDOWN("md", "Markdown"), PDF("pdf", "PDF"), DOCX("docx", "Word"), CSV("csv", "CSV"),
	XLSX("xlsx", "Excel"), JSON("json", "JSON");

	private final String extension;
	private final String label;

	OutputFormat(String extension, String label) {
		this.extension = extension;
		this.label = label;
	}

	/** The name shown to users, e.g. {@code Markdown}, {@code Word}. */
	public String label() {
		return label;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return extension;
	}

	/**
	 * Parses a format name as users type it: the enum name or the extension, in any case ({@code md},
	 * {@code markdown}, {@code HTML}).
	 *
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static OutputFormat parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		for (OutputFormat f : values()) {
			if (f.extension.equals(t) || f.name().toLowerCase(Locale.ROOT).equals(t)) {
				return f;
			}
		}
		throw new IllegalArgumentException("Unknown format '" + text
				+ "'; expected one of html, md (markdown), pdf, docx, csv, xlsx, json");
	}
}
