package org.allianceplanner.validation.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.guidelines.AnnexField;
import org.allianceplanner.model.guidelines.AnnexFunction;
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
 * Computes which clauses and Annex rows plans cover: through {@code implements} and through what they contain
 * (a minesweeping task covers V.2(3) and the Annex minesweeping row; readiness stages cover VI.1(2)...).
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
				unknown.add(describe(g));
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
		boolean siasj = Plans.inSiasj(t);
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
				ids.add("Annex.Surveillance");
			}
		}
		case INTELLIGENCE_SHARING -> {
			ids.add(situations.contains(SituationKind.ARMED_ATTACK) ? "IV.2(3)d" : "III.1");
			if (siasj) {
				ids.add("Annex.Surveillance");
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
				ids.add("Annex.Facilities");
			}
		}
		case USE_OF_FACILITIES -> {
			ids.add("V.2(2)a");
			ids.add("Annex.Facilities");
		}
		case REAR_AREA_SUPPORT -> {
			ids.add("V.2(2)b");
			if (t.isSetField()) {
				ids.add(rearAreaRow(t.getField()));
			}
		}
		case RELIEF, REFUGEES -> {
			ids.add("V.2(1)a");
			ids.add("Annex.Relief");
		}
		case SEARCH_AND_RESCUE -> {
			ids.add("V.2(1)b");
			ids.add("Annex.SAR");
		}
		case NONCOMBATANT_EVACUATION -> {
			ids.add("V.2(1)c");
			ids.add("Annex.NEO");
		}
		case SHIP_INSPECTION, SANCTIONS_SUPPORT -> {
			ids.add("V.2(1)d");
			ids.add("Annex.Sanctions");
		}
		case MINESWEEPING -> {
			ids.add("V.2(3)");
			ids.add("Annex.Minesweeping");
		}
		case SEA_AND_AIRSPACE_MANAGEMENT -> {
			ids.add("V.2(3)");
			ids.add("Annex.SeaAirspace");
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
		case SUPPLY -> "Annex.RAS.Supply";
		case TRANSPORTATION -> "Annex.RAS.Transportation";
		case MAINTENANCE -> "Annex.RAS.Maintenance";
		case MEDICAL_SERVICES -> "Annex.RAS.Medical";
		case SECURITY -> "Annex.RAS.Security";
		case COMMUNICATIONS -> "Annex.RAS.Communications";
		case FACILITIES -> "Annex.Facilities";
		case OTHERS -> "Annex.RAS.Others";
		};
	}

	/**
	 * The catalog ID of a Guidelines element cited in {@code implements}: a clause by its number (possibly
	 * relative to its parent's), an Annex item or field by the row it belongs to; null if none matches.
	 */
	static String clauseIdOf(GuidelinesElement g) {
		if (g instanceof org.allianceplanner.model.guidelines.Clause c) {
			String number = c.getNumber() == null ? "" : ClauseCatalog.normalize(c.getNumber());
			if (ClauseCatalog.byId(number) != null) {
				return number;
			}
			StringBuilder full = new StringBuilder(number);
			for (org.allianceplanner.model.guidelines.Clause p = parentOf(c); p != null; p = parentOf(p)) {
				full.insert(0, ClauseCatalog.normalize(p.getNumber() == null ? "" : p.getNumber()));
				if (ClauseCatalog.byId(full.toString()) != null) {
					return full.toString();
				}
			}
			return null;
		}
		if (g instanceof AnnexItem item && item.eContainer() instanceof GuidelinesElement field) {
			return clauseIdOf(field);
		}
		if (g instanceof AnnexField field) {
			if (field.getSupportField() != null && field.eContainer() instanceof AnnexField) {
				return rearAreaRow(field.getSupportField());
			}
			return annexRowByName(field);
		}
		if (g instanceof AnnexFunction) {
			return null; // a whole function is too broad to count as one row
		}
		return null;
	}

	private static org.allianceplanner.model.guidelines.Clause parentOf(org.allianceplanner.model.guidelines.Clause c) {
		if (c.getParent() != null) {
			return c.getParent();
		}
		return c.eContainer() instanceof org.allianceplanner.model.guidelines.Clause p ? p : null;
	}

	private static String annexRowByName(GuidelinesElement e) {
		String text = ((e.getTitle() == null ? "" : e.getTitle()) + " " + e.getName()).toLowerCase(Locale.ROOT);
		if (text.contains("refugee") || text.contains("relief")) {
			return "Annex.Relief";
		}
		if (text.contains("search")) {
			return "Annex.SAR";
		}
		if (text.contains("evacuation") || text.contains("noncombatant")) {
			return "Annex.NEO";
		}
		if (text.contains("sanction")) {
			return "Annex.Sanctions";
		}
		if (text.contains("minesweep")) {
			return "Annex.Minesweeping";
		}
		if (text.contains("surveillance")) {
			return "Annex.Surveillance";
		}
		if (text.contains("airspace") || text.contains("traffic")) {
			return "Annex.SeaAirspace";
		}
		if (text.contains("facilit")) {
			return "Annex.Facilities";
		}
		return null;
	}

	private static String describe(GuidelinesElement g) {
		return g.eClass().getName() + " " + (g.getName() == null ? "?" : g.getName());
	}
}
