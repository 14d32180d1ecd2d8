package org.allianceplanner.dsl.ide.edit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Names for elements an edit creates (a quick fix, a diagram tool): from what the element is, made unique
 * by a number, so that the plan author can rename it afterwards.
 */
public final class NewNames {

	private NewNames() {
	}

	/** {@code base}, or {@code base2}, {@code base3}... whichever no named element of the file uses yet. */
	public static String unique(EObject context, String base) {
		Set<String> taken = new HashSet<>();
		EcoreUtil.getRootContainer(context).eAllContents().forEachRemaining(o -> {
			String name = nameOf(o);
			if (name != null) {
				taken.add(name);
			}
		});
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + i;
		}
		return name;
	}

	/** A name from an enumeration value: TARGET_INFORMATION gives TargetInformation. */
	public static String of(Enumerator kind) {
		return camel(kind.getName());
	}

	/** The value of an element's {@code name} attribute, if it has one. */
	public static String nameOf(EObject o) {
		EStructuralFeature f = o.eClass().getEStructuralFeature("name");
		return f instanceof EAttribute && o.eGet(f) instanceof String s ? s : null;
	}

	/** "TARGET_INFORMATION" gives "TargetInformation". */
	public static String camel(String name) {
		StringBuilder out = new StringBuilder();
		for (String part : name.split("_")) {
			if (!part.isEmpty()) {
				out.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
						.append(part.substring(1).toLowerCase(Locale.ROOT));
			}
		}
		return out.toString();
	}
}
