package org.allianceplanner.ui.testing;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waiting in UI tests without blocking the UI: the current thread's display keeps dispatching events (the
 * workbench, the editors, the embedded browser all need it) while a test waits. UI thread only.
 */
public final class EventLoop {

	private static final long IDLE_SLEEP_MILLIS = 5;

	private EventLoop() {
	}

	/**
	 * Runs the event loop until the condition holds.
	 *
	 * @throws AssertionError naming what did not happen, after {@code timeoutMillis}
	 */
	public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				sleep(IDLE_SLEEP_MILLIS);
			}
		}
	}

	/** Runs the event loop for that long (lets queued work and repaints happen). */
	public static void flush(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				sleep(IDLE_SLEEP_MILLIS);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
