package org.allianceplanner.validation.internal.rules;

import java.util.List;

/** Every rule implementation, one per catalog entry. */
public final class RuleSet {

	private RuleSet() {
	}

	public static List<ElementRule<?>> elementRules() {
		return List.of(new PremiseDefensive(), new PremiseNonNuclear(), new PremiseSiasjNonCombat(),
				new PremiseIntlLawSanctions(), new PremiseIntlLawConsent(), new PremiseNoObligation(),
				new PremiseJapaneseLaw(), new PremiseTreatyUnchanged(), new RoleJapanPrimary(), new RoleAirDefense(),
				new RoleSeaDefense(), new RoleInvasion(), new RoleGuerrilla(), new RoleBmd(),
				new RoleReinforcementBasis(), new RoleLogistics(), new SiasjRefugees(), new SiasjSarArea(),
				new SiasjNeoOwnNationals(), new SiasjRearAreaLocation(), new SiasjNoWeaponsSupply(),
				new SiasjMinesweepingArea(), new PlanReadinessMutual(), new PlanStandardsComplete(),
				new PlanProceduresComplete(), new PlanBcmEarly(), new PlanIntelSecurity(), new PlanReporting(),
				new PlanComprehensiveAgencies(), new SuppressionChecks.Reason(), new SuppressionChecks.UnknownRule());
	}

	public static List<IndexRule> indexRules() {
		return List.of(new PlanConsistent());
	}
}
