package org.allianceplanner.model.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;

/** Builds plan models in Java for the tests, and reads the facts the rules of RULES.md need. */
final class Plans {

	static final PlanFactory F = PlanFactory.eINSTANCE;

	final PlanModel model = F.createPlanModel();

	Party party(String name, Government government, PartyKind kind) {
		Party party = F.createParty();
		party.setName(name);
		party.setGovernment(government);
		party.setKind(kind);
		model.getParties().add(party);
		return party;
	}

	Party jgsdf() {
		return party("JGSDF", Government.JAPAN, PartyKind.SDF_GROUND);
	}

	Party jmsdf() {
		return party("JMSDF", Government.JAPAN, PartyKind.SDF_MARITIME);
	}

	Party jasdf() {
		return party("JASDF", Government.JAPAN, PartyKind.SDF_AIR);
	}

	Party usAir() {
		return party("USAF", Government.UNITED_STATES, PartyKind.US_FORCES_AIR);
	}

	Party usNavy() {
		return party("USN", Government.UNITED_STATES, PartyKind.US_FORCES_MARITIME);
	}

	Area area(String name, AreaKind kind, boolean combatOperations) {
		Area area = F.createArea();
		area.setName(name);
		area.setKind(kind);
		area.setCombatOperations(combatOperations);
		model.getAreas().add(area);
		return area;
	}

	BilateralDefensePlan defensePlan(String name, SituationKind... situations) {
		BilateralDefensePlan plan = F.createBilateralDefensePlan();
		plan.setName(name);
		plan.getSituations().addAll(Arrays.asList(situations));
		model.getPlans().add(plan);
		return plan;
	}

	MutualCooperationPlan cooperationPlan(String name, SituationKind... situations) {
		MutualCooperationPlan plan = F.createMutualCooperationPlan();
		plan.setName(name);
		plan.getSituations().addAll(Arrays.asList(situations));
		model.getPlans().add(plan);
		return plan;
	}

	static Task task(Plan plan, String name, TaskKind kind) {
		Task task = F.createTask();
		task.setName(name);
		task.setKind(kind);
		plan.getTasks().add(task);
		return task;
	}

	static Assignment assign(Task task, Party party, RoleKind role, ContributionKind... contributions) {
		Assignment assignment = F.createAssignment();
		assignment.setParty(party);
		assignment.setRole(role);
		assignment.getContributions().addAll(Arrays.asList(contributions));
		task.getAssignments().add(assignment);
		return assignment;
	}

	LegalBasis legalBasis(String name, LegalBasisKind kind, String reference) {
		LegalBasis basis = F.createLegalBasis();
		basis.setName(name);
		basis.setKind(kind);
		basis.setReference(reference);
		model.getLegalBases().add(basis);
		return basis;
	}

	SupplyItem supply(String name, SupplyCategory category) {
		SupplyItem item = F.createSupplyItem();
		item.setName(name);
		item.setCategory(category);
		model.getSupplyItems().add(item);
		return item;
	}

	Unit unit(String name, Party owner) {
		Unit unit = F.createUnit();
		unit.setName(name);
		unit.setOwner(owner);
		model.getResources().add(unit);
		return unit;
	}

	static ReadinessStage stage(Plan plan, String name, int level, SituationKind situation) {
		ReadinessStage stage = F.createReadinessStage();
		stage.setName(name);
		stage.setLevel(level);
		stage.setSituation(situation);
		plan.getReadinessStages().add(stage);
		return stage;
	}

	// ---- facts, read the way a validator would read them

	/** The governments of the parties holding the role in the task. */
	static Set<Government> governmentsIn(Task task, RoleKind role) {
		Set<Government> result = new java.util.HashSet<>();
		for (Assignment a : task.getAssignments()) {
			if (a.getRole() == role) {
				result.add(a.getParty().getGovernment());
			}
		}
		return result;
	}

	static List<Party> partiesIn(Task task, RoleKind role) {
		List<Party> result = new ArrayList<>();
		for (Assignment a : task.getAssignments()) {
			if (a.getRole() == role) {
				result.add(a.getParty());
			}
		}
		return result;
	}

	static boolean heldByJapan(Task task) {
		return task.getAssignments().stream().anyMatch(a -> a.getParty().getGovernment() == Government.JAPAN);
	}

	/** The situations of a task: its own, else its plan's. */
	static List<SituationKind> situationsOf(Task task) {
		if (!task.getSituations().isEmpty()) {
			return task.getSituations();
		}
		return ((Plan) task.eContainer()).getSituations();
	}

	/** The kinds of operations that are combat operations, for PREMISE-SIASJ-NONCOMBAT. */
	static final Set<TaskKind> COMBAT = Set.of(TaskKind.AIR_DEFENSE, TaskKind.SEA_DEFENSE, TaskKind.PROTECTION_OF_PORTS_AND_STRAITS,
			TaskKind.PROTECTION_OF_SHIPS, TaskKind.COUNTER_INVASION, TaskKind.GUERRILLA_RESPONSE, TaskKind.BALLISTIC_MISSILE_RESPONSE,
			TaskKind.STRIKE, TaskKind.OPERATIONS_TO_RESTORE_PEACE);
}
