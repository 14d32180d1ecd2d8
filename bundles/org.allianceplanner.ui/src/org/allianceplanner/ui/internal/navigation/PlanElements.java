package org.allianceplanner.ui.internal.navigation;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.allianceplanner.dsl.ide.symbol.PlanElementEntry;
import org.allianceplanner.dsl.ide.symbol.WorkspacePlanElements;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;

/**
 * The workspace's plan elements from the language server's state: the list read from its index (on the
 * server's threads, no file loaded), and where one element's name is (which loads its file).
 */
public final class PlanElements {

	private PlanElements() {
	}

	/** Every named plan element of the projects the server knows. */
	public static CompletableFuture<List<PlanElementEntry>> all(PlanLanguageServer server) {
		return server.server().access().doReadIndex(context -> WorkspacePlanElements.of(context.getIndex()));
	}

	/** Where the element's name is, or null when the element is gone. */
	public static CompletableFuture<Location> locate(PlanLanguageServer server, PlanElementEntry entry) {
		ILocationInFileProvider locations = server.languageInjector().getInstance(ILocationInFileProvider.class);
		return server.server().access().doRead(entry.resourceUri(), context -> {
			Resource resource = context.getResource();
			EObject element = resource == null ? null : resource.getEObject(entry.fragment());
			if (element == null) {
				return null;
			}
			ITextRegion name = locations.getSignificantTextRegion(element);
			Document document = context.getDocument();
			Range range = new Range(document.getPosition(name.getOffset()),
					document.getPosition(name.getOffset() + name.getLength()));
			return new Location(entry.resourceUri(), range);
		});
	}

	/** The workspace-relative path of an element's file, for labels. */
	public static String pathOf(PlanElementEntry entry) {
		URI uri = URI.createURI(entry.resourceUri());
		org.eclipse.core.resources.IFile file = org.allianceplanner.ui.internal.lsp.FileUris.fileOf(entry.resourceUri());
		return file != null ? file.getFullPath().toString() : uri.lastSegment();
	}
}
