package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.ui.internal.editor.EditorOperations;
import org.allianceplanner.ui.internal.editor.PlanCodeScanner;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.lsp.FileUris;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.wizards.NewAllianceProjectWizard;
import org.allianceplanner.ui.internal.wizards.NewPlanFileWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.IStatusField;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.Test;

/**
 * Small things of issue 14 (point 9): the new-plan template starts clean; a section ID alone is highlighted;
 * the status line's caret position is right after formatting.
 */
public class SmallThingsTest {

	@Test
	void theStatusLineShowsTheCaretWhereFormattingMovedIt() throws Exception {
		IProject project = Fixtures.project("Formatting");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, project.getFile(Fixtures.AIR_DEFENSE),
				AlliancePlanner.EDITOR_ID);
		try {
			waitUntil("the example's symbols arrive from the language server", () -> !editor.symbols().isEmpty());
			RecordingField field = new RecordingField();
			editor.setStatusField(field, ITextEditorActionConstants.STATUS_CATEGORY_INPUT_POSITION);
			String line = "\t\tunder SelfDefenseForcesLaw";
			int at = editor.document().get().indexOf(line);
			List<?> before = editor.symbols();
			editor.document().replace(at, 2, "       "); // seven spaces instead of two tabs
			waitUntil("the server built the edited text", () -> editor.symbols() != before);
			int end = at + "       ".length() + line.length() - 2;
			editor.selectAndReveal(end, 0);
			UiTesting.flush(300);
			String unformatted = field.text;
			assertTrue(EditorOperations.format(editor), "the formatter changed the indentation");
			UiTesting.flush(300);
			String shown = field.text;
			int caret = editor.viewer().getTextWidget().getCaretOffset();
			editor.selectAndReveal(caret, 0); // a caret move of the user's: the status line is right then
			UiTesting.flush(300);
			assertNotEquals(unformatted, field.text, "formatting moved the caret to another column");
			assertEquals(field.text, shown, "after formatting the status line shows where the caret is");
		} finally {
			page.closeAllEditors(false);
		}
	}

	/** The status line's position field, as text. */
	private static final class RecordingField implements IStatusField {
		String text;

		@Override
		public void setText(String text) {
			this.text = text;
		}

		@Override
		public void setImage(Image image) {
		}
	}

	@Test
	void theNewPlanTemplateStartsWithoutWarnings() throws Exception {
		IProject project = NewAllianceProjectWizard.createProject("Template", false, new NullProgressMonitor());
		IFile plan = project.getFile("new-plan.alliance");
		plan.create(new ByteArrayInputStream(
				NewPlanFileWizard.template("new-plan.alliance").getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		waitUntil("the language server checked the new plan",
				() -> PlanLanguageServer.get().hasDiagnostics(FileUris.of(plan)));
		waitUntil("the build is done", () -> Job.getJobManager().isIdle());
		UiTesting.flush(500);
		assertEquals(0, UiTesting.problems(plan).length, "a new plan has no problems:" + UiTesting.describe(plan));
	}

	@Test
	void aSectionAloneIsHighlightedLikeEveryClauseId() {
		String text = "\timplements IV, IV.2(2)a, VI\n";
		Map<String, TextAttribute> colors = colors(text);
		TextAttribute clause = colors.get("IV.2(2)a");
		assertNotNull(clause);
		assertEquals(clause.getForeground(), colors.get("IV").getForeground(), "IV like IV.2(2)a");
		assertEquals(clause.getForeground(), colors.get("VI").getForeground(), "VI like IV.2(2)a");
	}

	/** The text attribute of each token the editor's scanner finds. */
	private static Map<String, TextAttribute> colors(String text) {
		Document document = new Document(text);
		PlanCodeScanner scanner = new PlanCodeScanner();
		scanner.setRange(document, 0, text.length());
		Map<String, TextAttribute> colors = new HashMap<>();
		for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
			String word = text.substring(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
			if (token.getData() instanceof TextAttribute attribute) {
				colors.put(word, attribute);
			} else {
				colors.put(word, new TextAttribute(null));
			}
		}
		return colors;
	}
}
