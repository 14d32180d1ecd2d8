package org.allianceplanner.dsl.ide.symbol;

import org.allianceplanner.model.wording.Wording;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

/**
 * A symbol's detail reads as the declaration does after the name: the title, then the kind after a
 * colon, e.g. {@code Operations to counter air attack : air defense}. Clients group tasks by that kind
 * (the operation) with {@link #kindOf(String)}.
 */
public class PlanSymbolDetailsProvider extends DocumentSymbolDetailsProvider {

	/** Between the title and the kind in a detail. */
	public static final String KIND_SEPARATOR = " : ";

	@Override
	public String getDetails(EObject object) {
		String title = text(object, "title");
		String kind = text(object, "kind");
		if (kind == null) {
			return title == null ? "" : title;
		}
		return (title == null ? "" : title) + KIND_SEPARATOR + kind;
	}

	private static String text(EObject object, String featureName) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
		// not eIsSet: a kind that is the enumeration's first literal (air defense) counts as unset
		if (feature == null || feature.isMany()) {
			return null;
		}
		Object value = object.eGet(feature);
		String text = value instanceof Enumerator literal ? Wording.of(literal) : value == null ? null : value.toString();
		return text == null || text.isBlank() ? null : text;
	}

	/** The kind at the end of a detail ("air defense"), or null when the detail names none. */
	public static String kindOf(String detail) {
		if (detail == null) {
			return null;
		}
		int at = detail.lastIndexOf(KIND_SEPARATOR);
		return at < 0 ? null : detail.substring(at + KIND_SEPARATOR.length());
	}

	/** The title at the start of a detail, empty when there is none. */
	public static String titleOf(String detail) {
		if (detail == null) {
			return "";
		}
		int at = detail.lastIndexOf(KIND_SEPARATOR);
		return at < 0 ? detail : detail.substring(0, at);
	}
}
