package org.allianceplanner.ui;

import java.io.File;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.allianceplanner.ui.testing.EventLoop;
import org.allianceplanner.ui.testing.Keys;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Waiting, typing and looking for the UI tests; everything runs on the UI thread. */
final class UiTesting {

	static final long TIMEOUT = 30_000;

	private UiTesting() {
	}

	/** Runs the event loop until the condition holds; fails naming what did not happen. */
	static void waitUntil(String what, BooleanSupplier condition) {
		EventLoop.waitUntil(what, TIMEOUT, condition);
	}

	static void flush(long millis) {
		EventLoop.flush(millis);
	}

	/** Types text into the widget as key events, as a user would (notifyListeners: no Display.post). */
	static void type(StyledText text, String characters) {
		for (char c : characters.toCharArray()) {
			key(text, c, c == '\n' ? SWT.CR : c);
		}
	}

	static void key(StyledText text, char character, int keyCode) {
		Keys.press(text, character, keyCode, 0);
	}

	static void backspace(StyledText text, int times) {
		for (int i = 0; i < times; i++) {
			key(text, SWT.BS, SWT.BS);
		}
	}

	static IMarker[] problems(IFile file) {
		try {
			return file.findMarkers(AlliancePlanner.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			return new IMarker[0];
		}
	}

	static long errors(IFile file) {
		return Arrays.stream(problems(file))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
	}

	static boolean hasMarker(IFile file, String messagePart) {
		return Arrays.stream(problems(file)).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(messagePart));
	}

	static String describe(IFile file) {
		StringBuilder out = new StringBuilder();
		for (IMarker m : problems(file)) {
			out.append("\n  line ").append(m.getAttribute(IMarker.LINE_NUMBER, -1)).append(": ")
					.append(m.getAttribute(IMarker.MESSAGE, ""));
		}
		return out.toString();
	}

	static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	static File screenshot(String name) {
		Shell shell = shell();
		shell.setSize(1280, 860);
		flush(1500); // views such as Problems refresh after a delay
		return WorkbenchSmokeTest.saveScreenshot(shell, name);
	}
}
