package org.allianceplanner.validation.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.guidelines.AnnexItem;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupportField;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.ComprehensiveMechanism;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.PlanIndex;
import org.allianceplanner.validation.coverage.CoverageReport.Evidence;
import org.allianceplanner.validation.coverage.CoverageReport.How;
import org.allianceplanner.validation.internal.rules.Plans;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * Computes Guidelines coverage: which clauses and Annex rows of the {@link ClauseCatalog} plans cover, through
 * {@code implements} and through what they contain (a minesweeping task covers V.2(3) and the Annex
 * minesweeping row; readiness stages cover VI.1(2)...). The document generators' default coverage source
 * ({@code CoverageSource.fromTraceability()} of the docgen bundle) is narrower: declared traceability, only the
 * {@code implements} references.
 */
public final class CoverageAnalyzer {

	private final Map<String, List<Evidence>> coveredBy = new LinkedHashMap<>();
	private final Set<String> unknown = new LinkedHashSet<>();

	private CoverageAnalyzer() {
	}

	/** Coverage of the plan models among {@code roots}. */
	public static CoverageReport analyze(Collection<? extends EObject> roots) {
		CoverageAnalyzer a = new CoverageAnalyzer();
		for (PlanModel model : PlanIndex.of(roots).models()) {
			for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
				if (it.next() instanceof PlanElement e) {
					a.visit(e);
				}
			}
		}
		return new CoverageReport(ClauseCatalog.all(), a.coveredBy, List.copyOf(a.unknown));
	}

	private void visit(PlanElement e) {
		for (GuidelinesElement g : e.getImplements()) {
			String id = clauseIdOf(g);
			if (id == null) {
				if (!isHeading(g)) {
					unknown.add(describe(g));
				}
			} else {
				cover(id, e, How.IMPLEMENTS);
			}
		}
		for (String id : contentClauses(e)) {
			cover(id, e, How.CONTENT);
		}
	}

	private void cover(String id, PlanElement e, How how) {
		List<Evidence> list = coveredBy.computeIfAbsent(id, k -> new ArrayList<>());
		String uri = Finding.uriOf(e);
		if (list.stream().noneMatch(ev -> ev.elementUri().equals(uri) && ev.how() == how)) {
			list.add(new Evidence(Plans.label(e), uri, how));
		}
	}

	/** Clauses an element covers by what it is and contains. */
	static List<String> contentClauses(PlanElement e) {
		List<String> ids = new ArrayList<>();
		if (e instanceof Task t) {
			taskClauses(t, ids);
		} else if (e instanceof BilateralDefensePlan || e instanceof MutualCooperationPlan) {
			ids.add("VI.1(1)");
			ids.add("III.3");
		} else if (e instanceof ReadinessStage s) {
			ids.add("VI.1(2)");
			if (s.getSituation() == SituationKind.ARMED_ATTACK_IMMINENT) {
				ids.add("IV.1");
			} else if (s.getSituation() == SituationKind.SIASJ_ANTICIPATED) {
				ids.add("V.1");
			}
		} else if (e instanceof CommonProcedure p) {
			ids.add("VI.1(3)");
			if (p.getKind() == CommonProcedureKind.ROLES_AND_MISSIONS) {
				ids.add("IV.2(3)a");
			} else if (p.getKind() == CommonProcedureKind.CE_INTEROPERABILITY) {
				ids.add("IV.2(3)c");
			}
		} else if (e instanceof ComprehensiveMechanism) {
			ids.add("VI.1");
		} else if (e instanceof BilateralCoordinationMechanism) {
			ids.add("VI.2");
			ids.add("IV.2(3)b");
			ids.add("III.3");
		} else if (e instanceof Milestone m && !m.getReportsTo().isEmpty()) {
			ids.add("VI.1");
		} else if (e instanceof IntelligenceProduct) {
			ids.add("IV.2(3)d");
		} else if (e instanceof LegalBasis b && (b.getKind() == LegalBasisKind.LOGISTIC_SUPPORT_AGREEMENT
				|| b.getKind() == LegalBasisKind.MUTUAL_DEFENSE_ASSISTANCE_AGREEMENT)) {
			ids.add("III");
		}
		return ids;
	}

	private static void taskClauses(Task t, List<String> ids) {
		Set<SituationKind> situations = Plans.situationsOf(t);
		boolean siasj = t.isInSituationInAreasSurroundingJapan();
		if (situations.contains(SituationKind.NORMAL_CIRCUMSTANCES)) {
			ids.add("III");
		}
		if (situations.contains(SituationKind.ARMED_ATTACK_IMMINENT)) {
			ids.add("IV.1");
		}
		if (situations.contains(SituationKind.SIASJ_ANTICIPATED)) {
			ids.add("V.1");
		}
		if (situations.contains(SituationKind.ARMED_ATTACK)) {
			if (t.getAssignments().stream().anyMatch(a -> a.getRole() == RoleKind.PRIMARY && Plans.isJapanese(a.getParty()))) {
				ids.add("IV.2(1)a");
			}
			if (Plans.hasSdfParty(t) && t.getAssignments().stream().anyMatch(a -> a.getParty() != null && a.getParty().isUSForces())) {
				ids.add("IV.2(1)b");
			}
		}
		switch (t.getKind()) {
		case AIR_DEFENSE -> ids.add("IV.2(2)a");
		case SEA_DEFENSE, PROTECTION_OF_PORTS_AND_STRAITS, PROTECTION_OF_SHIPS -> ids.add("IV.2(2)b");
		case COUNTER_INVASION -> ids.add("IV.2(2)c");
		case GUERRILLA_RESPONSE -> ids.add("IV.2(2)d.i");
		case BALLISTIC_MISSILE_RESPONSE -> ids.add("IV.2(2)d.ii");
		case REINFORCEMENT -> ids.add("IV.2(1)c");
		case REINFORCEMENT_BASIS -> {
			ids.add("IV.2(1)c");
			ids.add("IV.1");
		}
		case OPERATIONS_TO_RESTORE_PEACE, INTELLIGENCE_GATHERING -> {
			if (siasj) {
				ids.add("V.2(3)");
			}
		}
		case SURVEILLANCE -> {
			if (siasj) {
				ids.add("V.2(3)");
				ids.add("Annex.3.a");
			}
		}
		case INTELLIGENCE_SHARING -> {
			ids.add(situations.contains(SituationKind.ARMED_ATTACK) ? "IV.2(3)d" : "III.1");
			if (siasj) {
				ids.add("Annex.3.a");
			}
		}
		case POLICY_CONSULTATION -> ids.add("III.1");
		case COMMAND_AND_COORDINATION -> ids.add("IV.2(3)a");
		case COMMUNICATIONS_AND_ELECTRONICS -> ids.add("IV.2(3)c");
		case LOGISTICS_SUPPORT -> ids.add(logisticsClause(t));
		case SALVAGE_AND_RECOVERY -> ids.add("IV.2(3)e.iii");
		case FACILITY_PROVISION, JOINT_USE -> {
			ids.add(siasj ? "V.2(2)a" : "IV.2(3)e.iv");
			if (siasj) {
				ids.add("Annex.2.a");
			}
		}
		case USE_OF_FACILITIES -> {
			ids.add("V.2(2)a");
			ids.add("Annex.2.a");
		}
		case REAR_AREA_SUPPORT -> {
			ids.add("V.2(2)b");
			if (t.isSetField()) {
				ids.add(rearAreaRow(t.getField()));
			}
		}
		case RELIEF, REFUGEES -> {
			ids.add("V.2(1)a");
			ids.add("Annex.1.a");
		}
		case SEARCH_AND_RESCUE -> {
			ids.add("V.2(1)b");
			ids.add("Annex.1.b");
		}
		case NONCOMBATANT_EVACUATION -> {
			ids.add("V.2(1)c");
			ids.add("Annex.1.c");
		}
		case SHIP_INSPECTION, SANCTIONS_SUPPORT -> {
			ids.add("V.2(1)d");
			ids.add("Annex.1.d");
		}
		case MINESWEEPING -> {
			ids.add("V.2(3)");
			ids.add("Annex.3.b");
		}
		case SEA_AND_AIRSPACE_MANAGEMENT -> {
			ids.add("V.2(3)");
			ids.add("Annex.3.c");
		}
		case EXERCISES_AND_TRAINING -> ids.add("III.3");
		case PEACEKEEPING, HUMANITARIAN_RELIEF, SECURITY_DIALOGUE -> ids.add("III.2");
		default -> {
			// strike power is part of IV.2(2)a-b operations; production and other tasks implement no clause
		}
		}
	}

	private static String logisticsClause(Task t) {
		if (!t.isSetField()) {
			return "IV.2(3)e.i";
		}
		return switch (t.getField()) {
		case TRANSPORTATION -> "IV.2(3)e.ii";
		case MAINTENANCE -> "IV.2(3)e.iii";
		case FACILITIES -> "IV.2(3)e.iv";
		case MEDICAL_SERVICES -> "IV.2(3)e.v";
		default -> "IV.2(3)e.i";
		};
	}

	static String rearAreaRow(SupportField field) {
		return switch (field) {
		case SUPPLY -> "Annex.2.b.i";
		case TRANSPORTATION -> "Annex.2.b.ii";
		case MAINTENANCE -> "Annex.2.b.iii";
		case MEDICAL_SERVICES -> "Annex.2.b.iv";
		case SECURITY -> "Annex.2.b.v";
		case COMMUNICATIONS -> "Annex.2.b.vi";
		case FACILITIES -> "Annex.2.a";
		case OTHERS -> "Annex.2.b.vii";
		};
	}

	/**
	 * The catalog ID of a Guidelines element cited in {@code implements}. Elements of the built-in library
	 * ({@code guidelines:/1997}) are named by their identifier, e.g. {@code IV.2(2)a} or, for an example item of
	 * the Annex, {@code Annex.2.b.i.1}, which counts for its row {@code Annex.2.b.i}. Elements from elsewhere are
	 * matched by their clause number (possibly relative to the parent clause's). Null if nothing matches.
	 */
	static String clauseIdOf(GuidelinesElement g) {
		String name = g.getName() == null ? "" : ClauseCatalog.normalize(g.getName());
		if (ClauseCatalog.byId(name) != null) {
			return name;
		}
		if (g instanceof AnnexItem && g.eContainer() instanceof GuidelinesElement row) {
			return clauseIdOf(row);
		}
		if (g instanceof org.allianceplanner.model.guidelines.Clause c) {
			StringBuilder full = new StringBuilder(c.getNumber() == null ? "" : ClauseCatalog.normalize(c.getNumber()));
			for (org.allianceplanner.model.guidelines.Clause p = parentOf(c); p != null; p = parentOf(p)) {
				full.insert(0, ClauseCatalog.normalize(p.getNumber() == null ? "" : p.getNumber()));
				if (ClauseCatalog.byId(full.toString()) != null) {
					return full.toString();
				}
			}
		}
		return null;
	}

	private static org.allianceplanner.model.guidelines.Clause parentOf(org.allianceplanner.model.guidelines.Clause c) {
		if (c.getParent() != null) {
			return c.getParent();
		}
		return c.eContainer() instanceof org.allianceplanner.model.guidelines.Clause p ? p : null;
	}

	/**
	 * A section, item or Annex function whose parts are in the catalog (e.g. {@code IV.2} or {@code Annex.2}):
	 * citing it is fine but covers no single clause, so it is neither counted nor unknown.
	 */
	static boolean isHeading(GuidelinesElement g) {
		for (TreeIterator<EObject> it = g.eAllContents(); it.hasNext();) {
			if (it.next() instanceof GuidelinesElement part && clauseIdOf(part) != null) {
				return true;
			}
		}
		return false;
	}

	private static String describe(GuidelinesElement g) {
		return g.eClass().getName() + " " + (g.getName() == null ? "?" : g.getName());
	}
}
