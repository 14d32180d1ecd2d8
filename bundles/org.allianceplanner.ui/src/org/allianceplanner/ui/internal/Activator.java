package org.allianceplanner.ui.internal;

import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** Starts nothing eagerly; stops the in-process language server with the bundle. */
public class Activator extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.allianceplanner.ui";

	private static Activator instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		PlanLanguageServer.shutdownIfRunning();
		instance = null;
		super.stop(context);
	}

	public static Activator getDefault() {
		return instance;
	}

	public static void log(String message, Throwable e) {
		ILog.of(Activator.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
	}
}
