package org.allianceplanner.ui.internal.explorer;

import java.util.Objects;

import org.allianceplanner.ui.internal.outline.OutlineTree;
import org.eclipse.core.resources.IFile;

/**
 * A plan element or a group heading under a plan file in the Project Explorer. Nodes are equal when they
 * stand for the same element of the same file, whatever build their tree came from (so that the explorer
 * keeps them expanded and selected across builds).
 *
 * @param file the plan file
 * @param tree the file's outline tree the element is part of
 * @param element a document symbol or a group of the tree
 */
public record PlanElementNode(IFile file, OutlineTree tree, Object element) {

	@Override
	public boolean equals(Object other) {
		return other instanceof PlanElementNode node && node.file.equals(file)
				&& OutlineTree.keyOf(node.element).equals(OutlineTree.keyOf(element));
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, OutlineTree.keyOf(element));
	}
}
