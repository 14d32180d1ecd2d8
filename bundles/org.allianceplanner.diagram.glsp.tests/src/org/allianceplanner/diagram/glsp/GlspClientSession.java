package org.allianceplanner.diagram.glsp;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.protocol.DisposeClientSessionParameters;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;

import com.google.inject.Guice;

/**
 * A GLSP client in the same process: a server made of GLSP's {@code ServerModule} and our diagram module, one
 * client session, the actions the server sends kept in order. Tests go through GLSP's public protocol
 * ({@code GLSPServer.process}), as the websocket endpoint does.
 */
final class GlspClientSession implements AutoCloseable {

	/** The action kinds this client handles (the server forwards only these, and responses). */
	static final List<String> CLIENT_KINDS = List.of(SetModelAction.KIND, UpdateModelAction.KIND, MessageAction.KIND,
			SetMarkersAction.KIND, "allianceViewOptions", "setDirtyState", "setEditMode", "setTypeHints",
			"selectAction", "center", "setContextActions");

	private static final String CLIENT_ID = "test-client";
	private static final long WAIT_SECONDS = 120; // a hang guard only: nothing here measures speed

	private final GLSPServer server;
	private final List<Action> received = new ArrayList<>();
	private int cursor;

	GlspClientSession(PlanTexts texts, DiagramHost host) throws Exception {
		server = Guice.createInjector(new ServerModule().configureDiagramModule(AllianceDiagramModule.standalone(texts, host)))
				.getInstance(GLSPServer.class);
		server.connect(new GLSPClient() {
			@Override
			public void process(ActionMessage message) {
				synchronized (received) {
					received.add(message.getAction());
					received.notifyAll();
				}
			}
		});
		InitializeParameters parameters = new InitializeParameters();
		parameters.setApplicationId("alliance-tests");
		parameters.setProtocolVersion("1.0.0");
		server.initialize(parameters).get(WAIT_SECONDS, TimeUnit.SECONDS);
		server.initializeClientSession(new InitializeClientSessionParameters(CLIENT_ID, DiagramTypes.DIAGRAM_TYPE, CLIENT_KINDS))
				.get(WAIT_SECONDS, TimeUnit.SECONDS);
	}

	void send(Action action) {
		server.process(new ActionMessage(CLIENT_ID, action));
	}

	/** Requests a diagram of a plan file and returns the model the server sets. */
	GModelRoot requestModel(Path plan, String diagram) {
		send(new RequestModelAction(Map.of(DiagramTypes.OPTION_SOURCE_URI, URI.createFileURI(plan.toString()).toString(),
				DiagramTypes.OPTION_DIAGRAM, diagram)));
		return await(SetModelAction.class).getNewRoot();
	}

	/** Sends an operation and returns the model of the update it causes. */
	GModelRoot edit(Action operation) {
		send(operation);
		return await(UpdateModelAction.class).getNewRoot();
	}

	/** Asks for the markers of these elements and returns the answer (not GLSP's live validation, also a SetMarkersAction). */
	SetMarkersAction requestMarkers(List<String> elementIds) {
		send(new RequestMarkersAction(elementIds, "batch"));
		return (SetMarkersAction) await(a -> a instanceof SetMarkersAction m && "batch".equals(m.getReason()),
				"SetMarkersAction answering the request");
	}

	/** The next action of this type after the ones already awaited. */
	<T extends Action> T await(Class<T> type) {
		return type.cast(await(type::isInstance, type.getSimpleName()));
	}

	Action await(Predicate<Action> wanted, String what) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		synchronized (received) {
			while (true) {
				for (int i = cursor; i < received.size(); i++) {
					if (wanted.test(received.get(i))) {
						cursor = i + 1;
						return received.get(i);
					}
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					fail("the server sent no " + what + "; it sent " + kinds());
				}
				try {
					received.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted");
				}
			}
		}
	}

	List<String> kinds() {
		synchronized (received) {
			return received.stream().map(a -> a.getKind() + (a instanceof MessageAction m ? "(" + m.getMessage() + ")" : "")).toList();
		}
	}

	@Override
	public void close() throws Exception {
		DisposeClientSessionParameters dispose = new DisposeClientSessionParameters();
		dispose.setClientSessionId(CLIENT_ID);
		server.disposeClientSession(dispose).get(WAIT_SECONDS, TimeUnit.SECONDS);
		server.shutdown();
	}
}
