package org.allianceplanner.model.plan;

import static org.allianceplanner.model.plan.Plans.assign;
import static org.allianceplanner.model.plan.Plans.governmentsIn;
import static org.allianceplanner.model.plan.Plans.task;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.guidelines.SupportField;
import org.junit.jupiter.api.Test;

/** Situations in areas surrounding Japan (SIASJ-*), read from the model alone. */
class SituationsFactsTest {

	private final Plans plans = new Plans();
	private final MutualCooperationPlan plan = plans.cooperationPlan("mcp", SituationKind.SIASJ_RESPONSE);

	@Test
	void refugees() {
		Task refugees = task(plan, "refugees", TaskKind.REFUGEES);
		refugees.getAreas().add(plans.area("kyushu", AreaKind.JAPANESE_TERRITORY, false));
		assign(refugees, plans.party("ISA", Government.JAPAN, PartyKind.CENTRAL_AGENCY), RoleKind.PRIMARY);
		assign(refugees, plans.usNavy(), RoleKind.SUPPORT);
		boolean intoJapan = refugees.getAreas().stream().anyMatch(a -> a.getKind() == AreaKind.JAPANESE_TERRITORY);
		assertTrue(intoJapan && governmentsIn(refugees, RoleKind.PRIMARY).equals(Set.of(Government.JAPAN))
				&& governmentsIn(refugees, RoleKind.SUPPORT).equals(Set.of(Government.UNITED_STATES)));
	}

	private static final Set<AreaKind> AROUND_JAPAN = Set.of(AreaKind.JAPANESE_TERRITORY, AreaKind.SURROUNDING_WATERS,
			AreaKind.HIGH_SEAS_AROUND_JAPAN);

	/** SIASJ-SAR-AREA: Japan in Japanese territory or at sea around Japan outside combat; the U.S. in or near its operational areas. */
	private static boolean breaksSarArea(Task sar) {
		for (Assignment a : sar.getAssignments()) {
			for (Area area : sar.getAreas()) {
				if (a.getParty().getGovernment() == Government.JAPAN && (!AROUND_JAPAN.contains(area.getKind()) || area.isCombatOperations())) {
					return true;
				}
				if (a.getParty().isUSForces() && !isOrNearOperationalAreaOf(area, a.getParty())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isOrNearOperationalAreaOf(Area area, Party forces) {
		if (area.getKind() == AreaKind.OPERATIONAL_AREA && area.getOperatingForces().contains(forces)) {
			return true;
		}
		return area.getAdjacentTo().stream().anyMatch(near -> near.getKind() == AreaKind.OPERATIONAL_AREA && near.getOperatingForces().contains(forces));
	}

	@Test
	void searchAndRescueArea() {
		Task japaneseSar = task(plan, "sarJ", TaskKind.SEARCH_AND_RESCUE);
		assign(japaneseSar, plans.jmsdf(), RoleKind.PRIMARY);
		Area sea = plans.area("seaOfJapan", AreaKind.HIGH_SEAS_AROUND_JAPAN, false);
		japaneseSar.getAreas().add(sea);
		assertFalse(breaksSarArea(japaneseSar));
		sea.setCombatOperations(true);
		assertTrue(breaksSarArea(japaneseSar));

		Party usNavy = plans.usNavy();
		Area opArea = plans.area("opArea", AreaKind.OPERATIONAL_AREA, true);
		opArea.getOperatingForces().add(usNavy);
		Area nearby = plans.area("nearby", AreaKind.HIGH_SEAS_AROUND_JAPAN, false);
		nearby.getAdjacentTo().add(opArea);
		Task usSar = task(plan, "sarUS", TaskKind.SEARCH_AND_RESCUE);
		assign(usSar, usNavy, RoleKind.PRIMARY);
		usSar.getAreas().add(nearby);
		assertFalse(breaksSarArea(usSar));
		usSar.getAreas().add(plans.area("faraway", AreaKind.THIRD_COUNTRY, false));
		assertTrue(breaksSarArea(usSar));
	}

	/** SIASJ-NEO-OWN-NATIONALS: a Government evacuates its own nationals; third-country nationals only at its discretion. */
	private static boolean breaksOwnNationals(Task neo) {
		for (Government government : governmentsIn(neo, RoleKind.PRIMARY)) {
			Nationality own = government == Government.JAPAN ? Nationality.JAPANESE : Nationality.UNITED_STATES;
			for (Nationality evacuees : neo.getEvacuees()) {
				if (evacuees == Nationality.THIRD_COUNTRY ? !neo.isDiscretionary() : evacuees != own) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void evacuationOfOwnNationals() {
		Task neo = task(plan, "neo", TaskKind.NONCOMBATANT_EVACUATION);
		assign(neo, plans.party("MOFA", Government.JAPAN, PartyKind.CENTRAL_AGENCY), RoleKind.PRIMARY);
		neo.getAreas().add(plans.area("country", AreaKind.THIRD_COUNTRY, false));
		neo.getEvacuees().add(Nationality.JAPANESE);
		assertFalse(breaksOwnNationals(neo));
		neo.getEvacuees().add(Nationality.THIRD_COUNTRY);
		assertTrue(breaksOwnNationals(neo));
		neo.setDiscretionary(true);
		assertFalse(breaksOwnNationals(neo));
		neo.getEvacuees().add(Nationality.UNITED_STATES);
		assertTrue(breaksOwnNationals(neo));
	}

	/** SIASJ-REAR-AREA-LOCATION and SIASJ-NO-WEAPONS-SUPPLY. */
	private static boolean breaksRearArea(Task task) {
		boolean location = task.getAreas().stream().anyMatch(a -> !(a.getKind() == AreaKind.JAPANESE_TERRITORY
				|| (a.getKind() == AreaKind.HIGH_SEAS_AROUND_JAPAN || a.getKind() == AreaKind.INTERNATIONAL_AIRSPACE_AROUND_JAPAN)
						&& !a.isCombatOperations()));
		boolean weapons = task.getSupplies().stream()
				.anyMatch(s -> s.getCategory() == SupplyCategory.WEAPONS || s.getCategory() == SupplyCategory.AMMUNITION);
		return task.getKind() == TaskKind.REAR_AREA_SUPPORT && (location || weapons);
	}

	@Test
	void rearAreaSupport() {
		Task support = task(plan, "fuel", TaskKind.REAR_AREA_SUPPORT);
		support.setField(SupportField.SUPPLY);
		assign(support, plans.jmsdf(), RoleKind.PRIMARY);
		support.getRecipients().add(plans.usNavy());
		support.getAreas().add(plans.area("highSeas", AreaKind.HIGH_SEAS_AROUND_JAPAN, false));
		support.getSupplies().add(plans.supply("fuel", SupplyCategory.POL));
		assertFalse(breaksRearArea(support));
		support.getSupplies().add(plans.supply("rounds", SupplyCategory.AMMUNITION));
		assertTrue(breaksRearArea(support));
		support.getSupplies().remove(1);
		support.getAreas().get(0).setCombatOperations(true);
		assertTrue(breaksRearArea(support));
	}

	@Test
	void minesweepingArea() {
		Task mcm = task(plan, "mcm", TaskKind.MINESWEEPING);
		assign(mcm, plans.jmsdf(), RoleKind.PRIMARY);
		mcm.getAreas().add(plans.area("tsushima", AreaKind.HIGH_SEAS_AROUND_JAPAN, false));
		Set<AreaKind> allowed = Set.of(AreaKind.JAPANESE_TERRITORY, AreaKind.HIGH_SEAS_AROUND_JAPAN);
		assertTrue(mcm.getAreas().stream().allMatch(a -> allowed.contains(a.getKind())));
		mcm.getAreas().add(plans.area("foreignPort", AreaKind.THIRD_COUNTRY, false));
		assertFalse(mcm.getAreas().stream().allMatch(a -> allowed.contains(a.getKind())));
	}
}
