package org.allianceplanner.validation;

import java.util.List;

/**
 * A machine-readable fix for a finding, for the IDE's quick fixes and for tools reading JSON/SARIF.
 *
 * @param kind what the fix does; one of the {@code KIND_*} constants
 * @param label what a quick fix menu shows
 * @param data arguments of the fix (feature name, new value, missing items...), in the order of the kind's contract
 */
public record Fix(String kind, String label, List<String> data) {

	/** Set a single-valued feature of the flagged element: data = [feature, new literal]. */
	public static final String KIND_SET_VALUE = "set-value";
	/** Add literals to a many-valued feature of the flagged element: data = [feature, literal...]. */
	public static final String KIND_ADD_VALUES = "add-values";
	/** Create a missing element: data = [containing feature, EClass name, hint...]. */
	public static final String KIND_ADD_ELEMENT = "add-element";
	/** Remove a value from a many-valued feature: data = [feature, literal]. */
	public static final String KIND_REMOVE_VALUE = "remove-value";

	public Fix {
		data = List.copyOf(data);
	}

	/** The fix as Xtext-style issue data: kind first, then the arguments. */
	public String[] toIssueData() {
		String[] result = new String[data.size() + 1];
		result[0] = kind;
		for (int i = 0; i < data.size(); i++) {
			result[i + 1] = data.get(i);
		}
		return result;
	}
}
