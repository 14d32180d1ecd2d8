package org.allianceplanner.diagram.edit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.allianceplanner.diagram.edit.EditException;
import org.allianceplanner.dsl.ide.edit.NewNames;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

/** Checks and look-ups the edit operations share. */
public final class Elements {

	/** The ID terminal of the grammar (Xtext's common terminals). */
	private static final Pattern ID = Pattern.compile("\\^?[a-zA-Z_][a-zA-Z_0-9]*");

	private Elements() {
	}

	/** The element's resource, which must be a plan parsed without syntax errors. */
	public static XtextResource planResource(EObject element, String role) {
		if (element == null) {
			throw new EditException("No " + role + " given");
		}
		if (!(element.eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			throw new EditException("The " + role + " " + label(element) + " is not in a parsed plan file");
		}
		if (!resource.getErrors().isEmpty()) {
			throw new EditException(resource.getURI().lastSegment() + " has syntax errors ("
					+ resource.getErrors().get(0).getMessage() + " at line " + resource.getErrors().get(0).getLine()
					+ "): correct the text before editing the diagram");
		}
		return resource;
	}

	/** A name the plan author typed: an identifier that no element of the resource set uses yet. */
	public static String checkNewName(EObject context, String name) {
		if (name == null || !ID.matcher(name).matches()) {
			throw new EditException("\"" + name + "\" is not a name: use letters, digits and _, not starting with a digit");
		}
		String plain = name.startsWith("^") ? name.substring(1) : name;
		for (Resource resource : context.eResource().getResourceSet().getResources()) {
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (plain.equals(NewNames.nameOf(o))) {
					throw new EditException("The name " + plain + " is already used in "
							+ resource.getURI().lastSegment());
				}
			}
		}
		return plain;
	}

	/**
	 * The given name checked, or a new one from {@code base} ({@code base2}, {@code base3}...) that no element
	 * of the resource set uses: the files of a project may share a package.
	 */
	public static String nameOrNew(EObject context, String name, String base) {
		if (name != null) {
			return checkNewName(context, name);
		}
		Set<String> taken = new java.util.HashSet<>();
		for (Resource resource : context.eResource().getResourceSet().getResources()) {
			resource.getAllContents().forEachRemaining(o -> {
				String used = NewNames.nameOf(o);
				if (used != null) {
					taken.add(used);
				}
			});
		}
		String candidate = base;
		for (int i = 2; taken.contains(candidate); i++) {
			candidate = base + i;
		}
		return candidate;
	}

	public static String label(EObject element) {
		String name = element == null ? null : NewNames.nameOf(element);
		return name != null ? name : element == null ? "nothing" : "the " + element.eClass().getName();
	}

	/**
	 * What removing {@code element} entails: every reference to it or to its contents is removed too, and an
	 * element that cannot exist without the reference (an assignment without its party) is removed with it.
	 * Returns the changes to run and the resources they touch.
	 */
	public static Removal removal(EObject element) {
		Set<EObject> removed = new LinkedHashSet<>();
		Deque<EObject> queue = new ArrayDeque<>(List.of(element));
		List<Runnable> unlinks = new ArrayList<>();
		List<EStructuralFeature.Setting> unsets = new ArrayList<>();
		Set<Resource> touched = new LinkedHashSet<>(List.of(element.eResource()));
		while (!queue.isEmpty()) {
			EObject next = queue.poll();
			if (!removed.add(next)) {
				continue;
			}
			List<EObject> targets = new ArrayList<>(List.of(next));
			next.eAllContents().forEachRemaining(targets::add);
			Collection<Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer
					.findAll(targets, next.eResource().getResourceSet()).values();
			for (Collection<EStructuralFeature.Setting> settings : usages) {
				for (EStructuralFeature.Setting setting : settings) {
					EObject user = setting.getEObject();
					if (EcoreUtil.isAncestor(removed, user) || EcoreUtil.isAncestor(targets, user)) {
						continue;
					}
					EReference reference = (EReference) setting.getEStructuralFeature();
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
						continue;
					}
					touched.add(user.eResource());
					if (reference.isMany()) {
						List<EObject> gone = List.copyOf(targets);
						unlinks.add(() -> ((List<?>) user.eGet(reference)).removeAll(gone));
					} else if (reference.getLowerBound() > 0) {
						queue.add(user);
					} else {
						unsets.add(setting);
					}
				}
			}
		}
		return new Removal(new ArrayList<>(removed), unlinks, unsets, touched);
	}

	/**
	 * The elements to remove (the first one asked for), the values to drop from reference lists, the optional
	 * single references to clear, and the resources touched.
	 */
	public record Removal(List<EObject> removed, List<Runnable> unlinks, List<EStructuralFeature.Setting> unsets,
			Set<Resource> touched) {
	}
}
