package org.allianceplanner.ui.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.allianceplanner.dsl.ide.symbol.PlanElementEntry;
import org.allianceplanner.dsl.ide.symbol.PlanSymbolKinds;
import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.navigation.PlanElements;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.Location;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.dialogs.SearchPattern;

/**
 * Search > Plan Elements: the declarations of the plan elements whose name matches a pattern (as in Open
 * Plan Element: {@code *}, {@code ?}, camel case; empty finds all) and whose kind is one of those chosen,
 * in every plan of the workspace.
 */
public class PlanElementQuery implements ISearchQuery {

	private final String pattern;
	private final Set<PlanSymbolKinds> kinds;
	private final PlanSearchResult result;

	public PlanElementQuery(String pattern, Set<PlanSymbolKinds> kinds) {
		this.pattern = pattern.strip();
		this.kinds = Set.copyOf(kinds);
		this.result = new PlanSearchResult(this, getLabel());
	}

	/** The elements of a list that this search finds. */
	public List<PlanElementEntry> select(List<PlanElementEntry> elements) {
		SearchPattern names = new SearchPattern();
		names.setPattern(pattern.isEmpty() ? "*" : pattern);
		List<PlanElementEntry> found = new ArrayList<>();
		for (PlanElementEntry element : elements) {
			if (kinds.contains(element.kind()) && names.matches(element.name())) {
				found.add(element);
			}
		}
		return found;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		result.removeAll();
		PlanLanguageServer server = PlanLanguageServer.get();
		try {
			List<PlanElementEntry> found = select(PlanElements.all(server).get());
			monitor.beginTask(getLabel(), found.size());
			List<Location> locations = new ArrayList<>();
			for (PlanElementEntry element : found) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				Location location = PlanElements.locate(server, element).get();
				if (location != null) {
					locations.add(location);
				}
				monitor.worked(1);
			}
			for (Match match : SearchMatches.of(locations)) {
				result.addMatch(match);
			}
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (ExecutionException e) {
			return new Status(IStatus.ERROR, Activator.PLUGIN_ID, "Cannot search the plan elements", e);
		} finally {
			monitor.done();
		}
	}

	@Override
	public String getLabel() {
		String kindWords = kinds.containsAll(PlanSymbolKinds.elements()) ? "plan elements"
				: String.join(", ", kinds.stream().sorted().map(PlanSymbolKinds::word).toList());
		return "'" + (pattern.isEmpty() ? "*" : pattern) + "' - " + kindWords;
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
