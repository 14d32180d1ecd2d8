package org.allianceplanner.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Key presses for UI tests, sent with {@code notifyListeners} (under Xvfb {@code Display.post} does not reach
 * the widgets): the display's filters run first, among them the workbench's key binding dispatcher, as for a
 * key the user presses. UI thread only.
 */
public final class Keys {

	private Keys() {
	}

	/** One key down and up on the control; a new line is sent as Enter ({@code SWT.CR}). */
	public static void press(Control control, char character, int keyCode, int stateMask) {
		Event down = new Event();
		down.character = character == '\n' ? SWT.CR : character;
		down.keyCode = keyCode == '\n' ? SWT.CR : keyCode;
		down.stateMask = stateMask;
		control.notifyListeners(SWT.KeyDown, down);
		Event up = new Event();
		up.character = down.character;
		up.keyCode = down.keyCode;
		up.stateMask = stateMask;
		control.notifyListeners(SWT.KeyUp, up);
	}
}
