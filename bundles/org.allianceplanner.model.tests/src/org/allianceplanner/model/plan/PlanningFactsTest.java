package org.allianceplanner.model.plan;

import static org.allianceplanner.model.plan.Plans.assign;
import static org.allianceplanner.model.plan.Plans.stage;
import static org.allianceplanner.model.plan.Plans.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.junit.jupiter.api.Test;

/** Planning and coordination (PLAN-*) and traceability, read from the model alone. */
class PlanningFactsTest {

	private final Plans plans = new Plans();

	private static Concurrence concurrence(Government government) {
		Concurrence concurrence = Plans.F.createConcurrence();
		concurrence.setGovernment(government);
		concurrence.setAuthority(government == Government.JAPAN ? "Prime Minister" : "President");
		return concurrence;
	}

	@Test
	void readinessStageSelectedByMutualAgreementWithCompleteStandards() {
		BilateralDefensePlan plan = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK_IMMINENT, SituationKind.ARMED_ATTACK);
		ReadinessStage stage = stage(plan, "stage2", 2, SituationKind.ARMED_ATTACK_IMMINENT);
		stage.getConcurrences().add(concurrence(Government.JAPAN));
		Set<Government> concurring = stage.getConcurrences().stream().map(Concurrence::getGovernment).collect(Collectors.toSet());
		assertFalse(concurring.containsAll(EnumSet.allOf(Government.class)), "PLAN-READINESS-MUTUAL fires");
		stage.getConcurrences().add(concurrence(Government.UNITED_STATES));
		concurring = stage.getConcurrences().stream().map(Concurrence::getGovernment).collect(Collectors.toSet());
		assertTrue(concurring.containsAll(EnumSet.allOf(Government.class)), "PLAN-READINESS-MUTUAL passes");

		for (ReadinessStandardKind kind : List.of(ReadinessStandardKind.INTELLIGENCE_ACTIVITIES, ReadinessStandardKind.UNIT_ACTIVITIES,
				ReadinessStandardKind.MOVEMENTS)) {
			ReadinessStandard standard = Plans.F.createReadinessStandard();
			standard.setKind(kind);
			stage.getStandards().add(standard);
		}
		Set<ReadinessStandardKind> covered = stage.getStandards().stream().map(ReadinessStandard::getKind).collect(Collectors.toSet());
		assertEquals(EnumSet.of(ReadinessStandardKind.LOGISTICS_SUPPORT), EnumSet.complementOf(EnumSet.copyOf(covered)),
				"PLAN-STANDARDS-COMPLETE names the missing standard");
	}

	@Test
	void proceduresComplete() {
		BilateralDefensePlan plan = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK);
		Set<CommonProcedureKind> required = EnumSet.of(CommonProcedureKind.COMMUNICATIONS, CommonProcedureKind.TARGET_INFORMATION,
				CommonProcedureKind.INTELLIGENCE_ACTIVITIES, CommonProcedureKind.LOGISTICS_SUPPORT, CommonProcedureKind.FRATRICIDE_PREVENTION,
				CommonProcedureKind.UNIT_OPERATIONS_CONTROL);
		for (CommonProcedureKind kind : required) {
			if (kind != CommonProcedureKind.FRATRICIDE_PREVENTION) {
				CommonProcedure procedure = Plans.F.createCommonProcedure();
				procedure.setKind(kind);
				plan.getProcedures().add(procedure);
			}
		}
		Set<CommonProcedureKind> present = plan.getProcedures().stream().map(CommonProcedure::getKind).collect(Collectors.toSet());
		assertEquals(EnumSet.of(CommonProcedureKind.FRATRICIDE_PREVENTION), EnumSet.copyOf(required.stream().filter(k -> !present.contains(k)).toList()));
	}

	@Test
	void coordinationMechanismStartsEarly() {
		MutualCooperationPlan plan = plans.cooperationPlan("mcp", SituationKind.SIASJ_ANTICIPATED, SituationKind.SIASJ_RESPONSE);
		BilateralCoordinationMechanism bcm = Plans.F.createBilateralCoordinationMechanism();
		bcm.setName("bcm");
		CoordinationCenter center = Plans.F.createCoordinationCenter();
		center.setName("bcc");
		bcm.setCoordinationCenter(center);
		LiaisonOfficer lno = Plans.F.createLiaisonOfficer();
		lno.setFrom(plans.jmsdf());
		lno.setTo(plans.usNavy());
		bcm.getLiaisonOfficers().add(lno);
		plans.model.getMechanisms().add(bcm);
		plan.setCoordinatedThrough(bcm);
		ReadinessStage anticipated = stage(plan, "alert", 1, SituationKind.SIASJ_ANTICIPATED);
		assertFalse(startsMechanismWhen(plan, SituationKind.SIASJ_ANTICIPATED), "PLAN-BCM-EARLY fires");
		anticipated.getActivates().add(bcm);
		assertTrue(startsMechanismWhen(plan, SituationKind.SIASJ_ANTICIPATED), "PLAN-BCM-EARLY passes");
	}

	private static boolean startsMechanismWhen(Plan plan, SituationKind situation) {
		return plan.getReadinessStages().stream().filter(s -> s.isSetSituation() && s.getSituation() == situation)
				.anyMatch(s -> s.getActivates().stream().anyMatch(BilateralCoordinationMechanism.class::isInstance));
	}

	/** PLAN-CONSISTENT: plans that can run at once do not commit one resource to two tasks in overlapping stages. */
	private static boolean conflict(Plan a, Plan b) {
		if (!a.getConcurrentWith().contains(b) && !b.getConcurrentWith().contains(a)) {
			return false;
		}
		for (Task ta : a.getTasks()) {
			for (Task tb : b.getTasks()) {
				boolean shared = ta.getUses().stream().anyMatch(tb.getUses()::contains);
				if (shared && overlap(ta, tb)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean overlap(Task ta, Task tb) {
		List<ReadinessStage> sa = ta.getStages().isEmpty() ? ((Plan) ta.eContainer()).getReadinessStages() : ta.getStages();
		List<ReadinessStage> sb = tb.getStages().isEmpty() ? ((Plan) tb.eContainer()).getReadinessStages() : tb.getStages();
		for (ReadinessStage x : sa) {
			for (ReadinessStage y : sb) {
				if (x == y || x.getConcurrentWith().contains(y) || y.getConcurrentWith().contains(x)) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void plansThatRunAtOnceAreConsistent() {
		BilateralDefensePlan bdp = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK);
		MutualCooperationPlan mcp = plans.cooperationPlan("mcp", SituationKind.SIASJ_RESPONSE);
		Unit escorts = plans.unit("escortFlotilla1", plans.jmsdf());
		ReadinessStage b3 = stage(bdp, "b3", 3, SituationKind.ARMED_ATTACK_IMMINENT);
		ReadinessStage m2 = stage(mcp, "m2", 2, SituationKind.SIASJ_RESPONSE);
		ReadinessStage m1 = stage(mcp, "m1", 1, SituationKind.SIASJ_ANTICIPATED);
		Task ships = task(bdp, "protectShips", TaskKind.PROTECTION_OF_SHIPS);
		ships.getUses().add(escorts);
		ships.getStages().add(b3);
		Task mcm = task(mcp, "mcm", TaskKind.MINESWEEPING);
		mcm.getUses().add(escorts);
		mcm.getStages().add(m2);
		assertFalse(conflict(bdp, mcp), "plans that cannot run at once");
		bdp.getConcurrentWith().add(mcp);
		assertFalse(conflict(bdp, mcp), "stages that are never in force together");
		b3.getConcurrentWith().add(m2);
		assertTrue(conflict(bdp, mcp), "PLAN-CONSISTENT fires");
		mcm.getStages().set(0, m1);
		assertFalse(conflict(bdp, mcp));
	}

	@Test
	void sharedIntelligenceCarriesSecurityMarkings() {
		IntelligenceProduct product = Plans.F.createIntelligenceProduct();
		product.setName("maritimePicture");
		assertFalse(product.getClassification() != Classification.UNSPECIFIED && product.getReleasability() != Releasability.UNSPECIFIED
				&& product.isSetSecurityResponsibility());
		product.setClassification(Classification.SECRET);
		product.setReleasability(Releasability.RELEASABLE_TO_BOTH);
		product.setSecurityResponsibility(Government.JAPAN);
		assertTrue(product.getClassification() != Classification.UNSPECIFIED && product.getReleasability() != Releasability.UNSPECIFIED
				&& product.isSetSecurityResponsibility());
	}

	@Test
	void milestonesReportToSccAndSdc() {
		BilateralDefensePlan plan = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK);
		Milestone draft = Plans.F.createMilestone();
		draft.setName("draft");
		draft.setDate("2026-06-30");
		draft.getReportsTo().add(BodyKind.SDC);
		plan.getMilestones().add(draft);
		assertFalse(draft.getReportsTo().containsAll(EnumSet.of(BodyKind.SCC, BodyKind.SDC)), "PLAN-REPORTING fires");
		draft.getReportsTo().add(BodyKind.SCC);
		assertTrue(draft.getReportsTo().containsAll(EnumSet.of(BodyKind.SCC, BodyKind.SDC)));
	}

	@Test
	void comprehensiveMechanismInvolvesAgencies() {
		ComprehensiveMechanism mechanism = Plans.F.createComprehensiveMechanism();
		mechanism.getDirectedBy().add(BodyKind.SCC);
		mechanism.getParticipants().add(plans.jgsdf());
		mechanism.getParticipants().add(plans.usAir());
		assertFalse(mechanism.getParticipants().stream().anyMatch(Party::isAgency), "PLAN-COMPREHENSIVE-AGENCIES fires");
		mechanism.getParticipants().add(plans.party("MLIT", Government.JAPAN, PartyKind.LOCAL_AGENCY));
		assertTrue(mechanism.getParticipants().stream().anyMatch(Party::isAgency));
	}

	@Test
	void elementsCiteTheClausesTheyImplement() {
		GuidelinesLibrary library = GuidelinesLibrary.getDefault();
		BilateralDefensePlan plan = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK);
		Task ad = task(plan, "ad", TaskKind.AIR_DEFENSE);
		assign(ad, plans.jasdf(), RoleKind.PRIMARY);
		ad.getImplements().add(library.findClause("IV.2(2)a").orElseThrow());
		plan.getImplements().add(library.findClause("VI.1(1)").orElseThrow());
		Set<String> covered = collectCovered(plans.model);
		assertEquals(Set.of("IV.2(2)a", "VI.1(1)"), covered);
		assertTrue(library.getClauseIdentifiers().stream().filter(id -> !covered.contains(id)).count() > 0, "coverage leaves clauses open");
	}

	private static Set<String> collectCovered(PlanModel model) {
		Set<String> covered = new java.util.TreeSet<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof PlanElement e) {
				e.getImplements().forEach(c -> covered.add(c.getName()));
			}
		});
		return covered;
	}
}
