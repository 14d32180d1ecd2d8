package org.allianceplanner.diagram.glsp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.allianceplanner.diagram.glsp.DiagramHost.SourceRange;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.validation.Finding;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The problems the Problems view shows for the diagram's plan file: the language's own (syntax errors, unresolved
 * references, the other checks of the language) and the Guidelines rules' findings, each placed on the innermost
 * drawn element whose text contains it, or on the diagram's root when no drawn element does. Headless, so that
 * {@code alliance serve} shows them as the IDE does.
 */
public class DiagramProblems {

	@Inject
	private DiagramSource source;

	@Inject
	private SourceRanges ranges;

	/** A drawn element's text in the plan file. */
	private record Span(String elementId, int offset, int length) {
		boolean contains(int from, int to) {
			return offset <= from && to <= offset + length;
		}
	}

	/** The plan file's problems in text order, language problems first. */
	public List<Problem> of(String rootId) {
		CheckedPlans checked = source.checked().orElse(null);
		URI plan = source.plan();
		Path file = source.planFile();
		if (checked == null || plan == null) {
			return List.of();
		}
		List<Span> spans = spans(plan);
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : checked.languageIssues().getOrDefault(file, List.of())) {
			String severity = severity(issue.getSeverity().name());
			if (severity != null) {
				int offset = issue.getOffset() == null ? -1 : issue.getOffset();
				int length = issue.getLength() == null ? 0 : issue.getLength();
				String label = issue.getCode() == null ? "language" : issue.getCode();
				problems.add(new Problem(place(spans, offset, length, rootId), severity, label,
						issue.getMessage() + onLine(issue.getLineNumber())));
			}
		}
		if (checked.rules() != null) {
			for (Finding finding : checked.rules().active()) {
				EObject element = finding.element();
				String severity = severity(finding.severity().name());
				if (severity == null || element == null || element.eResource() == null
						|| !plan.equals(element.eResource().getURI())) {
					continue; // another file's finding: that file's Problems, not this diagram's
				}
				INode node = node(finding);
				String id = node == null ? rootId : place(spans, node.getOffset(), node.getLength(), rootId);
				String ruleId = finding.rule().id();
				String message = finding.message().startsWith(ruleId) ? finding.message() : ruleId + ": " + finding.message();
				problems.add(new Problem(id, severity, ruleId, message + (node == null ? "" : onLine(node.getStartLine()))));
			}
		}
		return problems;
	}

	/** The text of every drawn element in the plan file (not its neighbours'). */
	private List<Span> spans(URI plan) {
		List<Span> spans = new ArrayList<>();
		Diagram diagram = source.diagram().orElse(null);
		if (diagram == null) {
			return spans;
		}
		List<String> ids = new ArrayList<>();
		for (DiagramNode node : diagram.allNodes()) {
			ids.add(node.identity());
		}
		for (DiagramEdge edge : diagram.edges()) {
			ids.add(edge.identity());
		}
		for (String id : ids) {
			SourceRange range = ranges.of(id).orElse(null);
			if (range != null && plan.equals(range.file())) {
				spans.add(new Span(id, range.offset(), range.length()));
			}
		}
		return spans;
	}

	/** The innermost drawn element whose text contains the range, else the root. */
	private static String place(List<Span> spans, int offset, int length, String rootId) {
		Span best = null;
		if (offset >= 0) {
			for (Span span : spans) {
				if (span.contains(offset, offset + length) && (best == null || span.length() < best.length())) {
					best = span;
				}
			}
		}
		return best == null ? rootId : best.elementId();
	}

	/** Where the finding is: its feature's text, else the element's. */
	private static INode node(Finding finding) {
		if (finding.feature() != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(finding.element(), finding.feature());
			if (!nodes.isEmpty()) {
				return nodes.get(0);
			}
		}
		return NodeModelUtils.findActualNodeFor(finding.element());
	}

	/** GLSP's severity word, or null for a problem that is not shown (ignored). */
	private static String severity(String name) {
		return switch (name.toUpperCase(Locale.ROOT)) {
		case "ERROR" -> "error";
		case "WARNING" -> "warning";
		case "INFO" -> "info";
		default -> null;
		};
	}

	private static String onLine(Integer line) {
		return line == null || line <= 0 ? "" : " (line " + line + ")";
	}
}
