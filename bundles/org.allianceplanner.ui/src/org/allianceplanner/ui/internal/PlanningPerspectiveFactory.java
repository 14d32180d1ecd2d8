package org.allianceplanner.ui.internal;

import org.allianceplanner.ui.AlliancePlanner;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Lays out the Alliance Planning perspective: projects on the left, plans in the editor area,
 * outline and the Guidelines browser on the right, problems below. Views that later bundles
 * contribute (diagrams) add themselves through {@code org.eclipse.ui.perspectiveExtensions}.
 */
public class PlanningPerspectiveFactory implements IPerspectiveFactory {

	static final String LEFT = "org.allianceplanner.ui.left";
	static final String RIGHT = "org.allianceplanner.ui.right";
	static final String BOTTOM = "org.allianceplanner.ui.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();

		IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.70f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);
		right.addView(AlliancePlanner.GUIDELINES_VIEW_ID);

		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		bottom.addPlaceholder(NewSearchUI.SEARCH_VIEW_ID);
		layout.addActionSet(NewSearchUI.ACTION_SET_ID); // the Search menu: Search > Plan Elements

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(AlliancePlanner.GUIDELINES_VIEW_ID);
		layout.addShowViewShortcut(NewSearchUI.SEARCH_VIEW_ID);
		layout.addNewWizardShortcut("org.allianceplanner.ui.newProject");
		layout.addNewWizardShortcut("org.allianceplanner.ui.newPlanFile");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
