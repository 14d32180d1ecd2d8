package org.allianceplanner.validation;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.Suppression;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.allianceplanner.model.plan.TaskKind;

/** The package-private {@link Fixture}, opened to tests of other packages (reports, coverage). */
public final class FixtureAccess {

	public static final PlanFactory F = Fixture.F;

	private final Fixture fx = new Fixture();

	public BilateralDefensePlan defensePlan(String name) {
		return fx.defensePlan(name);
	}

	public org.allianceplanner.model.plan.MutualCooperationPlan cooperationPlan(String name) {
		return fx.cooperationPlan(name);
	}

	public Task task(org.allianceplanner.model.plan.Plan plan, String name, TaskKind kind) {
		return fx.task(plan, name, kind);
	}

	public void assign(Task task, Party party, RoleKind role) {
		fx.assign(task, party, role);
	}

	public Party jsdf() {
		return fx.jsdf;
	}

	public Party jmsdf() {
		return fx.jmsdf;
	}

	public Party usf() {
		return fx.usf;
	}

	public ResourceSet resourceSet() {
		return fx.resourceSet;
	}

	public Fixture fixture() {
		return fx;
	}

	public static Suppression suppression(String rule, String reason) {
		return Fixture.suppression(rule, reason);
	}

	public ValidationResult validate() {
		return fx.validate();
	}

	public static ValidationResult cleanResult() {
		return CleanPlanTest.cleanPlans().validate();
	}
}
