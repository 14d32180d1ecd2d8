package org.allianceplanner.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The plan editor's colours (SWT colours need no disposal since SWT 3.120). */
final class PlanColors {

	static final RGB KEYWORD = new RGB(127, 0, 85);
	static final RGB VOCABULARY = new RGB(0, 80, 150);
	static final RGB CLAUSE = new RGB(160, 90, 0);
	static final RGB COMMENT = new RGB(63, 127, 95);
	static final RGB STRING = new RGB(42, 0, 255);
	static final RGB DECLARATION = new RGB(0, 0, 0);

	private PlanColors() {
	}

	static Color color(RGB rgb) {
		return new Color(rgb);
	}

	static int bold(RGB rgb) {
		return rgb == KEYWORD || rgb == DECLARATION ? SWT.BOLD : SWT.NORMAL;
	}
}
