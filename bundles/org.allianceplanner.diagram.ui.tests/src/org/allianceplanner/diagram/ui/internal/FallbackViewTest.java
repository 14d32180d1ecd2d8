package org.allianceplanner.diagram.ui.internal;

import static org.allianceplanner.diagram.ui.internal.DiagramUi.flush;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.page;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.screenshot;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allianceplanner.diagram.ui.DiagramEditors;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where the browser cannot start, the editor paints the core's PNG rendering read-only and says what to install.
 * The browser is kept from starting with the editor's system property, as a machine without WebKitGTK would.
 */
public class FallbackViewTest {

	@AfterEach
	void cleanUp() {
		System.clearProperty(Surfaces.NO_BROWSER);
		page().closeAllEditors(false);
		flush(100);
	}

	@Test
	public void withoutTheBrowserTheCoresRenderingIsShownReadOnly() throws Exception {
		System.setProperty(Surfaces.NO_BROWSER, "true");
		IFile file = DiagramUi.exampleProject("diagram-fallback-test").getFile("plans/defense-of-japan.alliance");
		DiagramEditor editor = (DiagramEditor) DiagramEditors.open(page(), file, "Responsibility");
		waitUntil("the diagram is drawn", () -> editor.current() != null);
		assertTrue(editor.surface() instanceof RenderedSurface, "the read-only rendering stands in for the browser");
		RenderedSurface rendered = (RenderedSurface) editor.surface();
		assertTrue(rendered.message().contains("apt-get install libwebkit2gtk-4.1-0"), rendered.message());
		assertNotNull(rendered.image(), "the core's PNG is painted");
		Rectangle size = rendered.image().getBounds();
		org.eclipse.swt.graphics.ImageData png = new org.eclipse.swt.graphics.ImageData(
				new java.io.ByteArrayInputStream(editor.current().diagram().png()));
		assertEquals(png.width, size.width, "the picture is the core's PNG");
		assertEquals(png.height, size.height, "the picture is the core's PNG");
		screenshot("fallback-defense-of-japan-responsibility.png");

		// it follows the text too
		int shown = editor.shownCount();
		IDocument document = editor.document().document();
		document.replace(document.get().indexOf("task CounterAirAttack"), 0, "task Orphan \"Nobody's task\": sea defense\n\t");
		waitUntil("the rendering is drawn again", () -> editor.shownCount() > shown
				&& editor.current().diagram().diagram().node("Task:jpus.japandefense.DefenseOfJapan.Orphan").isPresent());
	}
}
