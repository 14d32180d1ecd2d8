package org.allianceplanner.diagram.ui.internal;

import java.io.ByteArrayInputStream;

import org.allianceplanner.diagram.ui.internal.PlanDrawing.Drawing;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The read-only diagram shown where the SWT browser cannot start (no WebKitGTK): the core's PNG rendering, the
 * same picture as {@code alliance diagram}, and a line saying what to install for the editable diagram.
 */
public final class RenderedSurface implements DiagramSurface {

	/** What to install, for the line above the picture. */
	static final String INSTALL_HINT = "Read-only diagram: the diagram editor needs WebKitGTK for the SWT browser "
			+ "(Debian/Ubuntu: apt-get install libwebkit2gtk-4.1-0).";

	private final Composite root;
	private final Label message;
	private final Label status;
	private final ScrolledComposite scroller;
	private final Canvas canvas;
	private Image image;
	private String highlighted;

	RenderedSurface(Composite parent, String reason) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		message = new Label(root, SWT.WRAP);
		message.setText(INSTALL_HINT + (reason == null ? "" : " (" + reason + ")"));
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status = new Label(root, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		scroller = new ScrolledComposite(root, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		scroller.setContent(canvas);
		canvas.addPaintListener(e -> {
			if (image != null && !image.isDisposed()) {
				Rectangle b = image.getBounds();
				// the PNG is drawn at twice the size for sharpness; shown at the diagram's own size
				e.gc.setAdvanced(true);
				e.gc.setInterpolation(SWT.HIGH);
				e.gc.drawImage(image, 0, 0, b.width, b.height, 0, 0, b.width / 2, b.height / 2);
			}
		});
		root.addDisposeListener(e -> disposeImage());
	}

	@Override
	public Control control() {
		return root;
	}

	@Override
	public void show(Drawing drawing) {
		disposeImage();
		if (drawing.diagram() == null) {
			status.setText(drawing.problem() == null ? "" : drawing.problem());
			canvas.setSize(0, 0);
		} else {
			status.setText(drawing.diagram().title());
			image = new Image(root.getDisplay(), new ImageData(new ByteArrayInputStream(drawing.diagram().png())));
			Rectangle b = image.getBounds();
			canvas.setSize(b.width / 2, b.height / 2);
		}
		root.layout(true, true);
		canvas.redraw();
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	@Override
	public void highlight(String elementId) {
		highlighted = elementId; // the rendering has no selection; remembered for the status only
	}

	@Override
	public String highlighted() {
		return highlighted;
	}

	@Override
	public boolean readOnly() {
		return true;
	}

	@Override
	public void setSelectionListener(SelectionListener listener) {
		// read-only: nothing to select
	}

	/** The picture now shown, for tests. */
	public Image image() {
		return image;
	}

	public String message() {
		return message.getText();
	}
}
