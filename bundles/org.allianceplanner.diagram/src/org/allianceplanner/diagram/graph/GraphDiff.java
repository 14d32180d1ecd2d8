package org.allianceplanner.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two graphs of the same diagram, by identity, so that an editor redraws only that:
 * elements added, removed, and changed (with the aspects that differ). Linear in the size of the graphs.
 */
public final class GraphDiff {

	/** What can differ between two versions of the same element. */
	public enum Aspect {
		/** the label text */
		LABEL,
		/** the resolved style (or, for a node, its kind) */
		STYLE,
		/** the decorations */
		DECORATIONS,
		/** the identities or order of a container's direct children */
		CHILDREN,
		/** an edge's source or target */
		ENDPOINTS,
		/** the container holding a node */
		PARENT,
		/** the layer */
		LAYER,
		/** the mapping name or the semantic element */
		ORIGIN
	}

	/** One element present in both graphs whose aspects differ. */
	public record Change(DiagramElement before, DiagramElement after, Set<Aspect> aspects) {
		public Change {
			Objects.requireNonNull(before, "before");
			Objects.requireNonNull(after, "after");
			aspects = Collections.unmodifiableSet(EnumSet.copyOf(aspects));
		}

		public String identity() {
			return after.identity();
		}
	}

	private final List<DiagramElement> added;
	private final List<DiagramElement> removed;
	private final List<Change> changed;
	private final boolean headerChanged;

	private GraphDiff(List<DiagramElement> added, List<DiagramElement> removed, List<Change> changed,
			boolean headerChanged) {
		this.added = List.copyOf(added);
		this.removed = List.copyOf(removed);
		this.changed = List.copyOf(changed);
		this.headerChanged = headerChanged;
	}

	/** The difference from {@code before} to {@code after}. Lists follow the element order of the graphs. */
	public static GraphDiff between(Diagram before, Diagram after) {
		Map<String, DiagramElement> old = before.elements();
		Map<String, DiagramElement> now = after.elements();
		List<DiagramElement> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		for (DiagramElement element : now.values()) {
			DiagramElement previous = old.get(element.identity());
			if (previous == null) {
				added.add(element);
				continue;
			}
			if (previous == element) {
				// Same instance: unchanged, unless it moved to another container.
				if (!Objects.equals(before.parentOf(element.identity()), after.parentOf(element.identity()))) {
					changed.add(new Change(previous, element, EnumSet.of(Aspect.PARENT)));
				}
				continue;
			}
			EnumSet<Aspect> aspects = compare(previous, element);
			if (!Objects.equals(before.parentOf(element.identity()), after.parentOf(element.identity()))) {
				aspects.add(Aspect.PARENT);
			}
			if (!aspects.isEmpty()) {
				changed.add(new Change(previous, element, aspects));
			}
		}
		List<DiagramElement> removed = new ArrayList<>();
		for (DiagramElement element : old.values()) {
			if (!now.containsKey(element.identity())) {
				removed.add(element);
			}
		}
		boolean header = !before.title().equals(after.title())
				|| !before.descriptionName().equals(after.descriptionName()) || !before.id().equals(after.id());
		return new GraphDiff(added, removed, changed, header);
	}

	private static EnumSet<Aspect> compare(DiagramElement a, DiagramElement b) {
		EnumSet<Aspect> aspects = EnumSet.noneOf(Aspect.class);
		if (!a.label().equals(b.label())) {
			aspects.add(Aspect.LABEL);
		}
		if (!a.layer().equals(b.layer())) {
			aspects.add(Aspect.LAYER);
		}
		if (!a.decorations().equals(b.decorations())) {
			aspects.add(Aspect.DECORATIONS);
		}
		if (!a.mappingName().equals(b.mappingName()) || !a.semanticElement().equals(b.semanticElement())) {
			aspects.add(Aspect.ORIGIN);
		}
		if (a instanceof DiagramNode na && b instanceof DiagramNode nb) {
			if (na.kind() != nb.kind() || !na.style().equals(nb.style())) {
				aspects.add(Aspect.STYLE);
			}
			if (!sameChildIdentities(na.children(), nb.children())) {
				aspects.add(Aspect.CHILDREN);
			}
		} else if (a instanceof DiagramEdge ea && b instanceof DiagramEdge eb) {
			if (!ea.style().equals(eb.style())) {
				aspects.add(Aspect.STYLE);
			}
			if (!ea.sourceIdentity().equals(eb.sourceIdentity()) || !ea.targetIdentity().equals(eb.targetIdentity())) {
				aspects.add(Aspect.ENDPOINTS);
			}
		} else {
			// A node became an edge under the same identity (or back): everything differs.
			aspects.addAll(EnumSet.allOf(Aspect.class));
		}
		return aspects;
	}

	private static boolean sameChildIdentities(List<DiagramNode> a, List<DiagramNode> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!a.get(i).identity().equals(b.get(i).identity())) {
				return false;
			}
		}
		return true;
	}

	public List<DiagramElement> added() {
		return added;
	}

	public List<DiagramElement> removed() {
		return removed;
	}

	public List<Change> changed() {
		return changed;
	}

	/** Whether the diagram's id, description name or title changed. */
	public boolean headerChanged() {
		return headerChanged;
	}

	/** True when nothing at all differs: an editor has nothing to redraw. */
	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !headerChanged;
	}

	@Override
	public String toString() {
		return "GraphDiff[+" + added.size() + " -" + removed.size() + " ~" + changed.size()
				+ (headerChanged ? ", header" : "") + "]";
	}
}
