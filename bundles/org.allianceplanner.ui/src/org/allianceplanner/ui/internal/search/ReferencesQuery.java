package org.allianceplanner.ui.internal.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.allianceplanner.ui.internal.Activator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.Location;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;

/**
 * Find References in the Search view: the language server's references to the element under the caret,
 * each shown on its line, by file and line. Runs again (Search view's "Run the current search again") with
 * a fresh request.
 */
public class ReferencesQuery implements ISearchQuery {

	private final String name;
	private final Supplier<CompletableFuture<List<? extends Location>>> request;
	private final PlanSearchResult result;

	/**
	 * @param name the element's name, for the label
	 * @param request asks the server for the references (with the declaration)
	 */
	public ReferencesQuery(String name, Supplier<CompletableFuture<List<? extends Location>>> request) {
		this.name = name;
		this.request = request;
		this.result = new PlanSearchResult(this, "'" + name + "' - references");
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		result.removeAll();
		try {
			List<? extends Location> locations = request.get().get();
			for (Match match : SearchMatches.of(locations == null ? List.of() : locations)) {
				result.addMatch(match);
			}
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (ExecutionException e) {
			return new Status(IStatus.ERROR, Activator.PLUGIN_ID, "Cannot find the references to " + name, e);
		}
	}

	@Override
	public String getLabel() {
		return "References to " + name;
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
