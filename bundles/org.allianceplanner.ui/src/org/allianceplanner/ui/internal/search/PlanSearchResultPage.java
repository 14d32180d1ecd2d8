package org.allianceplanner.ui.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.ui.AlliancePlanner;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The Search view's page for plan searches: files, sorted by path, each with its matching lines in line
 * order, shown as {@code 12: JASDF primary responsibility} with the match in bold. Opening a line opens the
 * plan editor on the match.
 */
public class PlanSearchResultPage extends AbstractTextSearchViewPage {

	public PlanSearchResultPage() {
		super(FLAG_LAYOUT_TREE);
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new DecoratingStyledCellLabelProvider(new Labels(), null, null));
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		throw new UnsupportedOperationException("plan searches are shown as a tree");
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		getViewer().refresh();
	}

	@Override
	protected void clear() {
		getViewer().refresh();
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		if (match.getElement() instanceof PlanLine line) {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), line.file(), AlliancePlanner.EDITOR_ID, activate);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(offset, length);
			}
		}
	}

	/** The files of the result, sorted by path, and their lines in order. */
	static Map<IFile, List<PlanLine>> byFile(AbstractTextSearchResult result) {
		List<PlanLine> lines = new ArrayList<>();
		for (Object element : result.getElements()) {
			if (element instanceof PlanLine line && result.getMatchCount(line) > 0) {
				lines.add(line);
			}
		}
		lines.sort(Comparator.comparing((PlanLine line) -> line.file().getFullPath().toString())
				.thenComparingInt(PlanLine::line));
		Map<IFile, List<PlanLine>> files = new LinkedHashMap<>();
		for (PlanLine line : lines) {
			files.computeIfAbsent(line.file(), f -> new ArrayList<>()).add(line);
		}
		return files;
	}

	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof AbstractTextSearchResult result ? byFile(result).keySet().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			AbstractTextSearchResult result = getInput();
			if (parent instanceof IFile file && result != null) {
				List<PlanLine> lines = byFile(result).get(file);
				return lines == null ? new Object[0] : lines.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof PlanLine line ? line.file() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IFile;
		}
	}

	private final class Labels extends LabelProvider implements IStyledLabelProvider {
		private final WorkbenchLabelProvider files = new WorkbenchLabelProvider();

		@Override
		public StyledString getStyledText(Object element) {
			if (element instanceof IFile file) {
				AbstractTextSearchResult result = getInput();
				int count = result == null ? 0 : PlanSearchResult.countIn(result, file);
				return new StyledString(file.getName())
						.append(" - " + file.getParent().getFullPath().makeRelative(), StyledString.QUALIFIER_STYLER)
						.append(" (" + count + (count == 1 ? " match)" : " matches)"), StyledString.COUNTER_STYLER);
			}
			if (element instanceof PlanLine line) {
				return lineText(line, getInput() == null ? new Match[0] : getInput().getMatches(line));
			}
			return new StyledString(String.valueOf(element));
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}

		@Override
		public Image getImage(Object element) {
			if (element instanceof IFile) {
				return files.getImage(element);
			}
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
		}

		@Override
		public void dispose() {
			files.dispose();
			super.dispose();
		}
	}

	/** "12: text of the line" (leading white space dropped), the matches in bold. */
	public static StyledString lineText(PlanLine line, Match[] matches) {
		String text = line.text();
		int indent = 0;
		while (indent < text.length() && Character.isWhitespace(text.charAt(indent))) {
			indent++;
		}
		String prefix = line.line() + ": ";
		StyledString out = new StyledString(prefix, StyledString.QUALIFIER_STYLER).append(text.substring(indent));
		for (Match match : matches) {
			int start = match.getOffset() - line.offset() - indent;
			int length = Math.min(match.getLength(), text.length() - indent - Math.max(0, start));
			if (start >= 0 && length > 0) {
				out.setStyle(prefix.length() + start, length, BOLD);
			}
		}
		return out;
	}

	private static final StyledString.Styler BOLD = new StyledString.Styler() {
		@Override
		public void applyStyles(org.eclipse.swt.graphics.TextStyle style) {
			style.font = org.eclipse.jface.resource.JFaceResources.getFontRegistry()
					.getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
		}
	};
}
