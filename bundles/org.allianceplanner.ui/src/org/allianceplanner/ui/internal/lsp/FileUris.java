package org.allianceplanner.ui.internal.lsp;

import java.nio.file.Paths;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

/** Workspace resources and the language server's file URIs ("file:///..."), both ways. */
public final class FileUris {

	private static final UriExtensions URIS = new UriExtensions();

	private FileUris() {
	}

	public static String of(IResource resource) {
		IPath location = resource.getLocation();
		if (location == null) {
			return null;
		}
		return URIS.toUriString(URI.createFileURI(location.toOSString()));
	}

	/** The workspace file at a language server URI, or null when the URI is not a workspace file. */
	public static IFile fileOf(String uri) {
		if (uri == null || !uri.startsWith("file:")) {
			return null;
		}
		try {
			IPath path = IPath.fromOSString(Paths.get(java.net.URI.create(uri)).toString());
			return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(path);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	public static boolean isPlan(IResource resource) {
		return resource.getType() == IResource.FILE && "alliance".equals(resource.getFileExtension());
	}
}
