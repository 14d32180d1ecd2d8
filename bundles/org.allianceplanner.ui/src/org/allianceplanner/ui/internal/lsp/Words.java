package org.allianceplanner.ui.internal.lsp;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.model.wording.Wording;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Turns metamodel names into the words a planner reads ("ReadinessStage" to "readiness stage"). */
public final class Words {

	private Words() {
	}

	public static String kind(EClass eClass) {
		String words = humanize(eClass.getName());
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public static String humanize(String camelCase) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < camelCase.length(); i++) {
			char c = camelCase.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				out.append(' ');
			}
			out.append(Character.toLowerCase(c));
		}
		return out.toString();
	}

	public static String name(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : element.eGet(name);
		return value == null ? kind(element.eClass()) : value.toString();
	}

	static String names(Object value) {
		if (value instanceof Iterable<?> values) {
			List<String> out = new ArrayList<>();
			for (Object v : values) {
				out.add(v instanceof EObject e ? name(e) : String.valueOf(v));
			}
			return String.join(", ", out);
		}
		return value instanceof EObject e ? name(e) : String.valueOf(value);
	}

	static String join(Iterable<?> values) {
		List<String> out = new ArrayList<>();
		values.forEach(v -> out.add(value(v)));
		return String.join(", ", out);
	}

	/** An attribute value as the plan writes it: enumeration values in the model's {@link Wording}. */
	static String value(Object value) {
		return value instanceof Enumerator e ? Wording.of(e) : String.valueOf(value);
	}
}
