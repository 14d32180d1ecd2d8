package org.allianceplanner.diagram.ui;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ISharedImages;

/**
 * What a diagram editor shows: one diagram description (by its name in the viewpoint, e.g.
 * {@code ReadinessStages}) drawn for one plan file. Two inputs are equal when both are, so opening a diagram
 * that is open already brings its editor to the front.
 */
public final class DiagramEditorInput implements IEditorInput {

	private final IFile file;
	private final String diagram;

	public DiagramEditorInput(IFile file, String diagram) {
		this.file = Objects.requireNonNull(file, "file");
		this.diagram = Objects.requireNonNull(diagram, "diagram");
	}

	public IFile file() {
		return file;
	}

	/** The description's name, e.g. {@code ReadinessStages}. */
	public String diagram() {
		return diagram;
	}

	@Override
	public boolean exists() {
		return file.exists();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE);
	}

	@Override
	public String getName() {
		return file.getName() + " – " + diagram;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null; // not reopened at the next start: the diagram server runs only while the IDE does
	}

	@Override
	public String getToolTipText() {
		return diagram + " of " + file.getFullPath();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IFile.class || adapter.isInstance(file)) {
			return adapter.cast(file);
		}
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DiagramEditorInput other && file.equals(other.file) && diagram.equals(other.diagram);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, diagram);
	}

	@Override
	public String toString() {
		return getToolTipText();
	}
}
