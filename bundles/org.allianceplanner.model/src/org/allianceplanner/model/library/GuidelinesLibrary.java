package org.allianceplanner.model.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceplanner.model.guidelines.AnnexItem;
import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.allianceplanner.model.internal.library.GuidelinesResourceFactory;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * The Guidelines for Japan-U.S. Defense Cooperation (1997) as a model: every section, clause and
 * Annex row with its identifier in the document's own numbering ({@code II.2}, {@code IV.2(2)a},
 * {@code IV.2(3)e.iv}, {@code Annex.2.b.i.1}), title and text, and the bodies SCC, SSC and SDC.
 * <p>
 * The library lives at {@link #URI} ({@code guidelines:/1997}); an object's URI fragment is its
 * identifier, so a plan refers to a clause as {@code guidelines:/1997#IV.2(2)a}. Use
 * {@link #load(ResourceSet)} to get the library in the resource set of the plans that cite it, or
 * {@link #getDefault()} for a shared, read-only instance (do not modify it).
 */
public final class GuidelinesLibrary {

	/** The URI of the built-in library resource. */
	public static final URI URI = org.eclipse.emf.common.util.URI.createURI("guidelines:/1997");

	/** The URI scheme served by the library. */
	public static final String SCHEME = "guidelines";

	/** Classpath location of the Guidelines text the library is built from, relative to this class. */
	public static final String TEXT_RESOURCE = "guidelines-1997.txt";

	private static volatile GuidelinesLibrary defaultLibrary;

	private final GuidelinesDocument document;
	private final Map<String, GuidelinesElement> byIdentifier;

	private GuidelinesLibrary(GuidelinesDocument document) {
		this.document = document;
		Map<String, GuidelinesElement> index = new LinkedHashMap<>();
		for (TreeIterator<EObject> it = document.eAllContents(); it.hasNext();) {
			if (it.next() instanceof GuidelinesElement element) {
				index.put(element.getName(), element);
			}
		}
		this.byIdentifier = Collections.unmodifiableMap(index);
	}

	/** A shared library in its own resource set, built on first use. Treat it as read-only. */
	public static GuidelinesLibrary getDefault() {
		GuidelinesLibrary result = defaultLibrary;
		if (result == null) {
			synchronized (GuidelinesLibrary.class) {
				result = defaultLibrary;
				if (result == null) {
					result = load(new ResourceSetImpl());
					defaultLibrary = result;
				}
			}
		}
		return result;
	}

	/**
	 * Registers the {@code guidelines:} scheme in the resource set and loads the library there
	 * (once per resource set), so that references from plans in that set resolve.
	 */
	public static GuidelinesLibrary load(ResourceSet resourceSet) {
		register(resourceSet);
		Resource resource = resourceSet.getResource(URI, true);
		return new GuidelinesLibrary((GuidelinesDocument) resource.getContents().get(0));
	}

	/** Makes {@code guidelines:} URIs loadable in the resource set without loading anything yet. */
	public static void register(ResourceSet resourceSet) {
		GuidelinesPackage.eINSTANCE.eClass();
		resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap().putIfAbsent(SCHEME, new GuidelinesResourceFactory());
	}

	/** Makes {@code guidelines:} URIs loadable in every resource set (the plain-Java equivalent of the plugin.xml registration). */
	public static void registerGlobally() {
		GuidelinesPackage.eINSTANCE.eClass();
		Resource.Factory.Registry.INSTANCE.getProtocolToFactoryMap().putIfAbsent(SCHEME, new GuidelinesResourceFactory());
	}

	/** The URI of the element with the given identifier (whether or not it exists). */
	public static URI uriOf(String identifier) {
		return URI.appendFragment(identifier);
	}

	public GuidelinesDocument getDocument() {
		return document;
	}

	/** The clause, Annex function, field or item, or body with the given identifier. */
	public Optional<GuidelinesElement> find(String identifier) {
		return Optional.ofNullable(byIdentifier.get(identifier));
	}

	/** The clause with the given identifier, e.g. {@code IV.2(3)e.iv}. */
	public Optional<Clause> findClause(String identifier) {
		return find(identifier).filter(Clause.class::isInstance).map(Clause.class::cast);
	}

	/** Every identifier in document order: sections and clauses, then the Annex, then the bodies. */
	public List<String> getIdentifiers() {
		return List.copyOf(byIdentifier.keySet());
	}

	/** The identifiers of all sections and numbered clauses, in document order. */
	public List<String> getClauseIdentifiers() {
		return identifiersOf(Clause.class);
	}

	/** The identifiers of all examples of items of cooperation in the Annex, in table order. */
	public List<String> getAnnexItemIdentifiers() {
		return identifiersOf(AnnexItem.class);
	}

	/** Every element in document order. */
	public List<GuidelinesElement> getElements() {
		return List.copyOf(byIdentifier.values());
	}

	private List<String> identifiersOf(Class<? extends GuidelinesElement> type) {
		List<String> result = new ArrayList<>();
		byIdentifier.forEach((id, element) -> {
			if (type.isInstance(element)) {
				result.add(id);
			}
		});
		return Collections.unmodifiableList(result);
	}
}
