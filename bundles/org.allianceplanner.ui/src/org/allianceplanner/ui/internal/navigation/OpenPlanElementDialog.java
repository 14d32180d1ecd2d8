package org.allianceplanner.ui.internal.navigation;

import java.util.Comparator;
import java.util.List;

import org.allianceplanner.dsl.ide.symbol.PlanElementEntry;
import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.outline.KindImages;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.FilteredItemsSelectionDialog;

/**
 * Open Plan Element (Ctrl+Shift+T): a type-ahead list over every named plan element of the workspace, as
 * Open Type is for Java: a name pattern with {@code *}, {@code ?} and camel case ("CA" finds CounterAir),
 * rows with the kind's icon, the name and where the element is, recently opened elements first.
 */
public class OpenPlanElementDialog extends FilteredItemsSelectionDialog {

	private static final String SETTINGS = "org.allianceplanner.ui.openPlanElement";

	private final List<PlanElementEntry> elements;

	public OpenPlanElementDialog(Shell shell, List<PlanElementEntry> elements) {
		super(shell, false);
		this.elements = elements;
		setTitle("Open Plan Element");
		setMessage("Enter an element name (* = any string, ? = any character, CamelCase):");
		setListLabelProvider(new ElementLabels(true));
		setDetailsLabelProvider(new ElementLabels(false));
		setSelectionHistory(new EntryHistory());
	}

	@Override
	protected Control createExtendedContentArea(Composite parent) {
		return null;
	}

	@Override
	protected IDialogSettings getDialogSettings() {
		IDialogSettings root = Activator.getDefault().getDialogSettings();
		IDialogSettings section = root.getSection(SETTINGS);
		return section != null ? section : root.addNewSection(SETTINGS);
	}

	@Override
	protected IStatus validateItem(Object item) {
		return Status.OK_STATUS;
	}

	@Override
	protected ItemsFilter createFilter() {
		return new PlanElementFilter();
	}

	@Override
	protected Comparator<PlanElementEntry> getItemsComparator() {
		return ORDER;
	}

	/** Names alphabetically (ignoring case), then by qualifier, as the list shows them. */
	public static final Comparator<PlanElementEntry> ORDER = Comparator
			.comparing(PlanElementEntry::name, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(PlanElementEntry::qualifier);

	@Override
	protected void fillContentProvider(AbstractContentProvider contentProvider, ItemsFilter itemsFilter,
			IProgressMonitor monitor) throws CoreException {
		monitor.beginTask("Plan elements", elements.size());
		for (PlanElementEntry element : elements) {
			if (monitor.isCanceled()) {
				break;
			}
			contentProvider.add(element, itemsFilter);
		}
		monitor.done();
	}

	@Override
	public String getElementName(Object item) {
		return ((PlanElementEntry) item).name();
	}

	/** Matches names as Open Type does; the dialog's own pattern rules (prefix, camel case, wildcards). */
	private final class PlanElementFilter extends ItemsFilter {

		@Override
		public boolean matchItem(Object item) {
			return item instanceof PlanElementEntry entry && matches(entry.name());
		}

		@Override
		public boolean isConsistentItem(Object item) {
			return true;
		}
	}

	/** The list's rows: icon, name, "- qualifier"; the details line: kind, qualified name and file. */
	private static final class ElementLabels extends LabelProvider implements IStyledLabelProvider {
		private final boolean list;

		ElementLabels(boolean list) {
			this.list = list;
		}

		@Override
		public StyledString getStyledText(Object element) {
			if (!(element instanceof PlanElementEntry entry)) {
				return new StyledString(element == null ? "" : element.toString());
			}
			if (list) {
				StyledString text = new StyledString(entry.name());
				if (!entry.qualifier().isEmpty()) {
					text.append(" - " + entry.qualifier(), StyledString.QUALIFIER_STYLER);
				}
				return text.append("  " + entry.kind().word(), StyledString.DECORATIONS_STYLER);
			}
			return new StyledString(entry.kind().word() + " " + entry.qualifiedName() + " in "
					+ PlanElements.pathOf(entry));
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof PlanElementEntry entry ? KindImages.of(entry.kind().symbolKind()) : null;
		}
	}

	/** Recently opened elements, remembered by qualified name and kind. */
	private final class EntryHistory extends SelectionHistory {
		@Override
		protected Object restoreItemFromMemento(org.eclipse.ui.IMemento memento) {
			String qualified = memento.getString("name");
			String kind = memento.getString("kind");
			for (PlanElementEntry entry : elements) {
				if (entry.qualifiedName().equals(qualified) && entry.kind().name().equals(kind)) {
					return entry;
				}
			}
			return null;
		}

		@Override
		protected void storeItemToMemento(Object item, org.eclipse.ui.IMemento memento) {
			PlanElementEntry entry = (PlanElementEntry) item;
			memento.putString("name", entry.qualifiedName());
			memento.putString("kind", entry.kind().name());
		}
	}
}
