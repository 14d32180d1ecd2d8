package org.allianceplanner.fonts;

/** The weights the bundle carries: one for running text, one for headings and emphasis. */
public enum FontStyle {
	REGULAR("NotoSansJP-Regular.ttf"),
	BOLD("NotoSansJP-Bold.ttf");

	private final String fileName;

	FontStyle(String fileName) {
		this.fileName = fileName;
	}

	/** The font file's name, ending in {@code .ttf} (libraries such as OpenPDF pick the parser by it). */
	public String fileName() {
		return fileName;
	}
}
