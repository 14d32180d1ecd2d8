package org.allianceplanner.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn in place, for runs over many plans. Shown only to a person: when
 * the command runs on a terminal, without {@code --quiet}, and not on a dumb terminal or with
 * {@code ALLIANCE_PROGRESS=never}; a build server's log (stdout or stderr redirected) never sees it. It is erased
 * when the run ends, so the results that follow start on a clean line.
 */
public final class Progress implements AutoCloseable {

	/** Redraws at most this often: printing is slower than parsing a small plan. */
	private static final long REDRAW_NANOS = 100_000_000L;
	private static final int BAR_WIDTH = 24;

	private static final Progress NONE = new Progress(null, 0, 80);

	private final PrintStream out;
	private final int total;
	private final int columns;
	private int done;
	private long lastDraw;
	private boolean drawn;

	Progress(PrintStream out, int total, int columns) {
		this.out = out;
		this.total = total;
		this.columns = columns;
	}

	/**
	 * A progress bar over {@code total} steps when a person watches, otherwise one that prints nothing.
	 *
	 * @param quiet the command's {@code --quiet}
	 */
	public static Progress start(Console console, boolean quiet, int total) {
		if (quiet || total < 2 || !onTerminal(console)) {
			return NONE;
		}
		return new Progress(console.err(), total, columns());
	}

	/**
	 * The process's own stderr on an interactive terminal (tests and the Maven plugin pass their own streams).
	 * On Java 17, {@code System.console()} is null as soon as input or output is redirected.
	 */
	static boolean onTerminal(Console console) {
		if (console.err() != System.err || System.console() == null) {
			return false;
		}
		String setting = System.getenv("ALLIANCE_PROGRESS");
		if ("never".equals(setting)) {
			return false;
		}
		return !"dumb".equals(System.getenv("TERM"));
	}

	/** One step done; {@code what} names it (e.g. "parse defense-of-japan.alliance"). */
	public void step(String what) {
		if (out == null) {
			return;
		}
		done = Math.min(done + 1, total);
		long now = System.nanoTime();
		if (done < total && drawn && now - lastDraw < REDRAW_NANOS) {
			return;
		}
		lastDraw = now;
		drawn = true;
		out.print('\r' + line(done, total, what, columns));
		out.flush();
	}

	/** Erases the bar. */
	@Override
	public void close() {
		if (out != null && drawn) {
			out.print('\r' + " ".repeat(columns - 1) + '\r');
			out.flush();
			drawn = false;
		}
	}

	/** {@code [=========>              ]  12/40 parse a.alliance}, cut to the terminal's width. */
	static String line(int done, int total, String what, int columns) {
		int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
		StringBuilder b = new StringBuilder(columns);
		b.append('[').append("=".repeat(filled));
		if (filled < BAR_WIDTH) {
			b.append('>').append(" ".repeat(BAR_WIDTH - filled - 1));
		}
		String count = String.valueOf(total);
		b.append("] ").append(" ".repeat(count.length() - String.valueOf(done).length())).append(done).append('/')
				.append(count).append(' ').append(what);
		int max = Math.max(columns - 1, 10); // the last column would wrap on some terminals
		if (b.length() > max) {
			b.setLength(max);
		} else {
			b.append(" ".repeat(max - b.length())); // overwrite a longer previous line
		}
		return b.toString();
	}

	private static int columns() {
		try {
			int c = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
			return c >= 20 ? c : 80;
		} catch (NumberFormatException e) {
			return 80;
		}
	}
}
