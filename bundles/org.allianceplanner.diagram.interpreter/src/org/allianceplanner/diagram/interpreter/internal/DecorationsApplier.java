package org.allianceplanner.diagram.interpreter.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.diagram.description.viewpoint.ContainerMapping;
import org.allianceplanner.diagram.description.viewpoint.Decoration;
import org.allianceplanner.diagram.description.viewpoint.Layer;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.graph.Placement;
import org.allianceplanner.diagram.graph.Severity;
import org.allianceplanner.diagram.interpreter.DiagramParameters;
import org.allianceplanner.diagram.interpreter.internal.Drafts.Draft;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.validation.Finding;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Turns validation findings into badges on the elements of the mappings a decoration names: the
 * severity, the rule ID, and the message. For an audience, a message that names a withheld element
 * is replaced by the rule's title, so badges leak nothing the documents would not show.
 */
public final class DecorationsApplier {

	private final DiagramParameters parameters;
	private final Map<EObject, List<Finding>> findings = new IdentityHashMap<>();
	private Set<String> withheldNames;

	public DecorationsApplier(DiagramParameters parameters) {
		this.parameters = parameters;
		for (Finding f : parameters.findings()) {
			if (f.element() != null && !f.isSuppressed()) {
				findings.computeIfAbsent(f.element(), k -> new ArrayList<>()).add(f);
			}
		}
	}

	public void apply(List<Layer> layers, Drafts drafts) {
		if (findings.isEmpty()) {
			return;
		}
		for (Layer layer : layers) {
			for (Decoration decoration : layer.getDecorations()) {
				Set<String> mappings = new HashSet<>();
				if (decoration.getMappings().isEmpty()) {
					for (Mapping m : layer.getMappings()) {
						collect(m, mappings);
					}
				} else {
					for (Mapping m : decoration.getMappings()) {
						mappings.add(m.getName());
					}
				}
				Placement placement = decoration.getPosition() == null ? Placement.NORTH_WEST
						: Placement.valueOf(decoration.getPosition().getName());
				for (Draft d : drafts.all()) {
					if (d.element != null && mappings.contains(d.mappingName())) {
						for (Finding f : findings.getOrDefault(d.element, List.of())) {
							Severity severity = severity(f);
							if (severity != null && wanted(decoration, severity)) {
								d.decorations.add(new org.allianceplanner.diagram.graph.Decoration(severity,
										f.rule().id(), message(f), placement));
							}
						}
					}
				}
			}
		}
	}

	private static void collect(Mapping m, Set<String> names) {
		names.add(m.getName());
		if (m instanceof ContainerMapping c) {
			for (Mapping child : c.getChildren()) {
				collect(child, names);
			}
		}
	}

	private static boolean wanted(Decoration decoration, Severity severity) {
		for (var s : decoration.getSeverities()) {
			if (s.getName().equals(severity.name())) {
				return true;
			}
		}
		return false;
	}

	private static Severity severity(Finding f) {
		return switch (f.severity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		case INFO -> Severity.INFO;
		default -> null;
		};
	}

	private String message(Finding f) {
		if (!parameters.restricted()) {
			return f.message();
		}
		for (String name : withheldNames(f.element())) {
			if (f.message().contains(name)) {
				return f.rule().title();
			}
		}
		return f.message();
	}

	/** The names and titles of the elements the audience may not see, in the element's resource set. */
	private Set<String> withheldNames(EObject any) {
		if (withheldNames == null) {
			withheldNames = new HashSet<>();
			Resource r = any.eResource();
			if (r != null && r.getResourceSet() != null) {
				for (Resource resource : List.copyOf(r.getResourceSet().getResources())) {
					for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
						EObject o = it.next();
						if (o instanceof PlanElement p && !parameters.visible().test(o)) {
							if (p.getName() != null && !p.getName().isEmpty()) {
								withheldNames.add(p.getName());
							}
							if (p.getTitle() != null && !p.getTitle().isEmpty()) {
								withheldNames.add(p.getTitle());
							}
						}
					}
				}
			}
		}
		return withheldNames;
	}
}
