package org.allianceplanner.diagram.server.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The web client's files, read from a root URL (a folder, a jar or an OSGi bundle entry alike): GET and HEAD
 * only, no path that climbs out of the root, {@code /} serves {@code index.html} when there is one. A path it
 * has no file for is left to the next handler.
 */
public class StaticFiles extends Handler.Abstract.NonBlocking {

	private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8", "js",
			"text/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
			"woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf", "json", "application/json", "map",
			"application/json");

	private final URL root;
	private final String excluded;

	public StaticFiles(URL root, String excludedPath) {
		String text = root.toString();
		try {
			this.root = text.endsWith("/") ? root : new URL(text + "/");
		} catch (java.net.MalformedURLException e) {
			throw new IllegalArgumentException(text, e);
		}
		this.excluded = excludedPath;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String method = request.getMethod();
		String path = Request.getPathInContext(request);
		if (path.startsWith(excluded) || !(HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method))) {
			return false;
		}
		String relative = path.equals("/") ? "index.html" : path.substring(1);
		if (relative.isEmpty() || relative.contains("..") || relative.contains("\\") || relative.contains("//")
				|| relative.endsWith("/")) {
			return false;
		}
		URL file = new URL(root, relative);
		if ("file".equals(file.getProtocol()) && java.nio.file.Files.isDirectory(java.nio.file.Path.of(file.toURI()))) {
			return false;
		}
		byte[] bytes;
		try (InputStream in = file.openStream()) {
			bytes = in.readAllBytes();
		} catch (FileNotFoundException e) {
			return false;
		} catch (IOException e) {
			return false; // a folder or an unreadable entry: not a file to serve
		}
		response.setStatus(HttpStatus.OK_200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, type(relative));
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		response.getHeaders().put("X-Content-Type-Options", "nosniff");
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
		if (HttpMethod.HEAD.is(method)) {
			callback.succeeded();
		} else {
			response.write(true, ByteBuffer.wrap(bytes), callback);
		}
		return true;
	}

	private static String type(String file) {
		int dot = file.lastIndexOf('.');
		String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
		return TYPES.getOrDefault(extension, "application/octet-stream");
	}
}
