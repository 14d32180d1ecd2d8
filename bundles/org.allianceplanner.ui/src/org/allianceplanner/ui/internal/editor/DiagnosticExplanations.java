package org.allianceplanner.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.dsl.scoping.GuidelinesLibrary;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.validation.Rule;
import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * Explains a problem marker in the hover: its rule and the full text of the Guidelines clauses the
 * rule comes from (validation messages read "[RULE-ID] message (clause, clause)"), or, for an
 * unresolved name, what the quick fix offers.
 */
public final class DiagnosticExplanations {

	private static final Pattern RULE_MESSAGE = Pattern.compile("^\\[([A-Z0-9-]+)\\] (.*) \\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)$",
			Pattern.DOTALL);

	/** What the hover of a problem with a quick fix ends with. */
	public static final String FIX_AVAILABLE = "Quick fix available: press Ctrl+1 here, or Quick Fix (Ctrl+1) on the problem in the Problems view.";

	private DiagnosticExplanations() {
	}

	public static String explain(IMarker marker) {
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		String code = marker.getAttribute(AlliancePlanner.MARKER_CODE, "");
		String data = marker.getAttribute(AlliancePlanner.MARKER_DATA, "");
		StringBuilder text = new StringBuilder(message);
		Matcher rule = RULE_MESSAGE.matcher(message);
		if (rule.matches()) {
			text.append("\n\nRule ").append(rule.group(1)).append(", from the Guidelines ").append(rule.group(3))
					.append('.');
			Rule catalogued = Rule.byId(rule.group(1));
			if (catalogued != null) {
				text.append("\n\n").append(catalogued.title()).append(": ").append(catalogued.help());
			}
			for (String clauseId : clauseIds(rule.group(3))) {
				clause(clauseId).ifPresent(c -> text.append("\n\n").append(c.getName()).append(": ")
						.append(c.getText() == null ? "" : c.getText()));
			}
		} else if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			text.append("\n\nThe name does not resolve to an element of this project or of the Guidelines.");
			if (!data.isBlank()) {
				text.append(" Quick fix (Ctrl+1) changes it to: ").append(data.replace("\n", ", ")).append('.');
			}
		} else if (Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			text.append("\n\nThe text does not follow the plan language here; content assist (Ctrl+Space) "
					+ "shows what may come next.");
		} else if (!code.isBlank()) {
			text.append("\n\n(").append(code).append(')');
		}
		if (org.allianceplanner.ui.internal.lsp.MarkerFixes.hasFixes(marker)) {
			text.append("\n\n").append(FIX_AVAILABLE);
		}
		return text.toString();
	}

	/** "II.2, IV.2(2)a-b" gives II.2 and IV.2(2)a: a range cites its first clause. */
	static List<String> clauseIds(String clauses) {
		List<String> ids = new ArrayList<>();
		for (String part : clauses.split(",")) {
			String id = part.trim();
			int dash = id.indexOf('-');
			ids.add(dash > 0 ? id.substring(0, dash) : id);
		}
		return ids;
	}

	static Optional<GuidelinesElement> clause(String id) {
		GuidelinesLibrary library = PlanLanguageServer.get().languageInjector().getInstance(GuidelinesLibrary.class);
		return library.elements().stream().filter(e -> id.equals(e.getName())).findFirst();
	}
}
