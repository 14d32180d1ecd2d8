package org.allianceplanner.ui.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;

/**
 * The matches of a plan search (references, plan elements): each match lies on a {@link PlanLine}. The
 * adapters let the Search view mark the matches in open plan editors and follow file changes.
 */
public class PlanSearchResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {

	private final ISearchQuery query;
	private final String what;

	/** @param what what was searched, for the view's label ("references to JASDF") */
	public PlanSearchResult(ISearchQuery query, String what) {
		this.query = query;
		this.what = what;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return what + " - " + count + (count == 1 ? " match" : " matches") + " in the workspace";
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return editor instanceof PlanEditor && match.getElement() instanceof PlanLine line
				&& line.file().equals(editor.getEditorInput().getAdapter(IFile.class));
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file == null ? new Match[0] : computeContainedMatches(result, file);
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		List<Match> matches = new ArrayList<>();
		for (Object element : result.getElements()) {
			if (element instanceof PlanLine line && line.file().equals(file)) {
				matches.addAll(List.of(result.getMatches(element)));
			}
		}
		return matches.toArray(new Match[0]);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof PlanLine line ? line.file() : element instanceof IFile file ? file : null;
	}

	/** How many matches a result has in a file. */
	public static int countIn(AbstractTextSearchResult result, IFile file) {
		int count = 0;
		for (Object element : result.getElements()) {
			if (element instanceof PlanLine line && line.file().equals(file)) {
				count += result.getMatchCount(line);
			}
		}
		return count;
	}
}
