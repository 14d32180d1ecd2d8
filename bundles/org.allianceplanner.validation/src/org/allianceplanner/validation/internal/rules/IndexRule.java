package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.validation.Rule;

/**
 * A rule over all plan models at once (e.g. PLAN-CONSISTENT between files). It works from the
 * {@link org.allianceplanner.validation.PlanIndex}, never by comparing every pair of elements.
 */
public abstract class IndexRule {

	private final Rule rule;

	protected IndexRule(Rule rule) {
		this.rule = rule;
	}

	public final Rule rule() {
		return rule;
	}

	public abstract void check(RuleContext context);
}
