package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Suppression;
import org.allianceplanner.validation.Rule;

/** SUPPRESSION-REASON and SUPPRESSION-UNKNOWN-RULE: a suppression names a known rule and records why. */
public final class SuppressionChecks {

	private SuppressionChecks() {
	}

	/** SUPPRESSION-REASON. */
	public static final class Reason extends ElementRule<Suppression> {
		public Reason() {
			super(Rule.SUPPRESSION_REASON, Suppression.class);
		}

		@Override
		protected void check(Suppression s, RuleContext context) {
			if (s.getReason() == null || s.getReason().isBlank()) {
				context.report(rule(), s, Literals.SUPPRESSION__REASON, "suppression of " + s.getRule()
						+ " gives no reason; write why the rule does not apply here, so a reviewer can judge it "
						+ "(the suppression has no effect until it does)");
			}
		}
	}

	/** SUPPRESSION-UNKNOWN-RULE. */
	public static final class UnknownRule extends ElementRule<Suppression> {
		public UnknownRule() {
			super(Rule.SUPPRESSION_UNKNOWN_RULE, Suppression.class);
		}

		@Override
		protected void check(Suppression s, RuleContext context) {
			Rule r = Rule.byId(s.getRule());
			if (r == null) {
				context.report(rule(), s, Literals.SUPPRESSION__RULE, "suppression names '" + s.getRule()
						+ "', which is not a rule ID; it suppresses nothing");
			} else if (r.category() == Rule.Category.TOOL) {
				context.report(rule(), s, Literals.SUPPRESSION__RULE, "suppression names " + r.id()
						+ ", a rule about suppressions, which cannot itself be suppressed");
			}
		}
	}
}
