package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.ui.internal.builder.GenerationStatus;
import org.allianceplanner.ui.internal.editor.DocumentBrowserEditor;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.wizards.NewAllianceProjectWizard;
import org.allianceplanner.ui.internal.wizards.NewPlanFileWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Generated output (issue 14, point 7): what the builder writes on save is marked derived, a save with errors
 * says in the Problems view and the status line that the documents were not regenerated, and the HTML documents
 * open in the internal browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class GeneratedOutputTest {

	private static final String ERROR = "bilateral defense plan Broken {\n\tcoordinated through Nowhere\n}\n";

	private static IProject project;
	private static IFile plan;

	@BeforeAll
	static void createProject() throws CoreException {
		project = NewAllianceProjectWizard.createProject("Generated", false, new NullProgressMonitor());
		plan = project.getFile("good.alliance");
		plan.create(bytes(NewPlanFileWizard.template("good.alliance")), IResource.FORCE, null);
	}

	@AfterAll
	static void close() {
		page().closeAllEditors(false);
	}

	@Test
	@Order(1)
	void whatTheBuilderGeneratesIsDerived() throws CoreException {
		IFolder documents = project.getFolder("generated/documents/good");
		// the first documents of a test run take long on a loaded machine (the generators load fonts and templates)
		long end = System.currentTimeMillis() + 4 * UiTesting.TIMEOUT;
		while (html(documents).isEmpty() && System.currentTimeMillis() < end) {
			UiTesting.flush(200);
		}
		waitUntil("the builder generated the documents of good.alliance", () -> !html(documents).isEmpty());
		waitUntil("the builder is done", () -> org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle());
		List<IResource> generated = new ArrayList<>();
		project.getFolder("generated").accept(r -> generated.add(r) || true);
		assertTrue(generated.stream().anyMatch(r -> r.getName().equals("good.md")), generated.toString());
		for (IResource resource : generated) {
			assertTrue(resource.isDerived(), resource.getFullPath() + " is derived");
		}
		assertFalse(plan.isDerived(), "the plan is not");
		assertTrue(EditorsUI.getPreferenceStore().getBoolean(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_WARN_IF_INPUT_DERIVED),
				"the editors warn before a derived file is edited");
		assertEquals(0, plan.findMarkers(GenerationStatus.MARKER, false, IResource.DEPTH_ZERO).length);
	}

	@Test
	@Order(2)
	void aSaveWithErrorsSaysTheDocumentsWereNotRegenerated() throws Exception {
		PlanEditor editor = (PlanEditor) IDE.openEditor(page(), plan, AlliancePlanner.EDITOR_ID);
		page().activate(editor);
		String clean = editor.document().get();
		editor.document().replace(clean.length(), 0, ERROR);
		editor.doSave(null);
		waitUntil("a 'not regenerated' warning on good.alliance", () -> notRegenerated().length == 1);
		IMarker marker = notRegenerated()[0];
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("Generated documents of good.alliance were not regenerated: there is"),
				marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		waitUntil("the status line says so", () -> statusLineSays("not regenerated"));
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		page().activate(editor);
		UiTesting.screenshot("generated-output-not-regenerated.png");

		editor.document().set(clean);
		editor.doSave(null);
		waitUntil("the warning goes once a save generates again", () -> notRegenerated().length == 0);
		waitUntil("and so does the status line message", () -> !statusLineSays("not regenerated"));
	}

	@Test
	@Order(3)
	void htmlDocumentsOpenInTheInternalBrowser() throws CoreException {
		List<IFile> html = html(project.getFolder("generated/documents/good"));
		assertFalse(html.isEmpty());
		IFile document = html.get(0);
		IEditorPart editor = IDE.openEditor(page(), document);
		assertTrue(editor instanceof DocumentBrowserEditor, "opened with " + editor);
		DocumentBrowserEditor browser = (DocumentBrowserEditor) editor;
		if (browser.browser() != null) { // WebKitGTK present (CI installs it)
			waitUntil("the browser shows " + document.getName(),
					() -> browser.browser().getUrl().endsWith(document.getName()));
		}
		UiTesting.screenshot("generated-html-in-internal-browser.png");
	}

	private static IMarker[] notRegenerated() {
		try {
			return plan.findMarkers(GenerationStatus.MARKER, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			return new IMarker[0];
		}
	}

	private static boolean statusLineSays(String part) {
		return labelSays(UiTesting.shell(), part);
	}

	private static boolean labelSays(Control control, String part) {
		if (control instanceof CLabel label && label.isVisible() && label.getText() != null
				&& label.getText().contains(part)) {
			return true;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (labelSays(child, part)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<IFile> html(IFolder folder) {
		List<IFile> files = new ArrayList<>();
		try {
			folder.refreshLocal(IResource.DEPTH_INFINITE, null);
			if (folder.exists()) {
				folder.accept(r -> {
					if (r instanceof IFile f && "html".equals(f.getFileExtension())) {
						files.add(f);
					}
					return true;
				});
			}
		} catch (CoreException e) {
			return List.of();
		}
		return files;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
