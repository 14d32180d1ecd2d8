package org.allianceplanner.diagram.interpreter.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.allianceplanner.diagram.description.viewpoint.Binary;
import org.allianceplanner.diagram.description.viewpoint.BooleanLiteral;
import org.allianceplanner.diagram.description.viewpoint.Comparison;
import org.allianceplanner.diagram.description.viewpoint.ContainerStep;
import org.allianceplanner.diagram.description.viewpoint.EnumLiteralRef;
import org.allianceplanner.diagram.description.viewpoint.Expression;
import org.allianceplanner.diagram.description.viewpoint.FeatureStep;
import org.allianceplanner.diagram.description.viewpoint.IntLiteral;
import org.allianceplanner.diagram.description.viewpoint.InverseStep;
import org.allianceplanner.diagram.description.viewpoint.Navigation;
import org.allianceplanner.diagram.description.viewpoint.Not;
import org.allianceplanner.diagram.description.viewpoint.Step;
import org.allianceplanner.diagram.description.viewpoint.StringLiteral;
import org.allianceplanner.diagram.description.viewpoint.Union;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.allianceplanner.model.plan.PlanElement;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Evaluates description expressions on plan elements. One evaluator serves one interpretation: it
 * caches the inverse references ({@code self.~Task.areas}) it builds over the loaded plan resources.
 * The validator has checked the types, so a value of an unexpected kind simply yields nothing.
 */
public final class Evaluator {

	private final ResourceSet resourceSet;
	private final Predicate<EObject> visible;
	private final Map<List<EObject>, Map<EObject, List<EObject>>> inverses = new HashMap<>();
	private EObject guidelines;

	/**
	 * @param visible the elements the audience may see: inverse references count only these, so that a
	 *                withheld element does not show through (e.g. as the implementer of a clause)
	 */
	public Evaluator(ResourceSet resourceSet, Predicate<EObject> visible) {
		this.resourceSet = resourceSet;
		this.visible = visible;
	}

	/** The values of {@code e} on {@code self}, in order, without repeats. */
	public List<Object> values(Expression e, EObject self) {
		if (e == null) {
			return List.of();
		}
		if (e instanceof Navigation n) {
			return navigate(n, self);
		}
		if (e instanceof Union u) {
			LinkedHashSet<Object> all = new LinkedHashSet<>(values(u.getLeft(), self));
			all.addAll(values(u.getRight(), self));
			return new ArrayList<>(all);
		}
		Object v = value(e, self);
		return v == null ? List.of() : List.of(v);
	}

	/** The single value of {@code e} on {@code self}: the first of its values, or null. */
	public Object value(Expression e, EObject self) {
		if (e instanceof Binary b) {
			boolean left = isTrue(b.getLeft(), self);
			return "and".equals(b.getOp()) ? left && isTrue(b.getRight(), self) : left || isTrue(b.getRight(), self);
		}
		if (e instanceof Not n) {
			return !isTrue(n.getOperand(), self);
		}
		if (e instanceof Comparison c) {
			return compare(c, self);
		}
		if (e instanceof BooleanLiteral b) {
			return b.isValue();
		}
		if (e instanceof IntLiteral i) {
			return i.getValue();
		}
		if (e instanceof StringLiteral s) {
			return s.getValue();
		}
		if (e instanceof EnumLiteralRef r) {
			return r.getLiteral();
		}
		List<Object> all = values(e, self);
		return all.isEmpty() ? null : all.get(0);
	}

	public boolean isTrue(Expression e, EObject self) {
		return Boolean.TRUE.equals(value(e, self));
	}

	private List<Object> navigate(Navigation n, EObject self) {
		List<Object> current = new ArrayList<>(1);
		if ("guidelines".equals(n.getStart())) {
			EObject document = guidelines();
			if (document != null) {
				current.add(document);
			}
		} else if (self != null) {
			current.add(self);
		}
		for (Step step : n.getSteps()) {
			current = apply(step, current);
			if (current.isEmpty()) {
				break;
			}
		}
		if (n.getTest() != null) {
			return switch (n.getTest()) {
			case "isEmpty" -> List.of(current.isEmpty());
			case "notEmpty" -> List.of(!current.isEmpty());
			default -> List.of(current.size());
			};
		}
		return current;
	}

	private List<Object> apply(Step step, List<Object> current) {
		LinkedHashSet<Object> next = new LinkedHashSet<>();
		if (step instanceof FeatureStep f) {
			EStructuralFeature feature = f.getFeature();
			if (f.isClosure()) {
				Deque<Object> todo = new ArrayDeque<>(current);
				while (!todo.isEmpty()) {
					for (Object v : get(todo.poll(), feature)) {
						if (next.add(v)) {
							todo.add(v);
						}
					}
				}
			} else {
				for (Object o : current) {
					next.addAll(get(o, feature));
				}
			}
		} else if (step instanceof InverseStep i) {
			Map<EObject, List<EObject>> index = inverse(i.getOwnerClass(), i.getFeature());
			for (Object o : current) {
				next.addAll(index.getOrDefault(o, List.of()));
			}
		} else if (step instanceof ContainerStep) {
			for (Object o : current) {
				if (o instanceof EObject eo && eo.eContainer() != null) {
					next.add(eo.eContainer());
				}
			}
		}
		return new ArrayList<>(next);
	}

	private static Collection<?> get(Object o, EStructuralFeature feature) {
		if (!(o instanceof EObject eo) || feature == null || !feature.getEContainingClass().isInstance(eo)) {
			return List.of();
		}
		if (feature.isUnsettable() && !eo.eIsSet(feature)) {
			return List.of();
		}
		Object v = eo.eGet(feature);
		if (v instanceof Collection<?> c) {
			return c;
		}
		return v == null ? List.of() : List.of(v);
	}

	/**
	 * The resources in the order of their URIs, not of loading: hosts load the same files in different orders
	 * (the command all named files, the IDE builder the saved file first), and diagrams must not differ.
	 */
	private static List<Resource> inUriOrder(ResourceSet resourceSet) {
		return resourceSet.getResources().stream()
				.sorted(java.util.Comparator.comparing((Resource r) -> String.valueOf(r.getURI()))).toList();
	}

	/** For each element, the instances of {@code owner} in the loaded resources that refer to it by {@code feature}. */
	private Map<EObject, List<EObject>> inverse(EClass owner, EStructuralFeature feature) {
		return inverses.computeIfAbsent(List.of(owner, feature), key -> {
			EStructuralFeature f = feature;
			Map<EObject, List<EObject>> index = new IdentityHashMap<>();
			if (resourceSet == null) {
				return index;
			}
			for (Resource r : inUriOrder(resourceSet)) {
				if (GuidelinesLibrary.SCHEME.equals(r.getURI().scheme())) {
					continue;
				}
				for (TreeIterator<EObject> it = r.getAllContents(); it.hasNext();) {
					EObject o = it.next();
					if (owner.isInstance(o) && f.getEContainingClass().isInstance(o) && visible.test(o)) {
						for (Object target : get(o, f)) {
							if (target instanceof EObject t) {
								index.computeIfAbsent(t, k -> new ArrayList<>()).add(o);
							}
						}
					}
				}
			}
			return index;
		});
	}

	/**
	 * The Guidelines document the plans refer to: the one their {@code implements} references reach (the
	 * plan language may link to a shared library), else the library in the resource set.
	 */
	private EObject guidelines() {
		if (guidelines == null && resourceSet != null) {
			for (Resource r : inUriOrder(resourceSet)) {
				if (GuidelinesLibrary.SCHEME.equals(r.getURI().scheme())) {
					continue;
				}
				for (TreeIterator<EObject> it = r.getAllContents(); it.hasNext() && guidelines == null;) {
					if (it.next() instanceof PlanElement p) {
						for (EObject clause : p.getImplements()) {
							if (!clause.eIsProxy()) {
								guidelines = EcoreUtil.getRootContainer(clause);
								break;
							}
						}
					}
				}
				if (guidelines != null) {
					return guidelines;
				}
			}
			GuidelinesLibrary.register(resourceSet);
			Resource r = resourceSet.getResource(GuidelinesLibrary.URI, true);
			guidelines = r.getContents().isEmpty() ? null : r.getContents().get(0);
		}
		return guidelines;
	}

	private Boolean compare(Comparison c, EObject self) {
		List<Object> left = values(c.getLeft(), self);
		Object right = value(c.getRight(), self);
		String op = c.getOp();
		if ("==".equals(op) || "!=".equals(op)) {
			boolean equal = false;
			for (Object l : left) {
				equal |= same(l, right);
			}
			if (left.isEmpty()) {
				equal = right == null;
			}
			return "==".equals(op) == equal;
		}
		if (left.isEmpty() || !(left.get(0) instanceof Number l) || !(right instanceof Number r)) {
			return false;
		}
		int cmp = Long.compare(l.longValue(), r.longValue());
		return switch (op) {
		case "<" -> cmp < 0;
		case "<=" -> cmp <= 0;
		case ">" -> cmp > 0;
		default -> cmp >= 0;
		};
	}

	private static boolean same(Object value, Object other) {
		if (other instanceof EEnumLiteral literal) {
			return value instanceof Enumerator e && e.getName().equals(literal.getName());
		}
		if (value instanceof Number a && other instanceof Number b) {
			return a.longValue() == b.longValue();
		}
		return value == null ? other == null : value.equals(other);
	}

	/** The elements of a list that are EObjects. */
	public static List<EObject> objects(List<Object> values) {
		if (values.isEmpty()) {
			return Collections.emptyList();
		}
		List<EObject> result = new ArrayList<>(values.size());
		for (Object v : values) {
			if (v instanceof EObject eo) {
				result.add(eo);
			}
		}
		return result;
	}
}
