package org.allianceplanner.pipeline.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceplanner.docgen.Finding;
import org.allianceplanner.docgen.FindingsSource;
import org.allianceplanner.dsl.validation.NodeModelLocations;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.LoadedPlans;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.report.SourceLocation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Issue;

/** The checks' results as the findings of {@code org.allianceplanner.docgen}. */
public final class DocgenFindings {

	private DocgenFindings() {
	}

	public static List<Finding> of(CheckedPlans checked) {
		LoadedPlans plans = checked.plans();
		List<Finding> all = new ArrayList<>();
		for (Map.Entry<Path, List<Issue>> entry : checked.languageIssues().entrySet()) {
			for (Issue issue : entry.getValue()) {
				URI uri = issue.getUriToProblem();
				EObject subject = uri == null ? null : plans.resourceSet().getEObject(uri, false);
				String file = subject != null ? plans.projectFileName(subject) : entry.getKey().toString();
				String location = file + (issue.getLineNumber() == null ? "" : ":" + issue.getLineNumber());
				all.add(new Finding(issue.getCode() == null ? "" : issue.getCode(),
						issue.getSeverity().name().toLowerCase(Locale.ROOT), "", issue.getMessage(), subject, location,
						null));
			}
		}
		if (checked.rules() != null) {
			NodeModelLocations locations = new NodeModelLocations(plans::projectFileName);
			for (org.allianceplanner.validation.Finding f : checked.rules().all()) {
				if (f.severity() == Severity.IGNORE) {
					continue; // the project switched the rule off
				}
				SourceLocation at = locations.locate(f.element(), f.feature());
				String location = at.file() + (at.hasLine() ? ":" + at.line() : "");
				String suppression = f.suppression() == null ? null
						: f.suppression().reason() == null ? "" : f.suppression().reason();
				all.add(new Finding(f.rule().id(), f.severity().word(), f.rule().clause(), f.message(), f.element(),
						location, suppression));
			}
		}
		return List.copyOf(all);
	}

	/** The findings about each plan and its elements, in the order given. */
	public static FindingsSource source(List<Finding> all) {
		return plan -> all.stream().filter(f -> f.subject() != null && EcoreUtil.isAncestor(plan, f.subject()))
				.toList();
	}
}
