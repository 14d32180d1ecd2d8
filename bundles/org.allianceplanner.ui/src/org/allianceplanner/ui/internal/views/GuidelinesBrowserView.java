package org.allianceplanner.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.allianceplanner.dsl.scoping.GuidelinesLibrary;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.editor.Navigation;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The Guidelines browser: the built-in Guidelines (1997) as a tree of sections, clauses, the Annex
 * and the bodies, the full text of the selected clause, and the plan elements of the workspace that
 * implement it (traceability from the index). Double-clicking an element opens it in the editor.
 */
public class GuidelinesBrowserView extends ViewPart {

	private TreeViewer tree;
	private Text text;
	private TableViewer implementers;
	private Label implementersLabel;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setContentProvider(new ClauseContent());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				GuidelinesElement clause = (GuidelinesElement) element;
				return clause.getTitle() == null ? clause.getName() : clause.getName() + "  " + clause.getTitle();
			}
		});
		Composite details = new Composite(sash, SWT.NONE);
		details.setLayout(new GridLayout(1, false));
		text = new Text(details, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
		textData.heightHint = 120;
		text.setLayoutData(textData);
		implementersLabel = new Label(details, SWT.NONE);
		implementersLabel.setText("Implemented by:");
		implementersLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		implementers = new TableViewer(details, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		// A fixed share for the implementers, so a long clause text never hides them.
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
		tableData.heightHint = 90;
		implementers.getControl().setLayoutData(tableData);
		implementers.setContentProvider(ArrayContentProvider.getInstance());
		implementers.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Traceability.Implementer) element).label();
			}
		});
		implementers.addDoubleClickListener(event -> {
			if (((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection())
					.getFirstElement() instanceof Traceability.Implementer implementer) {
				Navigation.open(implementer.uri(), implementer.range());
			}
		});
		sash.setWeights(55, 45);
		tree.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof GuidelinesElement clause) {
				showClause(clause);
			}
		});
		tree.setInput(roots());
		getSite().setSelectionProvider(tree);
	}

	private static List<GuidelinesElement> roots() {
		GuidelinesLibrary library = PlanLanguageServer.get().languageInjector().getInstance(GuidelinesLibrary.class);
		List<GuidelinesElement> roots = new ArrayList<>();
		for (GuidelinesElement element : library.elements()) {
			if (!(element.eContainer() instanceof GuidelinesElement)) {
				roots.add(element);
			}
		}
		return roots;
	}

	private void showClause(GuidelinesElement clause) {
		text.setText(clause.getName() + (clause.getTitle() == null ? "" : "  " + clause.getTitle()) + "\n\n"
				+ (clause.getText() == null ? "" : clause.getText()));
		implementers.setInput(List.of());
		implementersLabel.setText("Implemented by: (searching the workspace)");
		Display display = text.getDisplay();
		Traceability.implementersOf(clause).thenAccept(found -> display.asyncExec(() -> {
			if (!implementers.getControl().isDisposed()) {
				implementers.setInput(found);
				implementersLabel.setText("Implemented by: " + found.size() + " plan element(s)");
			}
		}));
	}

	/** Selects the element of that name (a clause identifier such as IV.2(2)a). */
	public boolean select(String name) {
		for (GuidelinesElement element : PlanLanguageServer.get().languageInjector()
				.getInstance(GuidelinesLibrary.class).elements()) {
			if (name.equals(element.getName())) {
				tree.setSelection(new StructuredSelection(element), true);
				return true;
			}
		}
		return false;
	}

	/** Opens the browser and selects the clause; on the UI thread. */
	public static GuidelinesBrowserView show(String clauseName) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			GuidelinesBrowserView view = (GuidelinesBrowserView) page.showView(AlliancePlanner.GUIDELINES_VIEW_ID);
			view.select(clauseName);
			return view;
		} catch (PartInitException e) {
			Activator.log("Cannot open the Guidelines browser", e);
			return null;
		}
	}

	/** The implementers shown for the selected clause, for tests. */
	public CompletableFuture<List<Traceability.Implementer>> implementersOfSelection() {
		Object selected = tree.getStructuredSelection().getFirstElement();
		return selected instanceof GuidelinesElement clause ? Traceability.implementersOf(clause)
				: CompletableFuture.completedFuture(List.of());
	}

	/** How many implementing plan elements the view lists now. */
	public int implementersShown() {
		return implementers.getTable().getItemCount();
	}

	public TreeViewer tree() {
		return tree;
	}

	public String text() {
		return text.getText();
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	private static final class ClauseContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<GuidelinesElement> children = new ArrayList<>();
			for (EObject child : ((EObject) parent).eContents()) {
				if (child instanceof GuidelinesElement element) {
					children.add(element);
				}
			}
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			EObject container = ((EObject) element).eContainer();
			return container instanceof GuidelinesElement ? container : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
