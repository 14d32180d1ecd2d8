package org.allianceplanner.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.ui.DiagramEditors;
import org.allianceplanner.pipeline.PipelineException;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The menu items "open diagram X" for the plan file the user works on (the active plan or diagram editor's, else
 * the file selected in Project Explorer): one for each built-in description that shows something of the plan,
 * in the viewpoint's order. Shown in the plan editor's context menu, Project Explorer's and the Diagrams menu.
 */
public final class DiagramMenus extends CompoundContributionItem {

	private static PlanDrawing menuDrawing;

	@Override
	protected IContributionItem[] getContributionItems() {
		IFile file = currentPlanFile();
		if (file == null) {
			return new IContributionItem[0];
		}
		List<IContributionItem> items = new ArrayList<>();
		for (String name : applicable(file)) {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(
					PlatformUI.getWorkbench(), DiagramEditors.OPEN_COMMAND + "." + name, DiagramEditors.OPEN_COMMAND,
					CommandContributionItem.STYLE_PUSH);
			parameter.label = label(name);
			parameter.parameters = Map.of(DiagramEditors.DIAGRAM_PARAMETER, name);
			items.add(new CommandContributionItem(parameter));
		}
		if (items.isEmpty()) {
			items.add(new Separator());
		}
		return items.toArray(IContributionItem[]::new);
	}

	/** {@code ReadinessStages} → {@code Readiness Stages}. */
	static String label(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
	}

	/** The plan file of the active editor, else of the selection of the active part. */
	public static IFile currentPlanFile() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		IWorkbenchPart part = page.getActivePart();
		if (part instanceof IEditorPart editor) {
			return planFile(editor.getEditorInput().getAdapter(IFile.class));
		}
		IFile selected = planFile(page.getSelection());
		if (selected != null) {
			return selected;
		}
		IEditorPart editor = page.getActiveEditor(); // e.g. the Outline of the plan editor is active
		return editor == null ? null : planFile(editor.getEditorInput().getAdapter(IFile.class));
	}

	static IFile planFile(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			return planFile(Adapters.adapt(structured.getFirstElement(), IFile.class));
		}
		return null;
	}

	static IFile planFile(IFile file) {
		return file != null && "alliance".equals(file.getFileExtension()) ? file : null;
	}

	/** The diagrams that show something of the plan, drawn from its open document if there is one. */
	public static synchronized List<String> applicable(IFile file) {
		if (menuDrawing == null) {
			menuDrawing = new PlanDrawing(warning -> {
			});
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		String text = buffer == null ? null : buffer.getDocument().get();
		try {
			return menuDrawing.applicable(file.getLocation().toFile().toPath(), text);
		} catch (PipelineException | RuntimeException e) {
			return List.of();
		}
	}

	/** The first diagram that shows something of the plan, else the first description. */
	public static String firstDiagram(IFile file) {
		List<String> names = applicable(file);
		return names.isEmpty() ? PlanDrawing.descriptionNames().get(0) : names.get(0);
	}
}
