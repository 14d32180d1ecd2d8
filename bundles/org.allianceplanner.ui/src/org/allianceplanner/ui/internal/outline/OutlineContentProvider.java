package org.allianceplanner.ui.internal.outline;

import java.util.function.Supplier;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** Feeds a tree viewer from the current {@link OutlineTree} (the viewer's input only stands for it). */
public final class OutlineContentProvider implements ITreeContentProvider {

	private final Supplier<OutlineTree> tree;

	public OutlineContentProvider(Supplier<OutlineTree> tree) {
		this.tree = tree;
	}

	@Override
	public Object[] getElements(Object input) {
		return tree.get().roots().toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return tree.get().children(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		return tree.get().parent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		return !tree.get().children(element).isEmpty();
	}
}
