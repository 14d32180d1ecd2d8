package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/** ROLE-INVASION: checking and repelling airborne and seaborne invasions, SDF primary; U.S. supplement. */
public final class RoleInvasion extends SdfPrimaryRule {

	public RoleInvasion() {
		super(Rule.ROLE_INVASION, "counter-invasion", RoleKind.SUPPLEMENT, TaskKind.COUNTER_INVASION);
	}
}
