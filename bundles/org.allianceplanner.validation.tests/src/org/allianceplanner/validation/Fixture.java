package org.allianceplanner.validation;

import java.util.List;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
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
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandard;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Suppression;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.plan.Unit;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Builds plan models with the EMF API for the rule tests: one plan file per {@link #file}, shared parties,
 * and a clean baseline (every rule passes) that a test then breaks in one place.
 */
final class Fixture {

	static final PlanFactory F = PlanFactory.eINSTANCE;

	final ResourceSet resourceSet = new ResourceSetImpl();
	final PlanModel model;
	final Party jsdf;
	final Party jmsdf;
	final Party usf;
	final Party usn;
	final Party cabinet;
	final Area japan;
	final Area highSeas;
	final Area waters;
	final LegalBasis japaneseLaw;
	final LegalBasis treaty;
	final ComprehensiveMechanism cm;
	final BilateralCoordinationMechanism bcm;

	Fixture() {
		model = file("plans/main.planxmi");
		jsdf = party("jsdf", PartyKind.SELF_DEFENSE_FORCES, Government.JAPAN);
		jmsdf = party("jmsdf", PartyKind.SDF_MARITIME, Government.JAPAN);
		usf = party("usf", PartyKind.US_FORCES, Government.UNITED_STATES);
		usn = party("usn", PartyKind.US_FORCES_MARITIME, Government.UNITED_STATES);
		cabinet = party("cabinetOffice", PartyKind.CENTRAL_AGENCY, Government.JAPAN);
		japan = area("honshu", AreaKind.JAPANESE_TERRITORY);
		highSeas = area("eastChinaSea", AreaKind.HIGH_SEAS_AROUND_JAPAN);
		waters = area("tsushimaStrait", AreaKind.SURROUNDING_WATERS);
		japaneseLaw = basis("sdfLaw", LegalBasisKind.JAPANESE_LAW, "Self-Defense Forces Law");
		treaty = basis("securityTreaty", LegalBasisKind.SECURITY_TREATY, "Treaty of Mutual Cooperation and Security");
		cm = F.createComprehensiveMechanism();
		cm.setName("comprehensive");
		cm.getParticipants().addAll(List.of(jsdf, usf, cabinet));
		model.getMechanisms().add(cm);
		bcm = F.createBilateralCoordinationMechanism();
		bcm.setName("bcm");
		bcm.getParticipants().addAll(List.of(jsdf, usf, cabinet));
		model.getMechanisms().add(bcm);
	}

	/** A new plan file in the same resource set. */
	PlanModel file(String path) {
		Resource r = new XMIResourceImpl(URI.createURI(path));
		resourceSet.getResources().add(r);
		PlanModel m = F.createPlanModel();
		r.getContents().add(m);
		return m;
	}

	Party party(String name, PartyKind kind, Government government) {
		Party p = F.createParty();
		p.setName(name);
		p.setKind(kind);
		p.setGovernment(government);
		model.getParties().add(p);
		return p;
	}

	Area area(String name, AreaKind kind) {
		Area a = F.createArea();
		a.setName(name);
		a.setKind(kind);
		model.getAreas().add(a);
		return a;
	}

	LegalBasis basis(String name, LegalBasisKind kind, String reference) {
		LegalBasis b = F.createLegalBasis();
		b.setName(name);
		b.setKind(kind);
		b.setReference(reference);
		model.getLegalBases().add(b);
		return b;
	}

	SupplyItem supply(String name, SupplyCategory category) {
		SupplyItem s = F.createSupplyItem();
		s.setName(name);
		s.setCategory(category);
		model.getSupplyItems().add(s);
		return s;
	}

	Unit unit(String name, Party owner) {
		Unit u = F.createUnit();
		u.setName(name);
		u.setOwner(owner);
		model.getResources().add(u);
		return u;
	}

	/** A bilateral defense plan that passes every rule: complete procedures, a reported milestone. */
	BilateralDefensePlan defensePlan(String name) {
		return defensePlan(model, name);
	}

	BilateralDefensePlan defensePlan(PlanModel in, String name) {
		BilateralDefensePlan p = F.createBilateralDefensePlan();
		p.setName(name);
		p.getSituations().add(SituationKind.ARMED_ATTACK);
		for (CommonProcedureKind k : List.of(CommonProcedureKind.COMMUNICATIONS, CommonProcedureKind.TARGET_INFORMATION,
				CommonProcedureKind.INTELLIGENCE_ACTIVITIES, CommonProcedureKind.LOGISTICS_SUPPORT,
				CommonProcedureKind.FRATRICIDE_PREVENTION, CommonProcedureKind.UNIT_OPERATIONS_CONTROL)) {
			CommonProcedure proc = F.createCommonProcedure();
			proc.setName(k.getLiteral().toLowerCase());
			proc.setKind(k);
			p.getProcedures().add(proc);
		}
		common(p);
		in.getPlans().add(p);
		return p;
	}

	/** A mutual cooperation plan for the response to a SIASJ that passes every rule. */
	MutualCooperationPlan cooperationPlan(String name) {
		return cooperationPlan(model, name);
	}

	MutualCooperationPlan cooperationPlan(PlanModel in, String name) {
		MutualCooperationPlan p = F.createMutualCooperationPlan();
		p.setName(name);
		p.getSituations().add(SituationKind.SIASJ_RESPONSE);
		common(p);
		in.getPlans().add(p);
		return p;
	}

	private void common(Plan p) {
		p.setPlannedIn(cm);
		p.setCoordinatedThrough(bcm);
		Milestone m = F.createMilestone();
		m.setName(p.getName() + "Review");
		m.getReportsTo().addAll(List.of(BodyKind.SCC, BodyKind.SDC));
		p.getMilestones().add(m);
	}

	/** A readiness stage with all four standards, agreed by both Governments. */
	ReadinessStage stage(Plan plan, String name, SituationKind situation) {
		ReadinessStage s = F.createReadinessStage();
		s.setName(name);
		s.setSituation(situation);
		for (ReadinessStandardKind k : ReadinessStandardKind.values()) {
			ReadinessStandard st = F.createReadinessStandard();
			st.setKind(k);
			s.getStandards().add(st);
		}
		for (Government g : Government.values()) {
			Concurrence c = F.createConcurrence();
			c.setGovernment(g);
			s.getConcurrences().add(c);
		}
		s.getActivates().add(bcm);
		plan.getReadinessStages().add(s);
		return s;
	}

	/** A task; a Japanese party added later needs {@link #japaneseLaw}, which tasks cite by default. */
	Task task(Plan plan, String name, TaskKind kind) {
		Task t = F.createTask();
		t.setName(name);
		t.setKind(kind);
		t.getLegalBases().add(japaneseLaw);
		plan.getTasks().add(t);
		return t;
	}

	Assignment assign(Task task, Party party, RoleKind role) {
		Assignment a = F.createAssignment();
		a.setParty(party);
		a.setRole(role);
		task.getAssignments().add(a);
		return a;
	}

	static Suppression suppression(String rule, String reason) {
		Suppression s = F.createSuppression();
		s.setRule(rule);
		s.setReason(reason);
		return s;
	}

	ValidationResult validate() {
		return new PlanValidator().validate(resourceSet);
	}

	ValidationResult validate(ValidationSettings settings) {
		return new PlanValidator(settings).validate(resourceSet);
	}

	/** Active findings of one rule. */
	List<Finding> findings(Rule rule) {
		return validate().of(rule);
	}
}
