package org.allianceplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.docgen.Audience;
import org.allianceplanner.docgen.Finding;
import org.allianceplanner.docgen.FindingsSource;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.ProgressListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Issue;

/**
 * What {@code alliance generate} hands the document generators: options from the command line, and the
 * validation issues as findings (each tied to the element it is about, so an edition leaves out findings
 * about what its audience may not see).
 */
final class DocgenOptions {

	private DocgenOptions() {
	}

	static GeneratorOptions from(Arguments arguments, Path output, ProgressListener progress) throws UsageException {
		GeneratorOptions.Builder builder = GeneratorOptions.builder(output).overwriteForeignFiles(arguments.has("--force"))
				.progress(progress);
		try {
			if (arguments.has("--audience")) {
				builder.audience(Audience.parse(arguments.get("--audience")));
			}
			if (arguments.has("--format")) {
				Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
				for (String f : arguments.get("--format").split(",")) {
					if (!f.isBlank()) {
						formats.add(OutputFormat.parse(f));
					}
				}
				builder.formats(formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : formats);
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException("alliance generate: " + e.getMessage());
		}
		if (arguments.has("--templates")) {
			Path templates = Path.of(arguments.get("--templates"));
			if (!Files.isDirectory(templates)) {
				throw new UsageException("alliance generate: " + templates + ": template folder does not exist");
			}
			builder.templateDir(templates);
		}
		return builder.build();
	}

	/** Xtext issues as findings; the rule is the issue code, the subject the element the issue points to. */
	static FindingsSource findings(PlanLoader.LoadedPlans plans, Map<Path, List<Issue>> issues) {
		List<Finding> all = new ArrayList<>();
		for (Map.Entry<Path, List<Issue>> entry : issues.entrySet()) {
			for (Issue issue : entry.getValue()) {
				URI uri = issue.getUriToProblem();
				EObject subject = uri == null ? null : plans.resourceSet().getEObject(uri, false);
				String location = entry.getKey() + (issue.getLineNumber() == null ? "" : ":" + issue.getLineNumber());
				all.add(new Finding(issue.getCode() == null ? "" : issue.getCode(),
						issue.getSeverity().name().toLowerCase(java.util.Locale.ROOT), "", issue.getMessage(), subject,
						location, null));
			}
		}
		return plan -> all.stream().filter(f -> f.subject() != null && EcoreUtil.isAncestor(plan, f.subject())).toList();
	}
}
