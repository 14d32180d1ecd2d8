package org.allianceplanner.cli.bench;

/**
 * Writes a synthetic but valid bilateral defense plan with a given number of tasks, shaped like the
 * examples: parties, areas, legal bases, readiness stages, common procedures, then tasks that assign
 * roles, cite clauses and refer to areas, stages and legal bases.
 */
public final class SyntheticPlans {

	private static final String[][] KINDS = {
			{ "air defense", "IV.2(2)a", "JASDF", "FifthAirForce" },
			{ "sea defense", "IV.2(2)b", "JMSDF", "SeventhFleet" },
			{ "counter invasion", "IV.2(2)c", "JGSDF", "USARJ" },
			{ "guerrilla response", "IV.2(2)d.i", "JGSDF", "MOD" }, // with a relevant agency (ROLE-GUERRILLA)
			{ "logistics support (supply)", "IV.2(3)e.i", "MOD", "USFJ" },
			{ "logistics support (maintenance)", "IV.2(3)e.iii", "MOD", "USFJ" },
			{ "intelligence sharing", "IV.2(3)d", "JointStaff", "USFJ" },
			{ "surveillance", "IV.1", "JMSDF", "USFJ" } };

	private static final int AREAS = 20;
	private static final int STAGES = 5;

	private SyntheticPlans() {
	}

	public static String plan(int tasks) {
		StringBuilder out = new StringBuilder(tasks * 220 + 4096);
		out.append("// Synthetic plan with ").append(tasks).append(" tasks (benchmark input).\n");
		out.append("package bench.synthetic\n\n");
		String[][] parties = { { "JointStaff", "Self-Defense Forces for Japan" },
				{ "JGSDF", "Ground Self-Defense Force for Japan" }, { "JMSDF", "Maritime Self-Defense Force for Japan" },
				{ "JASDF", "Air Self-Defense Force for Japan" }, { "MOD", "central government agency for Japan" },
				{ "USFJ", "U.S. Forces for United States" }, { "USARJ", "U.S. ground forces for United States" },
				{ "SeventhFleet", "U.S. maritime forces for United States" },
				{ "FifthAirForce", "U.S. air forces for United States" } };
		for (String[] party : parties) {
			out.append("party ").append(party[0]).append(": ").append(party[1]).append('\n');
		}
		out.append('\n');
		for (int i = 1; i <= AREAS; i++) {
			out.append("area Area").append(i).append(" \"Sector ").append(i).append("\": Japanese territory\n");
		}
		out.append("\nlegal basis SDFLaw \"Self-Defense Forces Law\": Japanese law\n");
		out.append("\nbilateral defense plan Synthetic \"Synthetic plan\" {\n");
		out.append("\timplements IV, VI.1(1)\n");
		out.append("\tsituations armed attack\n");
		for (int s = 1; s <= STAGES; s++) {
			out.append("\n\treadiness stage Stage").append(s).append(" level ").append(s).append(" when armed attack {\n");
			out.append("\t\tstandard for intelligence activities: \"Intelligence standard ").append(s).append("\"\n");
			out.append("\t\tstandard for unit activities: \"Unit standard ").append(s).append("\"\n");
			out.append("\t\tstandard for movements: \"Movement standard ").append(s).append("\"\n");
			out.append("\t\tstandard for logistics support: \"Logistics standard ").append(s).append("\"\n");
			out.append("\t\tagreed by Japan\n\t\tagreed by United States\n\t}\n");
		}
		// what the rules of the Guidelines ask of a bilateral defense plan: the common procedures of VI.1(3)
		// and a milestone reported to the SCC and the SDC (VI.1); the stages are armed-attack stages, so the
		// plan applies to an armed attack only (PLAN-BCM-EARLY concerns the imminent stage)
		out.append('\n');
		String[][] procedures = { { "Communications", "communications" },
				{ "TargetInformation", "transmission of target information" },
				{ "IntelligenceProcedure", "intelligence activities" }, { "LogisticsProcedure", "logistics support" },
				{ "FratricidePrevention", "prevention of fratricide" },
				{ "UnitOperationsControl", "control of unit operations" } };
		for (String[] procedure : procedures) {
			out.append("\tcommon procedure ").append(procedure[0]).append(": ").append(procedure[1]).append('\n');
		}
		out.append("\tmilestone Review reports to SCC, SDC\n");
		for (int t = 1; t <= tasks; t++) {
			String[] kind = KINDS[t % KINDS.length];
			out.append("\n\ttask Task").append(t).append(" \"Synthetic task ").append(t).append("\": ").append(kind[0])
					.append(" {\n");
			out.append("\t\timplements ").append(kind[1]).append('\n');
			out.append("\t\t").append(kind[2]).append(" primary responsibility\n");
			out.append("\t\t").append(kind[3]).append(" support\n");
			out.append("\t\tin Area").append(1 + t % AREAS).append('\n');
			out.append("\t\tduring Stage").append(1 + t % STAGES).append('\n');
			out.append("\t\tunder SDFLaw\n");
			out.append("\t}\n");
		}
		out.append("}\n");
		return out.toString();
	}
}
