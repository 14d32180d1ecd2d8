package org.allianceplanner.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.allianceplanner.dsl.conversion.Phrases;
import org.allianceplanner.dsl.ide.edit.NewNames;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Turns a fix's data into a change of the model and a label in the plan author's words. The data names
 * features and classes of the metamodel and values as enumeration literals or element names:
 * <ul>
 * <li>{@code set-value feature literal}: "Change the role of USAF to support"</li>
 * <li>{@code add-values feature value...}: "Add intelligence to the contributions of USAF"</li>
 * <li>{@code add-element feature Class key=value...}: "Add common procedures for ..."; a single-valued key
 * given several times makes one element per value</li>
 * <li>{@code remove-value feature value}: "Remove strike power from the contributions of JASDF"</li>
 * </ul>
 * A fix whose data does not fit the model here (unknown feature, a name that does not resolve, an element
 * for a reference that does not contain) gives no change, so no quick fix is offered rather than a wrong one.
 */
public class ModelFixes {

	/**
	 * A planned change: what the quick fix menu shows, the change of the model, and (for add-element, once
	 * applied) the elements it created.
	 */
	public record Change(String label, Runnable apply, List<EObject> created) {

		Change(String label, Runnable apply) {
			this(label, apply, new ArrayList<>());
		}
	}

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameConverter names;

	/** The change the data asks of the element the diagnostic is on (or its nearest container with the feature). */
	public Change plan(EObject context, List<String> data) {
		if (data.size() < 2) {
			return null;
		}
		EObject owner = context;
		while (owner != null && owner.eClass().getEStructuralFeature(data.get(1)) == null) {
			owner = owner.eContainer();
		}
		if (owner == null) {
			return null;
		}
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(data.get(1));
		List<String> args = data.subList(2, data.size());
		return switch (data.get(0)) {
		case FixData.SET_VALUE -> setValue(owner, feature, args);
		case FixData.ADD_VALUES -> addValues(owner, feature, args);
		case FixData.REMOVE_VALUE -> removeValue(owner, feature, args);
		case FixData.ADD_ELEMENT -> addElements(owner, feature, args);
		default -> null;
		};
	}

	private Change setValue(EObject owner, EStructuralFeature feature, List<String> args) {
		if (args.size() != 1 || feature.isMany()) {
			return null;
		}
		Object value = value(owner, feature, args.get(0));
		if (value == null) {
			return null;
		}
		String label = Boolean.TRUE.equals(value) ? "Mark " + nameOf(owner) + " " + words(feature.getName())
				: "Change the " + words(feature.getName()) + " of " + nameOf(owner) + " to " + phrase(value);
		if (twinAfterSet(owner, feature, value)) {
			// the changed line would repeat one already there: keep that one, take this one out
			return new Change(label + " (the same line is already there: this one is removed)",
					() -> EcoreUtil.remove(owner));
		}
		return new Change(label, () -> owner.eSet(feature, value));
	}

	/**
	 * Whether setting the value would make the element equal to one of its siblings (changing FifthAirForce's
	 * role to support beside an existing "FifthAirForce support" would leave the same line twice).
	 */
	static boolean twinAfterSet(EObject owner, EStructuralFeature feature, Object value) {
		EReference containment = owner.eContainmentFeature();
		if (containment == null || !containment.isMany()) {
			return false;
		}
		EObject changed = EcoreUtil.copy(owner);
		changed.eSet(feature, value);
		for (Object sibling : many(owner.eContainer(), containment)) {
			if (sibling != owner && EcoreUtil.equals(changed, (EObject) sibling)) {
				return true;
			}
		}
		return false;
	}

	private Change addValues(EObject owner, EStructuralFeature feature, List<String> args) {
		if (args.isEmpty() || !feature.isMany() || feature instanceof EReference r && r.isContainment()) {
			return null;
		}
		List<Object> values = new ArrayList<>();
		for (String arg : args) {
			Object value = value(owner, feature, arg);
			if (value == null) {
				return null;
			}
			values.add(value);
		}
		String label = "Add " + phrases(values) + " to the " + words(feature.getName()) + " of " + nameOf(owner);
		return new Change(label, () -> {
			List<Object> list = many(owner, feature);
			values.stream().filter(v -> !list.contains(v)).forEach(list::add);
		});
	}

	private Change removeValue(EObject owner, EStructuralFeature feature, List<String> args) {
		if (args.size() != 1 || !feature.isMany()) {
			return null;
		}
		Object present = many(owner, feature).stream().filter(v -> matches(v, args.get(0))).findFirst().orElse(null);
		if (present == null) {
			return null;
		}
		String label = "Remove " + phrase(present) + " from the " + words(feature.getName()) + " of " + nameOf(owner);
		return new Change(label, () -> many(owner, feature).remove(present));
	}

	private Change addElements(EObject owner, EStructuralFeature feature, List<String> args) {
		if (!(feature instanceof EReference reference) || !reference.isContainment() || args.isEmpty()) {
			return null;
		}
		EClassifier classifier = reference.getEReferenceType().getEPackage().getEClassifier(args.get(0));
		if (!(classifier instanceof EClass type) || type.isAbstract()
				|| !reference.getEReferenceType().isSuperTypeOf(type)) {
			return null;
		}
		// key=value pairs, grouped by feature, values already converted
		Map<EStructuralFeature, List<Object>> settings = new LinkedHashMap<>();
		for (String pair : args.subList(1, args.size())) {
			int eq = pair.indexOf('=');
			EStructuralFeature key = eq > 0 ? type.getEStructuralFeature(pair.substring(0, eq)) : null;
			Object value = key == null ? null : value(owner, key, pair.substring(eq + 1));
			if (value == null) {
				return null;
			}
			settings.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
		}
		int count = settings.entrySet().stream().filter(e -> !e.getKey().isMany()).mapToInt(e -> e.getValue().size())
				.max().orElse(1);
		if (!reference.isMany() && count > 1) {
			return null;
		}
		List<Object> described = new ArrayList<>();
		settings.values().forEach(described::addAll);
		String what = words(type.getName());
		String label = count > 1 ? "Add " + what + "s for " + phrases(described)
				: "Add a " + what + (described.isEmpty() ? "" : " for " + phrases(described));
		List<EObject> created = new ArrayList<>();
		return new Change(label, () -> {
			for (int i = 0; i < count; i++) {
				EObject element = EcoreUtil.create(type);
				Enumerator kind = null;
				for (Map.Entry<EStructuralFeature, List<Object>> e : settings.entrySet()) {
					if (e.getKey().isMany()) {
						many(element, e.getKey()).addAll(e.getValue());
					} else if (i < e.getValue().size()) {
						element.eSet(e.getKey(), e.getValue().get(i));
						kind = kind == null && e.getValue().get(i) instanceof Enumerator k ? k : kind;
					}
				}
				name(owner, element, kind);
				if (reference.isMany()) {
					many(owner, reference).add(element);
				} else {
					owner.eSet(reference, element);
				}
				created.add(element);
			}
		}, created);
	}

	/** A new element with a name attribute gets a name from what it is, unique in its file. */
	private static void name(EObject owner, EObject created, Enumerator kind) {
		EStructuralFeature nameFeature = created.eClass().getEStructuralFeature("name");
		if (!(nameFeature instanceof EAttribute) || created.eGet(nameFeature) != null) {
			return;
		}
		String base = kind != null ? NewNames.of(kind) : created.eClass().getName();
		created.eSet(nameFeature, NewNames.unique(owner, base));
	}

	/** A value of the data for a feature: an enumeration literal, a data value or the name of an element in scope. */
	private Object value(EObject owner, EStructuralFeature feature, String text) {
		if (feature instanceof EAttribute attribute) {
			if (attribute.getEAttributeType() instanceof EEnum eenum) {
				EEnumLiteral literal = eenum.getEEnumLiteralByLiteral(text);
				literal = literal != null ? literal : eenum.getEEnumLiteral(text);
				return literal == null ? null : literal.getInstance();
			}
			EDataType type = attribute.getEAttributeType();
			try {
				return EcoreUtil.createFromString(type, text);
			} catch (RuntimeException e) {
				return null;
			}
		}
		EReference reference = (EReference) feature;
		if (reference.isContainment() || text.isBlank()) {
			return null;
		}
		IEObjectDescription found = scopes.getScope(owner, reference).getSingleElement(names.toQualifiedName(text));
		if (found == null) {
			return null;
		}
		EObject resolved = EcoreUtil.resolve(found.getEObjectOrProxy(), owner);
		return resolved.eIsProxy() ? null : resolved;
	}

	private static boolean matches(Object value, String text) {
		if (value instanceof Enumerator e) {
			return text.equals(e.getLiteral()) || text.equals(e.getName());
		}
		return value instanceof EObject o ? text.equals(simpleName(o)) : text.equals(String.valueOf(value));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> many(EObject owner, EStructuralFeature feature) {
		return (List<Object>) owner.eGet(feature);
	}

	/** How the plan names an element: its name, else the name of what it refers to (an assignment's party). */
	private static String nameOf(EObject o) {
		String name = simpleName(o);
		if (name != null) {
			return name;
		}
		for (EReference r : o.eClass().getEAllReferences()) {
			if (!r.isContainment() && !r.isContainer() && !r.isMany() && o.eGet(r) instanceof EObject target
					&& simpleName(target) != null) {
				return simpleName(target);
			}
		}
		return "the " + words(o.eClass().getName());
	}

	private static String simpleName(EObject o) {
		return NewNames.nameOf(o);
	}

	private static String phrase(Object value) {
		if (value instanceof Enumerator e) {
			return Phrases.of(e);
		}
		if (value instanceof EObject o) {
			return Objects.requireNonNullElse(simpleName(o), words(o.eClass().getName()));
		}
		return String.valueOf(value);
	}

	private static String phrases(List<Object> values) {
		List<String> out = values.stream().map(ModelFixes::phrase).toList();
		if (out.size() <= 1) {
			return String.join("", out);
		}
		return String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
	}

	/** "reportsTo" gives "reports to", "CommonProcedure" gives "common procedure". */
	static String words(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}
}
