package org.allianceplanner.diagram.glsp.internal;

import org.allianceplanner.diagram.glsp.PlanTexts;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;

import com.google.inject.Inject;

/**
 * Loads the plan named by the client's {@code RequestModelAction} and follows its text: when {@link PlanTexts}
 * reports a change of a file the diagram was drawn from, the session is refreshed at once (no wait for quiet:
 * changes that come while a refresh is queued are read by that refresh), until the session ends. Saving does
 * nothing: every edit is written to the text when it is made.
 */
public class AllianceModelStorage implements SourceModelStorage {

	@Inject
	private DiagramSource source;

	@Inject
	private PlanTexts texts;

	@Inject
	private ActionDispatcher dispatcher;

	@Inject
	private ViewOptions viewOptions;

	@Inject
	private ClientSessionManager sessions;

	@Inject
	@ClientId
	private String clientId;

	private AutoCloseable subscription;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		source.configure(action.getOptions());
		source.reload();
		dispatcher.dispatchAfterNextUpdate(viewOptions.current());
		if (subscription == null) {
			subscription = texts.onChange(uri -> {
				if (source.readFrom(uri) && source.queueRefresh()) {
					try {
						dispatcher.dispatch(new RefreshAction());
					} catch (RuntimeException e) {
						// the session is gone: nothing to refresh
					}
				}
			});
			// plan texts outlive sessions (alliance serve shares one): a closed page must not stay subscribed
			sessions.addListener(new ClientSessionListener() {
				@Override
				public void sessionDisposed(ClientSession session) {
					unsubscribe(); // the manager forgets the session's listeners itself
				}
			}, clientId);
		}
	}

	private synchronized void unsubscribe() {
		if (subscription != null) {
			try {
				subscription.close();
			} catch (Exception e) {
				// the listener is gone either way
			}
			subscription = null;
		}
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		// every edit is in the text already
	}
}
