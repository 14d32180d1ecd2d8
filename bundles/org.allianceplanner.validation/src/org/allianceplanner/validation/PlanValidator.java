package org.allianceplanner.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.Suppression;
import org.allianceplanner.validation.Finding.SuppressionInfo;
import org.allianceplanner.validation.ValidationResult.SuppressionRecord;
import org.allianceplanner.validation.internal.rules.ElementRule;
import org.allianceplanner.validation.internal.rules.IndexRule;
import org.allianceplanner.validation.internal.rules.RuleContext;
import org.allianceplanner.validation.internal.rules.RuleSet;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The validation API: runs every rule of the catalog over plan models and returns findings with the project's
 * severities applied and suppressions honoured. The same rule implementations serve the batch command
 * ({@link #validate(ResourceSet)}), the EMF {@link AllianceEValidator} and the Xtext validator
 * ({@link #checkElement} and {@link #checkAcrossFiles}). Thread-safe; create one per settings.
 */
public final class PlanValidator {

	private final ValidationSettings settings;
	private final List<ElementRule<?>> elementRules;
	private final List<IndexRule> indexRules;
	/** Rules by the Java class of the element they apply to, so each element is dispatched once. */
	private final Map<Class<?>, List<ElementRule<?>>> rulesByType = new ConcurrentHashMap<>();

	public PlanValidator() {
		this(ValidationSettings.defaults());
	}

	public PlanValidator(ValidationSettings settings) {
		this.settings = settings;
		this.elementRules = RuleSet.elementRules().stream().filter(r -> !settings.isIgnored(r.rule())).toList();
		this.indexRules = RuleSet.indexRules().stream().filter(r -> !settings.isIgnored(r.rule())).toList();
	}

	public ValidationSettings settings() {
		return settings;
	}

	/** Validates every plan model in the resource set, across files. */
	public ValidationResult validate(ResourceSet resourceSet) {
		return validate(PlanIndex.rootsOf(resourceSet));
	}

	/** Validates the given plan models (roots of plan files), across files. */
	public ValidationResult validate(Collection<? extends EObject> roots) {
		PlanIndex index = PlanIndex.of(roots);
		List<Finding> raw = new ArrayList<>();
		RuleContext context = context(index, raw);
		List<Suppression> suppressions = new ArrayList<>();
		for (PlanModel model : index.models()) {
			runElementRules(model, context);
			for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
				EObject o = it.next();
				runElementRules(o, context);
				if (o instanceof Suppression s) {
					suppressions.add(s);
				}
			}
		}
		for (IndexRule rule : indexRules) {
			rule.check(context);
		}
		List<Finding> findings = new ArrayList<>(raw.size());
		Map<Suppression, int[]> silenced = new IdentityHashMap<>();
		for (Finding f : raw) {
			Finding applied = apply(f);
			if (applied.isSuppressed()) {
				silenced.computeIfAbsent((Suppression) applied.suppression().suppression(), k -> new int[1])[0]++;
			}
			findings.add(applied);
		}
		List<SuppressionRecord> records = new ArrayList<>();
		for (Suppression s : suppressions) {
			records.add(new SuppressionRecord(s.getRule(), s.getReason(), s, Finding.uriOf(s),
					silenced.getOrDefault(s, new int[1])[0]));
		}
		return new ValidationResult(findings, records);
	}

	/**
	 * The findings of the single-element rules for one element, severities applied, suppressed ones left out. For
	 * validators that visit elements one by one (Xtext's, EMF's).
	 */
	public List<Finding> checkElement(EObject element, PlanIndex index) {
		List<Finding> raw = new ArrayList<>(2);
		runElementRules(element, context(index, raw));
		return active(raw);
	}

	/**
	 * The findings of the cross-file rules (PLAN-CONSISTENT) whose element lies in {@code resource} (all when
	 * null), severities applied, suppressed ones left out.
	 */
	public List<Finding> checkAcrossFiles(PlanIndex index, Resource resource) {
		List<Finding> raw = new ArrayList<>();
		RuleContext context = context(index, raw);
		for (IndexRule rule : indexRules) {
			rule.check(context);
		}
		if (resource != null) {
			raw.removeIf(f -> f.element() == null || f.element().eResource() != resource);
		}
		return active(raw);
	}

	private List<Finding> active(List<Finding> raw) {
		List<Finding> result = new ArrayList<>(raw.size());
		for (Finding f : raw) {
			Finding applied = apply(f);
			if (!applied.isSuppressed()) {
				result.add(applied);
			}
		}
		return result;
	}

	private static RuleContext context(PlanIndex index, List<Finding> sink) {
		return new RuleContext() {
			@Override
			public PlanIndex index() {
				return index;
			}

			@Override
			public void report(Finding finding) {
				sink.add(finding);
			}
		};
	}

	private void runElementRules(EObject element, RuleContext context) {
		for (ElementRule<?> rule : rulesByType.computeIfAbsent(element.getClass(), this::rulesFor)) {
			rule.checkIfApplicable(element, context);
		}
	}

	private List<ElementRule<?>> rulesFor(Class<?> type) {
		return elementRules.stream().filter(r -> r.type().isAssignableFrom(type)).toList();
	}

	/** Applies the project's severity and the nearest suppression with a reason. */
	private Finding apply(Finding f) {
		Finding result = f.withSeverity(settings.severityOf(f.rule()));
		if (f.rule().category() == Rule.Category.TOOL) {
			return result; // suppressions cannot silence the checks on suppressions
		}
		Suppression s = suppressionFor(f.element(), f.rule());
		return s == null ? result
				: result.suppressedBy(new SuppressionInfo(s.getRule(), s.getReason(), s, Finding.uriOf(s)));
	}

	/** The suppression of this rule on the element, one of its containers, or its file; null if none. */
	static Suppression suppressionFor(EObject element, Rule rule) {
		for (EObject o = element; o != null; o = o.eContainer()) {
			EList<Suppression> list = o instanceof PlanElement pe ? pe.getSuppressions()
					: o instanceof PlanModel pm ? pm.getSuppressions() : null;
			if (list == null) {
				continue;
			}
			for (Suppression s : list) {
				if (rule.id().equals(s.getRule() == null ? null : s.getRule().trim()) && s.getReason() != null
						&& !s.getReason().isBlank()) {
					return s;
				}
			}
		}
		return null;
	}
}
