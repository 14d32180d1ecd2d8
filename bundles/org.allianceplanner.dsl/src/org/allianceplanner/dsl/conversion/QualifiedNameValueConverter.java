package org.allianceplanner.dsl.conversion;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A dotted name ({@code demo.catalogue.JASDF}, optionally ending in {@code .*}) whose segments are converted one by
 * one: the first by its own rule (an assignment's party cannot start with a task entry's word), the others as names.
 * The text may be a single CLAUSE_ID token ({@code VI.plans}); it is split the same way.
 */
public class QualifiedNameValueConverter extends AbstractValueConverter<String> {

	private static final String WILDCARD = "*";

	private final NameValueConverter first;
	private final NameValueConverter rest;
	private final boolean wildcard;

	public QualifiedNameValueConverter(NameValueConverter first, NameValueConverter rest, boolean wildcard) {
		this.first = first;
		this.rest = rest;
		this.wildcard = wildcard;
	}

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		List<String> segments = segments(string == null ? "" : string);
		List<String> values = new ArrayList<>(segments.size());
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			values.add(isWildcard(segments, i) ? WILDCARD : (i == 0 ? first : rest).toValue(segment, node));
		}
		return String.join(".", values);
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null || value.isEmpty()) {
			throw new ValueConverterException("An empty name cannot be written.", null, null);
		}
		List<String> segments = segments(value);
		List<String> texts = new ArrayList<>(segments.size());
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			texts.add(isWildcard(segments, i) ? WILDCARD : (i == 0 ? first : rest).toString(segment));
		}
		return String.join(".", texts);
	}

	private boolean isWildcard(List<String> segments, int index) {
		return wildcard && index > 0 && index == segments.size() - 1 && WILDCARD.equals(segments.get(index));
	}

	private static List<String> segments(String text) {
		List<String> result = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '.') {
				result.add(text.substring(start, i));
				start = i + 1;
			}
		}
		return result;
	}
}
