package org.allianceplanner.diagram.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Identifiers of the diagram editor and its commands, and opening a diagram. */
public final class DiagramEditors {

	/** The diagram editor (also offered in Open With on {@code .alliance} files). */
	public static final String EDITOR_ID = "org.allianceplanner.diagram.ui.diagramEditor";

	/** Opens a diagram of the plan file; its parameter {@link #DIAGRAM_PARAMETER} names the description. */
	public static final String OPEN_COMMAND = "org.allianceplanner.diagram.ui.openDiagram";

	public static final String DIAGRAM_PARAMETER = "org.allianceplanner.diagram.ui.diagramName";

	/** Exports the active diagram as SVG or PNG; parameter {@link #FORMAT_PARAMETER} is {@code svg} or {@code png}. */
	public static final String EXPORT_COMMAND = "org.allianceplanner.diagram.ui.export";

	public static final String FORMAT_PARAMETER = "org.allianceplanner.diagram.ui.format";

	private DiagramEditors() {
	}

	/** Opens (or brings to the front) the diagram {@code diagram} of {@code file}. */
	public static IEditorPart open(IWorkbenchPage page, IFile file, String diagram) throws PartInitException {
		return page.openEditor(new DiagramEditorInput(file, diagram), EDITOR_ID, true);
	}
}
