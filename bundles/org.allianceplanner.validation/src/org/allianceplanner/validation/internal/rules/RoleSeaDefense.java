package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/** ROLE-SEA-DEFENSE: defense of surrounding waters, ports, straits and ships, SDF primary. */
public final class RoleSeaDefense extends SdfPrimaryRule {

	public RoleSeaDefense() {
		super(Rule.ROLE_SEA_DEFENSE, "sea defense", RoleKind.SUPPORT, TaskKind.SEA_DEFENSE,
				TaskKind.PROTECTION_OF_PORTS_AND_STRAITS, TaskKind.PROTECTION_OF_SHIPS);
	}
}
