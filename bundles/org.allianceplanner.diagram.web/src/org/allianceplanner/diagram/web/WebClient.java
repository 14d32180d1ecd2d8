package org.allianceplanner.diagram.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Optional;

/**
 * The built diagram web client: {@value #PAGE}, {@code diagram.js} (one esbuild IIFE script),
 * {@code diagram.css} and {@code fonts/}, in the class-path folder {@value #FOLDER} of this bundle.
 * <p>
 * The files are build output, not sources: the Maven build bundles them from the npm project in {@code client/}.
 * A class path or workspace that has not been built by Maven may lack them; {@link #available()} says so and
 * {@link #root()} throws an exception naming what is missing.
 * <p>
 * The lookup goes through this class's own class loader, so it works the same inside OSGi (the bundle's class
 * loader finds its own entries, no FileLocator) and on the plain class path of the {@code alliance} command.
 */
public final class WebClient {

	/** The class-path folder of the files (no leading slash). */
	public static final String FOLDER = "web/";

	/** The page the hosts open: {@code diagram.html?token=T&uri=<file uri>&diagram=<name>}. */
	public static final String PAGE = "diagram.html";

	static final String ORIGIN = "the npm project bundles/org.allianceplanner.diagram.web/client, built by the "
			+ "Maven build of bundle org.allianceplanner.diagram.web";

	private WebClient() {
	}

	/** Whether this build carries the client. */
	public static boolean available() {
		return resource(PAGE).isPresent();
	}

	/**
	 * The folder holding the files, as a URL ending in {@code /} ({@code file:}, {@code jar:} or the OSGi
	 * framework's own scheme); a file's URL is {@code new URL(root(), "diagram.js")}.
	 *
	 * @throws IllegalStateException if this build does not carry the client
	 */
	public static URL root() {
		URL page = resource(PAGE).orElseThrow(() -> new IllegalStateException(
				"The diagram web client is missing: no " + FOLDER + PAGE + " on the class path of "
						+ WebClient.class.getName() + "; it comes from " + ORIGIN + "."));
		try {
			return new URL(page, ".");
		} catch (MalformedURLException e) {
			throw new IllegalStateException("Cannot resolve the folder of " + page, e);
		}
	}

	/**
	 * The URL of one file of the client, by its path relative to {@link #root()} (e.g. {@code fonts/codicon.ttf});
	 * empty if there is no such file or the path leaves the folder.
	 */
	public static Optional<URL> resource(String relativePath) {
		if (!isSafe(relativePath)) {
			return Optional.empty();
		}
		return Optional.ofNullable(WebClient.class.getClassLoader().getResource(FOLDER + relativePath));
	}

	/**
	 * Opens one file of the client for reading; the caller closes the stream.
	 *
	 * @return empty if there is no such file or the path leaves the folder
	 */
	public static Optional<InputStream> open(String relativePath) {
		return resource(relativePath).map(url -> {
			try {
				return url.openStream();
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + url, e);
			}
		});
	}

	/** The media type a host should send for a file of the client, by its extension. */
	public static String contentType(String relativePath) {
		String name = relativePath.toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".html")) {
			return "text/html; charset=utf-8";
		} else if (name.endsWith(".js")) {
			return "text/javascript; charset=utf-8";
		} else if (name.endsWith(".css")) {
			return "text/css; charset=utf-8";
		} else if (name.endsWith(".ttf")) {
			return "font/ttf";
		} else if (name.endsWith(".svg")) {
			return "image/svg+xml";
		} else if (name.endsWith(".txt")) {
			return "text/plain; charset=utf-8";
		}
		return "application/octet-stream";
	}

	/** A relative path without a leading slash, backslashes, empty, {@code .} or {@code ..} segments. */
	private static boolean isSafe(String path) {
		if (path == null || path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0
				|| path.indexOf(':') >= 0) {
			return false;
		}
		for (String segment : path.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				return false;
			}
		}
		return true;
	}
}
