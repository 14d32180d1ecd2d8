package org.allianceplanner.diagram.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Lets a request through only with the server's token (query {@code token=} or header
 * {@value #TOKEN_HEADER}), compared in constant time; a websocket upgrade must also come from the server's own
 * origin when it names one (a browser always does), so that no other page the user opens can drive the diagram
 * server. Everything else is 403.
 */
public class TokenGate extends Handler.Wrapper {

	public static final String TOKEN_HEADER = "X-Alliance-Token";
	private static final String TOKEN_PARAMETER = "token";

	private final byte[] token;
	private final Supplier<String> origin;
	private final String websocketPath;

	public TokenGate(String token, Supplier<String> origin, String websocketPath) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
		this.origin = origin;
		this.websocketPath = websocketPath;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String given = request.getHeaders().get(TOKEN_HEADER);
		if (given == null) {
			Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
			given = query.getValue(TOKEN_PARAMETER);
		}
		if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
			Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "a valid token is required");
			return true;
		}
		if (Request.getPathInContext(request).startsWith(websocketPath)) {
			String from = request.getHeaders().get(HttpHeader.ORIGIN);
			if (from != null && !from.equals(origin.get())) {
				Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "websocket from another origin");
				return true;
			}
		}
		return super.handle(request, response, callback);
	}
}
