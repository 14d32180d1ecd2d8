package org.allianceplanner.ui.internal.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.pipeline.ProjectSeverities;

/**
 * The workspace's rule severities as the IDE keeps them in a project's {@code alliance.properties}: a block of
 * lines at the top of the file, between two comment lines, rewritten by the IDE whenever the workspace preferences
 * change. The {@code alliance} command and the Maven plugin read the file from top to bottom and a later line wins,
 * so a severity the project sets itself (below the block) overrides the workspace's, in the IDE and on the build
 * server alike.
 */
final class WorkspaceSeverityBlock {

	static final String BEGIN = "# Workspace rule severities (Window > Preferences > Alliance Planner), written by the IDE so that the";
	static final String BEGIN_2 = "# alliance command and the Maven plugin apply them too. Edit them there; lines below this block override them.";
	static final String END = "# End of workspace rule severities.";

	private WorkspaceSeverityBlock() {
	}

	/** The file's lines without the block: the project's own settings. */
	static List<String> withoutBlock(List<String> lines) {
		int begin = lines.indexOf(BEGIN);
		int end = begin < 0 ? -1 : lines.subList(begin, lines.size()).indexOf(END);
		if (end < 0) {
			return lines;
		}
		List<String> out = new ArrayList<>(lines.subList(0, begin));
		out.addAll(lines.subList(begin + end + 1, lines.size()));
		return out;
	}

	/** The block's lines (empty when the file has none). */
	static List<String> block(List<String> lines) {
		int begin = lines.indexOf(BEGIN);
		int end = begin < 0 ? -1 : lines.subList(begin, lines.size()).indexOf(END);
		return end < 0 ? List.of() : lines.subList(begin, begin + end + 1);
	}

	/** The project's own lines under a block of {@code severities} (none when there are none). */
	static List<String> withBlock(List<String> projectLines, Map<String, String> severities) {
		List<String> out = new ArrayList<>();
		if (!severities.isEmpty()) {
			out.add(BEGIN);
			out.add(BEGIN_2);
			out.addAll(ProjectSeverities.update(List.of(), severities));
			out.add(END);
		}
		out.addAll(projectLines);
		return out;
	}
}
