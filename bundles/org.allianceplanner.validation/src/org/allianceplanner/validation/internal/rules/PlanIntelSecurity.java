package org.allianceplanner.validation.internal.rules;

import java.util.List;

import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Releasability;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/**
 * PLAN-INTEL-SECURITY: shared intelligence carries a classification and releasability and names the Government
 * responsible for its security.
 */
public final class PlanIntelSecurity extends ElementRule<IntelligenceProduct> {

	public PlanIntelSecurity() {
		super(Rule.PLAN_INTEL_SECURITY, IntelligenceProduct.class);
	}

	@Override
	protected void check(IntelligenceProduct p, RuleContext context) {
		String what = "shared intelligence " + Plans.label(p);
		if (p.getClassification() == Classification.UNSPECIFIED) {
			context.report(rule(), p, Literals.PLAN_ELEMENT__CLASSIFICATION, what + " carries no classification");
		}
		if (p.getReleasability() == Releasability.UNSPECIFIED) {
			context.report(rule(), p, Literals.PLAN_ELEMENT__RELEASABILITY, what + " does not say to whom it is releasable");
		}
		if (!p.isSetSecurityResponsibility()) {
			Government producer = Plans.governmentOf(p.getProducer());
			context.report(rule(), p, Literals.INTELLIGENCE_PRODUCT__SECURITY_RESPONSIBILITY, what
					+ " names no Government responsible for its security; each Government is responsible for the "
					+ "security of shared intelligence",
					producer == null ? null
							: new Fix(Fix.KIND_SET_VALUE, "Make the producer's Government responsible",
									List.of("securityResponsibility", producer.getLiteral())));
		}
	}
}
