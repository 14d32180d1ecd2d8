package org.allianceplanner.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.lsp.Words;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * Which plan elements implement a Guidelines clause: the {@code implements} references recorded in
 * the language server's index, each located in its file so that it can be opened.
 */
public final class Traceability {

	/** A plan element that implements a clause, where it is declared. */
	public record Implementer(String uri, Range range, String label) {
	}

	private static final UriExtensions URIS = new UriExtensions();

	private Traceability() {
	}

	public static CompletableFuture<List<Implementer>> implementersOf(GuidelinesElement clause) {
		URI target = EcoreUtil.getURI(clause);
		PlanLanguageServer server = PlanLanguageServer.get();
		return server.server().access().doReadIndex(context -> {
			List<URI> sources = new ArrayList<>();
			for (IResourceDescription description : context.getIndex().getAllResourceDescriptions()) {
				for (IReferenceDescription reference : description.getReferenceDescriptions()) {
					if ("implements".equals(reference.getEReference().getName())
							&& sameElement(target, reference.getTargetEObjectUri())) {
						sources.add(reference.getSourceEObjectUri());
					}
				}
			}
			return sources;
		}).thenCompose(sources -> {
			List<CompletableFuture<Implementer>> located = new ArrayList<>();
			for (URI source : sources) {
				String uri = URIS.toUriString(source.trimFragment());
				located.add(server.server().access().doRead(uri, context -> {
					EObject element = context.getResource().getEObject(source.fragment());
					ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
					if (node == null) {
						return null;
					}
					Range range = new Range(context.getDocument().getPosition(node.getOffset()),
							context.getDocument().getPosition(node.getOffset()));
					String file = source.trimFragment().lastSegment();
					return new Implementer(uri, range,
							Words.kind(element.eClass()) + " " + Words.name(element) + "  (" + file + ")");
				}));
			}
			return CompletableFuture.allOf(located.toArray(CompletableFuture[]::new)).thenApply(v -> {
				List<Implementer> out = new ArrayList<>();
				located.forEach(f -> {
					if (f.join() != null) {
						out.add(f.join());
					}
				});
				return out;
			});
		});
	}

	/** The same element, whichever resource set loaded the library (the fragment names it). */
	private static boolean sameElement(URI clause, URI reference) {
		return reference != null && (clause.equals(reference) || clause.fragment() != null
				&& clause.fragment().equals(reference.fragment()) && clause.trimFragment().equals(reference.trimFragment()));
	}
}
