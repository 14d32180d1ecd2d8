package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/** ROLE-AIR-DEFENSE: air defense operations, SDF primary; U.S. Forces support and supplement. */
public final class RoleAirDefense extends SdfPrimaryRule {

	public RoleAirDefense() {
		super(Rule.ROLE_AIR_DEFENSE, "air defense", RoleKind.SUPPORT, TaskKind.AIR_DEFENSE);
	}
}
