package org.allianceplanner.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.Diagnostic;

/** The fix a diagnostic carries as its data: {@code [kind, data...]}. */
final class FixData {

	static final String SET_VALUE = "set-value";
	static final String ADD_VALUES = "add-values";
	static final String ADD_ELEMENT = "add-element";
	static final String REMOVE_VALUE = "remove-value";
	static final Set<String> KINDS = Set.of(SET_VALUE, ADD_VALUES, ADD_ELEMENT, REMOVE_VALUE);

	private FixData() {
	}

	/** In process the data is the validator's String[]; through JSON it arrives as a list. */
	static List<String> of(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> out = new ArrayList<>();
		if (data instanceof String[] array) {
			out.addAll(List.of(array));
		} else if (data instanceof Iterable<?> items) {
			// JSON strings print with their quotes
			items.forEach(i -> out.add(String.valueOf(i).replaceAll("^\"|\"$", "")));
		}
		return out;
	}
}
