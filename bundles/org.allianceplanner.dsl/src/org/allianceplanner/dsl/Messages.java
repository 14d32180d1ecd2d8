package org.allianceplanner.dsl;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

/** The user-facing strings of the plan language (syntax and linking messages). */
public final class Messages {

	/** How a plan author calls the things a reference can point to, where the class name is not it. */
	private static final Map<String, String> TYPE_LABELS = Map.of(
			"GuidelinesElement", "Guidelines clause or Annex item",
			"PlanResource", "unit, facility or asset",
			"Plan", "plan",
			"SupplyItem", "supply",
			"Mechanism", "mechanism");

	private Messages() {
	}

	/** "readiness stage" for ReadinessStage. */
	public static String typeLabel(EClass type) {
		String label = TYPE_LABELS.get(type.getName());
		if (label != null) {
			return label;
		}
		return type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	public static String unresolved(EClass type, String name, List<String> nearest) {
		String label = typeLabel(type);
		String what = "GuidelinesElement".equals(type.getName())
				? "No " + label + " '" + name + "' in the Guidelines (1997)."
				: "No " + label + " named '" + name + "' is visible here.";
		if (nearest.isEmpty()) {
			return "GuidelinesElement".equals(type.getName()) ? what
					: what + " Declare it, or import the package that declares it.";
		}
		return what + " Did you mean " + orList(nearest) + "?";
	}

	public static String unknownImport(String name, boolean wildcard, List<String> nearest) {
		String what = wildcard ? "No file of the project declares the package '" + name + "'."
				: "No file of the project declares '" + name + "'.";
		return nearest.isEmpty() ? what : what + " Did you mean " + orList(nearest) + "?";
	}

	static String orList(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	// ------------------------------------------------------------------ syntax errors

	public static String unexpected(String found, String expected, String where) {
		StringBuilder message = new StringBuilder();
		message.append("Unexpected ").append(found);
		if (where != null) {
			message.append(" in ").append(where);
		}
		if (expected != null) {
			message.append("; expected ").append(expected);
		}
		return message.append('.').toString();
	}

	public static String missing(String expected, String found, String where) {
		return "Missing " + expected + " before " + found + (where != null ? " in " + where : "") + ".";
	}

	public static String endOfFile(String expected, String where) {
		return "The file ends too early" + (where != null ? " inside " + where : "")
				+ (expected != null ? "; expected " + expected : "") + ". Is a '}' missing?";
	}
}
