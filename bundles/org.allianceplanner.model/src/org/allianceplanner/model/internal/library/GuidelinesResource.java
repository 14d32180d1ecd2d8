package org.allianceplanner.model.internal.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.allianceplanner.model.library.GuidelinesLibrary;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * The built-in Guidelines library as an EMF resource: loading builds the document from the text
 * bundled with this class, so it works on a plain classpath as well as in OSGi, and needs no file.
 * Objects are addressed by their identifier ({@code guidelines:/1997#IV.2(2)a}). Read-only.
 */
public final class GuidelinesResource extends ResourceImpl {

	public GuidelinesResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	@Override
	public void load(Map<?, ?> options) throws IOException {
		if (isLoaded) {
			return;
		}
		isLoading = true;
		Notification notification = setLoaded(true);
		try (InputStream in = GuidelinesLibrary.class.getResourceAsStream(GuidelinesLibrary.TEXT_RESOURCE)) {
			if (in == null) {
				throw new IOException("The Guidelines text " + GuidelinesLibrary.TEXT_RESOURCE + " is missing from the classpath");
			}
			doLoad(in, options);
		} finally {
			isLoading = false;
			if (notification != null) {
				eNotify(notification);
			}
			setModified(false);
		}
	}

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		getContents().add(new GuidelinesTextParser().parse(new InputStreamReader(inputStream, StandardCharsets.UTF_8)));
	}

	@Override
	protected void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		throw new IOException("The built-in Guidelines library " + getURI() + " is read-only");
	}
}
