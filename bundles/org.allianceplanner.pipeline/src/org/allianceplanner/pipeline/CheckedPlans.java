package org.allianceplanner.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.docgen.Finding;
import org.allianceplanner.docgen.FindingsSource;
import org.allianceplanner.dsl.validation.NodeModelLocations;
import org.allianceplanner.pipeline.internal.DocgenFindings;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.ValidationResult;
import org.allianceplanner.validation.coverage.CoverageAnalyzer;
import org.allianceplanner.validation.coverage.CoverageReport;
import org.allianceplanner.validation.report.LocationProvider;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;

/**
 * Loaded plans after every check: the language's problems (syntax, links, names) per named file, and, when
 * there are no language errors, the findings of every rule of the Guidelines with the severities of the
 * project's {@code alliance.properties} and the suppressions written in the plans.
 */
public final class CheckedPlans {

	private final LoadedPlans plans;
	private final Map<Path, List<Issue>> languageIssues;
	private final ValidationSettings settings;
	private final ValidationResult rules;

	CheckedPlans(LoadedPlans plans, Map<Path, List<Issue>> languageIssues, ValidationSettings settings,
			ValidationResult rules) {
		this.plans = plans;
		this.languageIssues = languageIssues;
		this.settings = settings;
		this.rules = rules;
	}

	public LoadedPlans plans() {
		return plans;
	}

	/** Syntax, linking and naming problems of each named file, in file order, each file's in text order. */
	public Map<Path, List<Issue>> languageIssues() {
		return languageIssues;
	}

	/** The severities in force: the project's {@code alliance.properties} over the rule catalog's defaults. */
	public ValidationSettings settings() {
		return settings;
	}

	/** The findings of the rules, or null when the plans have language errors (the rules were not run). */
	public ValidationResult rules() {
		return rules;
	}

	/** Language errors among {@link #languageIssues()}. */
	public int languageErrors() {
		return (int) languageIssues.values().stream().flatMap(List::stream)
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).count();
	}

	/** Language errors plus active rule findings of severity error. */
	public int errors() {
		return languageErrors() + (rules == null ? 0 : (int) rules.count(Severity.ERROR));
	}

	/** Active rule findings of severity warning (0 when the rules did not run). */
	public int warnings() {
		return rules == null ? 0 : (int) rules.count(Severity.WARNING);
	}

	/** True when nothing is an error: the output steps may run. */
	public boolean passes() {
		return errors() == 0;
	}

	/** Where findings are written, naming files as the host named them (for reports on the console). */
	public LocationProvider locations() {
		return new NodeModelLocations(plans::fileName);
	}

	/** The Guidelines clauses and Annex rows the named plans cover. */
	public CoverageReport coverage() {
		List<EObject> roots = new ArrayList<>();
		for (Resource r : plans.paths().keySet()) {
			roots.addAll(r.getContents());
		}
		return CoverageAnalyzer.analyze(roots);
	}

	/**
	 * Every finding as the documents list it: language problems, then the rules' findings, suppressed ones
	 * included with their reason, each with its rule ID, severity, clause and a location relative to the
	 * project folder. Findings of rules the project ignores are left out.
	 */
	public List<Finding> findings() {
		return DocgenFindings.of(this);
	}

	/** {@link #findings()} per plan, for the document generators. */
	public FindingsSource findingsSource() {
		return DocgenFindings.source(findings());
	}
}
