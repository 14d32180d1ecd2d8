package org.allianceplanner.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * "within Japanese capabilities" is true, "beyond Japanese capabilities" is false
 * (maintenance of items of U.S. origin, IV.2(3)e.iii).
 */
public class MaintenanceCapabilityValueConverter extends AbstractValueConverter<Boolean> {

	public static final String WITHIN = "within Japanese capabilities";

	public static final String BEYOND = "beyond Japanese capabilities";

	@Override
	public Boolean toValue(String string, INode node) throws ValueConverterException {
		// The words arrive without the spaces between them: "beyondJapanesecapabilities".
		return string == null || !string.trim().startsWith("beyond");
	}

	@Override
	public String toString(Boolean value) throws ValueConverterException {
		return Boolean.FALSE.equals(value) ? BEYOND : WITHIN;
	}
}
