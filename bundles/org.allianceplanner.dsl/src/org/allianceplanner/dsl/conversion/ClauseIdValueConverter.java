package org.allianceplanner.dsl.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A clause or Annex item identifier in the Guidelines' own numbering ({@code IV.2(2)a},
 * {@code Annex.2.b.i.1}). The text is the identifier; nothing to unescape.
 */
public class ClauseIdValueConverter extends AbstractValueConverter<String> {

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+|\\(\\d+\\)[A-Za-z_]*)*");

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		return string;
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new ValueConverterException("'" + value + "' is not a Guidelines clause identifier", null, null);
		}
		return value;
	}
}
