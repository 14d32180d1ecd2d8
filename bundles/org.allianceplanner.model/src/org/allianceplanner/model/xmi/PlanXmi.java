package org.allianceplanner.model.xmi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.allianceplanner.model.io.AtomicFiles;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PlanPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXParseException;

/**
 * XMI interchange of plan models: load and save {@code *.planxmi} files.
 * <p>
 * Loading never reads a DTD or an external entity (a document with a DOCTYPE is rejected), and a
 * failure names the file, line and column. Saving writes a temporary file next to the target and
 * moves it into place, so a failed save leaves no partial file, and never replaces an existing file
 * unless asked to.
 */
public final class PlanXmi {

	/** File extension of plan models in XMI. */
	public static final String FILE_EXTENSION = "planxmi";

	/** Parsers are pooled per set of features and properties, so the hardening applies to pooled parsers too. */
	private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

	private PlanXmi() {
	}

	/** Load options that harden the XML parser against external entities and DTDs. */
	public static Map<Object, Object> loadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		Map<String, Object> properties = new HashMap<>();
		properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		// speed for large plans: reuse configured parsers and cache element-name lookups
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}

	/** Save options: UTF-8, line width for diffs, schema locations left out (packages are registered). */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
		options.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
		return options;
	}

	/**
	 * A resource set that knows both packages, the {@code planxmi} extension and the built-in
	 * Guidelines library, without OSGi.
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		configure(resourceSet);
		return resourceSet;
	}

	/** Registers the packages, the XMI factory and the library's {@code guidelines:} scheme in the resource set. */
	public static void configure(ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(GuidelinesPackage.eNS_URI, GuidelinesPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new PlanXmiResourceFactory());
		GuidelinesLibrary.register(resourceSet);
	}

	/** Loads the plan model in the file, in a new resource set. */
	public static PlanModel load(Path file) throws PlanXmiException {
		return load(newResourceSet(), file);
	}

	/** Loads the plan model in the file into the resource set, resolving references to the Guidelines library. */
	public static PlanModel load(ResourceSet resourceSet, Path file) throws PlanXmiException {
		if (!Files.isRegularFile(file)) {
			throw new PlanXmiException(file, 0, 0, "no such file");
		}
		configure(resourceSet);
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		// whatever the file's extension, it is read as a plan XMI resource with the hardened options
		Resource resource = new PlanXmiResourceFactory().createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw translate(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			resourceSet.getResources().remove(resource);
			throw new PlanXmiException(file, first.getLine(), first.getColumn(), first.getMessage());
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof PlanModel)) {
			resourceSet.getResources().remove(resource);
			throw new PlanXmiException(file, 1, 1, "the root element is not a plan:PlanModel");
		}
		PlanModel model = (PlanModel) resource.getContents().get(0);
		EcoreUtil.resolveAll(resource);
		Map<EObject, ?> proxies = EcoreUtil.ProxyCrossReferencer.find(model);
		if (!proxies.isEmpty()) {
			EObject proxy = proxies.keySet().iterator().next();
			throw new PlanXmiException(file, 0, 0, "unresolved reference to " + EcoreUtil.getURI(proxy));
		}
		return model;
	}

	/**
	 * Saves the model to the file as XMI. Refuses to replace an existing file unless
	 * {@code overwrite} is true; writes to a temporary file first, so no partial file is left.
	 */
	public static void save(PlanModel model, Path file, boolean overwrite) throws IOException {
		Path target = file.toAbsolutePath();
		if (!overwrite && Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString(), null, "not overwriting an existing file");
		}
		Path temporary = AtomicFiles.temporaryBeside(target);
		try {
			Resource resource = model.eResource();
			URI targetUri = URI.createFileURI(target.toString());
			if (resource == null) {
				resource = new PlanXmiResourceFactory().createResource(targetUri);
				resource.getContents().add(model);
			}
			Map<Object, Object> options = saveOptions();
			options.remove(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED);
			URI previous = resource.getURI();
			resource.setURI(targetUri); // relative references are computed against the final place
			try (var out = Files.newOutputStream(temporary)) {
				resource.save(out, options);
			} finally {
				if (previous != null && !previous.equals(targetUri)) {
					resource.setURI(previous);
				}
			}
			AtomicFiles.replace(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static PlanXmiException translate(Path file, Exception e) {
		Throwable cause = e;
		while (cause != null) {
			if (cause instanceof XMIException xmi) {
				return new PlanXmiException(file, xmi.getLine(), xmi.getColumn(), message(xmi), e);
			}
			if (cause instanceof SAXParseException sax) {
				return new PlanXmiException(file, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage(), e);
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return new PlanXmiException(file, 0, 0, e.getMessage() == null ? e.toString() : e.getMessage(), e);
	}

	private static String message(XMIException xmi) {
		Throwable inner = xmi.getCause();
		if (inner instanceof SAXParseException sax) {
			return sax.getMessage();
		}
		return xmi.getMessage();
	}
}
