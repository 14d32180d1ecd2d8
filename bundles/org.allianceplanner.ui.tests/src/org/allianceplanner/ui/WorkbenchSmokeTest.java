package org.allianceplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Starts the Alliance Planner product's workbench (the test harness runs it) and checks what a
 * planner sees first: the branded window in the Alliance Planning perspective. Saves a screenshot
 * for review.
 */
public class WorkbenchSmokeTest {

	@Test
	public void productIsAlliancePlanner() {
		assertNotNull(Platform.getProduct(), "no product is running");
		assertEquals(PlanningPerspective.PRODUCT_ID, Platform.getProduct().getId());
		assertEquals("Alliance Planner", Platform.getProduct().getName());
		assertTrue(Platform.getProduct().getProperty("aboutText").startsWith("Alliance Planner"),
				"About dialog text is branded");
	}

	@Test
	public void planningPerspectiveIsOpenWithItsViews() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window");
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page, "no workbench page");
		assertEquals(PlanningPerspective.ID, page.getPerspective().getId());
		assertEquals("Alliance Planning", page.getPerspective().getLabel());

		String[] viewIds = Arrays.stream(page.getViewReferences()).map(IViewReference::getId)
				.toArray(String[]::new);
		for (String expected : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW }) {
			assertTrue(Arrays.asList(viewIds).contains(expected),
					expected + " is missing from the perspective: " + Arrays.toString(viewIds));
		}
	}

	@Test
	public void windowTitleNamesTheProduct() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setSize(1280, 800);
		flushEvents(shell.getDisplay());
		assertTrue(shell.getText().contains("Alliance Planner"), "window title: " + shell.getText());
		File png = saveScreenshot(shell, "workbench.png");
		assertTrue(png.length() > 0, "screenshot written: " + png);
	}

	private static void flushEvents(Display display) {
		long until = System.currentTimeMillis() + 1000;
		while (System.currentTimeMillis() < until) {
			while (display.readAndDispatch()) {
				// drain pending paints so the screenshot shows the laid-out window
			}
			Thread.onSpinWait();
		}
	}

	/** Copies the shell's pixels into a PNG under the build output for human review. */
	static File saveScreenshot(Shell shell, String fileName) {
		File dir = new File(System.getProperty("alliance.screenshotDir", "target/screenshots"));
		dir.mkdirs();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			File file = new File(dir, fileName);
			loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
