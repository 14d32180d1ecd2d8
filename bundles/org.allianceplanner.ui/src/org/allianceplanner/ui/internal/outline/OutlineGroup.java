package org.allianceplanner.ui.internal.outline;

/**
 * A heading in the outline over elements of one kind ("Parties") or tasks of one operation ("air
 * defense"). Groups are values: the same heading under the same parent is the same group across
 * refreshes, so the tree keeps it expanded.
 *
 * @param label the heading
 * @param path where it is: the names of the enclosing elements and groups, which makes it unique
 * @param order its place among its siblings (groups come in a fixed order, before elements)
 */
public record OutlineGroup(String label, String path, int order) {
}
