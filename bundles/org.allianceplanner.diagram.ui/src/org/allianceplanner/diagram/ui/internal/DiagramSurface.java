package org.allianceplanner.diagram.ui.internal;

import org.allianceplanner.diagram.ui.internal.PlanDrawing.Drawing;
import org.eclipse.swt.widgets.Control;

/** What shows a diagram in the editor: the browser, or the read-only rendering where there is no browser. */
public interface DiagramSurface {

	/** Told when the user selects (or opens, with a double-click) a diagram element. */
	interface SelectionListener {
		void selected(String elementId, boolean open);
	}

	Control control();

	/** Shows a new drawing of the diagram, keeping what the user scrolled to. UI thread. */
	void show(Drawing drawing);

	/** Marks one element as selected (null: none). UI thread. */
	void highlight(String elementId);

	/** The element marked by {@link #highlight}, or null. */
	String highlighted();

	/** True for the read-only rendering shown when the browser cannot start. */
	boolean readOnly();

	void setSelectionListener(SelectionListener listener);
}
