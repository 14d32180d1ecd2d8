package org.allianceplanner.testing;

import java.util.List;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.ComprehensiveMechanism;
import org.allianceplanner.model.plan.Concurrence;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandard;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * A baseline that every rule of the Guidelines accepts, for a test to break in one place: shared parties,
 * areas, legal bases and both coordination mechanisms, and plans, stages and tasks made complete (common
 * procedures, a milestone reported to the SCC and the SDC, all four readiness standards agreed by both
 * Governments, tasks citing Japanese law).
 */
public final class CompliantPlans {

	private final PlanBuilder plans = new PlanBuilder();
	/** The first plan file, where the shared elements are and new plans go unless another file is named. */
	private final PlanModel main = plans.model();
	private final Party jsdf = plans.party("jsdf", PartyKind.SELF_DEFENSE_FORCES, Government.JAPAN);
	private final Party jmsdf = plans.party("jmsdf", PartyKind.SDF_MARITIME, Government.JAPAN);
	private final Party usf = plans.party("usf", PartyKind.US_FORCES, Government.UNITED_STATES);
	private final Party usn = plans.party("usn", PartyKind.US_FORCES_MARITIME, Government.UNITED_STATES);
	private final Party cabinet = plans.party("cabinetOffice", PartyKind.CENTRAL_AGENCY, Government.JAPAN);
	private final Area japan = plans.area("honshu", AreaKind.JAPANESE_TERRITORY);
	private final Area highSeas = plans.area("eastChinaSea", AreaKind.HIGH_SEAS_AROUND_JAPAN);
	private final Area waters = plans.area("tsushimaStrait", AreaKind.SURROUNDING_WATERS);
	private final LegalBasis japaneseLaw = plans.legalBasis("sdfLaw", LegalBasisKind.JAPANESE_LAW,
			"Self-Defense Forces Law");
	private final LegalBasis treaty = plans.legalBasis("securityTreaty", LegalBasisKind.SECURITY_TREATY,
			"Treaty of Mutual Cooperation and Security");
	private final ComprehensiveMechanism cm = plans.comprehensiveMechanism("comprehensive", jsdf, usf, cabinet);
	private final BilateralCoordinationMechanism bcm = plans.coordinationMechanism("bcm", jsdf, usf, cabinet);

	/**
	 * A bilateral defense plan (armed attack, imminent stage, SDF air defense with U.S. support) and a mutual
	 * cooperation plan that may run at the same time (SIASJ anticipated, SDF minesweeping on the high seas).
	 */
	public static CompliantPlans pairOfPlans() {
		CompliantPlans fx = new CompliantPlans();
		BilateralDefensePlan bdp = fx.defensePlan("bdp");
		bdp.getSituations().add(SituationKind.ARMED_ATTACK_IMMINENT);
		fx.stage(bdp, "imminent", SituationKind.ARMED_ATTACK_IMMINENT);
		Task air = fx.task(bdp, "counterAir", TaskKind.AIR_DEFENSE);
		fx.assign(air, fx.jsdf, RoleKind.PRIMARY);
		fx.assign(air, fx.usf, RoleKind.SUPPORT);
		MutualCooperationPlan mcp = fx.cooperationPlan("mcp");
		mcp.getSituations().add(SituationKind.SIASJ_ANTICIPATED);
		fx.stage(mcp, "anticipated", SituationKind.SIASJ_ANTICIPATED);
		mcp.getConcurrentWith().add(bdp);
		Task sweep = fx.task(mcp, "sweep", TaskKind.MINESWEEPING);
		sweep.getAreas().add(fx.highSeas);
		fx.assign(sweep, fx.jmsdf, RoleKind.PRIMARY);
		return fx;
	}

	/** The builder underneath, for elements the baseline does not need to make complete. */
	public PlanBuilder builder() {
		return plans;
	}

	public PlanModel model() {
		return main;
	}

	public ResourceSet resourceSet() {
		return plans.resourceSet();
	}

	/** Another plan file in the same resource set. */
	public PlanModel file(String path) {
		return plans.file(path);
	}

	/** A bilateral defense plan (armed attack) that passes every rule. */
	public BilateralDefensePlan defensePlan(String name) {
		return defensePlan(model(), name);
	}

	public BilateralDefensePlan defensePlan(PlanModel in, String name) {
		BilateralDefensePlan plan = plans.in(in).defensePlan(name, SituationKind.ARMED_ATTACK);
		plans.in(main);
		for (CommonProcedureKind kind : List.of(CommonProcedureKind.COMMUNICATIONS, CommonProcedureKind.TARGET_INFORMATION,
				CommonProcedureKind.INTELLIGENCE_ACTIVITIES, CommonProcedureKind.LOGISTICS_SUPPORT,
				CommonProcedureKind.FRATRICIDE_PREVENTION, CommonProcedureKind.UNIT_OPERATIONS_CONTROL)) {
			CommonProcedure procedure = PlanBuilder.F.createCommonProcedure();
			procedure.setName(kind.getLiteral().toLowerCase());
			procedure.setKind(kind);
			plan.getProcedures().add(procedure);
		}
		return coordinatedAndReported(plan);
	}

	/** A mutual cooperation plan for the response to a SIASJ that passes every rule. */
	public MutualCooperationPlan cooperationPlan(String name) {
		return cooperationPlan(model(), name);
	}

	public MutualCooperationPlan cooperationPlan(PlanModel in, String name) {
		MutualCooperationPlan plan = plans.in(in).cooperationPlan(name, SituationKind.SIASJ_RESPONSE);
		plans.in(main);
		return coordinatedAndReported(plan);
	}

	private <P extends Plan> P coordinatedAndReported(P plan) {
		plan.setPlannedIn(cm);
		plan.setCoordinatedThrough(bcm);
		Milestone milestone = PlanBuilder.F.createMilestone();
		milestone.setName(plan.getName() + "Review");
		milestone.getReportsTo().addAll(List.of(BodyKind.SCC, BodyKind.SDC));
		plan.getMilestones().add(milestone);
		return plan;
	}

	/** A readiness stage with all four standards, agreed by both Governments, that starts the BCM. */
	public ReadinessStage stage(Plan plan, String name, SituationKind situation) {
		ReadinessStage stage = PlanBuilder.F.createReadinessStage();
		stage.setName(name);
		stage.setSituation(situation);
		for (ReadinessStandardKind kind : ReadinessStandardKind.values()) {
			ReadinessStandard standard = PlanBuilder.F.createReadinessStandard();
			standard.setKind(kind);
			stage.getStandards().add(standard);
		}
		for (Government government : Government.values()) {
			Concurrence concurrence = PlanBuilder.F.createConcurrence();
			concurrence.setGovernment(government);
			stage.getConcurrences().add(concurrence);
		}
		stage.getActivates().add(bcm);
		plan.getReadinessStages().add(stage);
		return stage;
	}

	/** A task that cites {@link #japaneseLaw()}, which a Japanese party added to it needs. */
	public Task task(Plan plan, String name, TaskKind kind) {
		Task task = PlanBuilder.task(plan, name, kind);
		task.getLegalBases().add(japaneseLaw);
		return task;
	}

	public Assignment assign(Task task, Party party, RoleKind role) {
		return PlanBuilder.assign(task, party, role);
	}

	/** The Self-Defense Forces (Japan). */
	public Party jsdf() {
		return jsdf;
	}

	/** The Maritime Self-Defense Force (Japan). */
	public Party jmsdf() {
		return jmsdf;
	}

	/** U.S. Forces. */
	public Party usf() {
		return usf;
	}

	/** U.S. maritime forces. */
	public Party usn() {
		return usn;
	}

	/** A central government agency of Japan, member of both mechanisms. */
	public Party cabinet() {
		return cabinet;
	}

	/** Japanese territory. */
	public Area japan() {
		return japan;
	}

	/** High seas around Japan. */
	public Area highSeas() {
		return highSeas;
	}

	/** Surrounding waters. */
	public Area waters() {
		return waters;
	}

	public LegalBasis japaneseLaw() {
		return japaneseLaw;
	}

	public LegalBasis treaty() {
		return treaty;
	}

	/** The comprehensive mechanism every plan is planned in. */
	public ComprehensiveMechanism cm() {
		return cm;
	}

	/** The bilateral coordination mechanism every plan is coordinated through. */
	public BilateralCoordinationMechanism bcm() {
		return bcm;
	}
}
